/**
 * The finding kinds and their attributes as run-time data, for the exchange formats (brat's
 * annotation.conf, attribute decoding on import). One source: the table is typed against the
 * engine's AttributeMap (engine/types.ts), so an attribute added, removed or given a new value there
 * fails to compile here until the table follows.
 */
import { Assertion, AttributeMap, FINDING_KINDS, FindingKind, SEVERITY_ORDER, SURGICAL_PLAN_STATUSES } from '../engine/types';

export const ASSERTIONS: readonly Assertion[] = ['present', 'absent', 'possible', 'historical', 'hypothetical', 'family'];

/** How an attribute's values are written: a closed list, yes/no, a number, or free text. */
export type AttributeSpec = { type: 'enum'; values: readonly string[] } | { type: 'boolean' } | { type: 'number'; values?: readonly number[] } | { type: 'text' };

/** The spec an attribute of value type T needs: a closed string union must list every member. */
type SpecFor<T> = [T] extends [boolean]
  ? { type: 'boolean' }
  : [T] extends [number]
    ? { type: 'number'; values?: readonly number[] }
    : string extends T
      ? { type: 'text' }
      : { type: 'enum'; values: readonly T[] };

type KindSchema<K extends FindingKind> = { [A in keyof Required<AttributeMap[K]>]-?: SpecFor<Required<AttributeMap[K]>[A]> };

/**
 * Every member of a string union, checked at compile time: `every<'a' | 'b'>()('a')` does not
 * compile (it lacks 'b').
 */
function every<T extends string>() {
  return <const V extends readonly T[]>(...values: V & ([T] extends [V[number]] ? unknown : { missing: Exclude<T, V[number]> })): readonly T[] => values;
}

const side = { type: 'enum', values: every<'left' | 'right' | 'bilateral'>()('left', 'right', 'bilateral') } as const;
const severity = { type: 'enum', values: SEVERITY_ORDER } as const;
const text = { type: 'text' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;

type Attr<K extends FindingKind, A extends keyof AttributeMap[K]> = Required<AttributeMap[K]>[A] & string;

const SCHEMA: { [K in FindingKind]: KindSchema<K> } = {
  parsDefect: { level: text, side, chronicity: { type: 'enum', values: every<Attr<'parsDefect', 'chronicity'>>()('chronic', 'acute') } },
  listhesis: {
    direction: { type: 'enum', values: every<Attr<'listhesis', 'direction'>>()('anterior', 'posterior', 'lateral') },
    upper: text,
    lower: text,
    grade: { type: 'number', values: [1, 2, 3, 4, 5] },
    lowGrade: bool,
    mm: num,
    percent: num,
    type: { type: 'enum', values: every<Attr<'listhesis', 'type'>>()('isthmic', 'degenerative') },
    modality: { type: 'enum', values: every<Attr<'listhesis', 'modality'>>()('MRI', 'CT', 'radiograph') },
    change: { type: 'enum', values: every<Attr<'listhesis', 'change'>>()('stable', 'progressed', 'improved') },
  },
  stenosis: {
    location: { type: 'enum', values: every<Attr<'stenosis', 'location'>>()('central', 'foraminal', 'lateralRecess') },
    level: text,
    side,
    severity,
  },
  nerveRootContact: { root: text, side, degree: { type: 'enum', values: every<Attr<'nerveRootContact', 'degree'>>()('contact', 'compression') }, level: text },
  spondylosis: { level: text, severity },
  conservativeTherapy: {
    modality: {
      type: 'enum',
      values: every<Attr<'conservativeTherapy', 'modality'>>()('physicalTherapy', 'homeExercise', 'medication', 'injection', 'chiropractic', 'bracing', 'activityModification'),
    },
    drug: text,
    durationDays: num,
    startDate: text,
    endDate: text,
    status: { type: 'enum', values: every<Attr<'conservativeTherapy', 'status'>>()('completed', 'ongoing', 'planned') },
    response: { type: 'enum', values: every<Attr<'conservativeTherapy', 'response'>>()('none', 'partial', 'good') },
  },
  radicularSymptoms: { side },
  redFlag: { type: { type: 'enum', values: every<Attr<'redFlag', 'type'>>()('caudaEquina', 'progressiveDeficit', 'slipProgression') }, exams: text },
  outcomeMeasure: { instrument: { type: 'enum', values: every<Attr<'outcomeMeasure', 'instrument'>>()('ODI', 'VAS', 'NRS') }, value: num },
  functionalImpairment: {
    domain: { type: 'enum', values: every<Attr<'functionalImpairment', 'domain'>>()('work', 'walking', 'adl', 'sitting', 'standing', 'sleep', 'general') },
  },
  imagingCorrelation: {},
  patientPreference: { preference: { type: 'enum', values: every<Attr<'patientPreference', 'preference'>>()('surgery', 'nonoperative') }, informed: bool },
  riskFactor: {
    type: { type: 'enum', values: every<Attr<'riskFactor', 'type'>>()('smoking', 'depression', 'chronicPainSyndrome', 'unrealisticExpectations') },
    treated: bool,
    treatment: text,
  },
  surgicalPlan: {
    procedure: { type: 'enum', values: every<Attr<'surgicalPlan', 'procedure'>>()('fusion', 'decompressionAlone', 'decompressionAndFusion') },
    technique: { type: 'enum', values: every<Attr<'surgicalPlan', 'technique'>>()('TLIF', 'PLIF', 'ALIF', 'posterolateral') },
    instrumentation: { type: 'enum', values: every<Attr<'surgicalPlan', 'instrumentation'>>()('pedicleScrews') },
    level: text,
    status: { type: 'enum', values: SURGICAL_PLAN_STATUSES },
  },
  custom: { label: text },
};

export { FINDING_KINDS };

export function isFindingKind(kind: string): kind is FindingKind {
  return (FINDING_KINDS as readonly string[]).includes(kind);
}

export function isAssertion(value: string): value is Assertion {
  return (ASSERTIONS as readonly string[]).includes(value);
}

/** The attributes of a kind and how each is written; empty for a kind the engine does not know. */
export function attributeSpecs(kind: string): Readonly<Record<string, AttributeSpec>> {
  return isFindingKind(kind) ? (SCHEMA[kind] as Record<string, AttributeSpec>) : {};
}

/** Every attribute name with the kinds that have it, in the order the table lists them. */
export function attributesByName(): Map<string, { spec: AttributeSpec; kinds: FindingKind[] }[]> {
  const out = new Map<string, { spec: AttributeSpec; kinds: FindingKind[] }[]>();
  for (const kind of FINDING_KINDS) {
    for (const [name, spec] of Object.entries(SCHEMA[kind] as Record<string, AttributeSpec>)) {
      const variants = out.get(name) ?? [];
      const same = variants.find((v) => JSON.stringify(v.spec) === JSON.stringify(spec));
      if (same) same.kinds.push(kind);
      else variants.push({ spec, kinds: [kind] });
      out.set(name, variants);
    }
  }
  return out;
}
