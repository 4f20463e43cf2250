import { nextVertebra } from '../extractors/shared/levelMentions';
import { FindingKind } from '../types';

type Attributes = Record<string, unknown>;

/**
 * Attributes one mention of an entity may give another mention of it: "grade 1" in the impression
 * and "5 mm" in the findings describe one slip. A bundle is shared only when the entity's mentions
 * state at most one value for each of its attributes (grade 1 here and grade 2 there stays as written).
 */
export interface SharedBundle {
  attributes: readonly string[];
  /**
   * Attributes that come along with any attribute of the bundle (the modality a measurement was
   * made on). When the mentions state two values for one of them, the bundle is not shared at all.
   */
  carried?: readonly string[];
  /** An attribute a recipient does not take when it states (or takes) another: "low-grade" beside a grade. */
  blockedBy?: Readonly<Record<string, string>>;
}

/** Where a kind places its finding, for "L4-5, not L5-S1": its segment or vertebra, read and rewritten. */
export interface LevelAccess {
  /** The canonical segments ("L4-L5") and vertebrae ("L4") the mention names. */
  read(attributes: Attributes): string[];
  /** The attributes placed at a segment or vertebra instead, or undefined when the kind cannot say it. */
  write(attributes: Attributes, place: string): Attributes | undefined;
}

export interface MentionIdentity {
  kind: FindingKind;
  /** What tells two entities of the kind apart; two mentions stating different values are different entities. Never shared. */
  identity: readonly string[];
  shared: readonly SharedBundle[];
  /** Which attribute holds the side, when the kind has one. */
  side?: string;
  level?: LevelAccess;
}

const isSegment = (place: string) => place.includes('-');

/** A kind whose level attribute is a segment ("L4-L5"). */
function segmentLevel(attribute: string): LevelAccess {
  return {
    read: (a) => (typeof a[attribute] === 'string' ? [a[attribute] as string] : []),
    write: (a, place) => (isSegment(place) ? { ...a, [attribute]: place } : undefined),
  };
}

const LISTHESIS_LEVEL: LevelAccess = {
  read: (a) => (typeof a.upper === 'string' ? (typeof a.lower === 'string' ? [`${a.upper}-${a.lower}`, a.upper] : [a.upper]) : []),
  write: (a, place) => {
    if (isSegment(place)) {
      const [upper, lower] = place.split('-');
      return { ...a, upper, lower };
    }
    const lower = nextVertebra(place);
    return lower ? { ...a, upper: place, lower } : undefined;
  },
};

/** A pars defect is placed on a vertebra ("L5"). */
const PARS_LEVEL: LevelAccess = {
  read: (a) => (typeof a.level === 'string' ? [a.level] : []),
  write: (a, place) => (isSegment(place) ? undefined : { ...a, level: place }),
};

const MEASURES = ['grade', 'lowGrade', 'mm', 'percent'];

/** One row per kind whose mentions can be told apart; a kind without a row neither shares nor is retracted. */
export const MENTION_IDENTITIES: readonly MentionIdentity[] = [
  {
    kind: 'listhesis',
    identity: ['upper', 'lower', 'direction'],
    shared: [{ attributes: MEASURES, carried: ['modality'], blockedBy: { lowGrade: 'grade' } }, { attributes: ['type'] }],
    level: LISTHESIS_LEVEL,
  },
  { kind: 'parsDefect', identity: ['level', 'side'], shared: [{ attributes: ['chronicity'] }], side: 'side', level: PARS_LEVEL },
  // "Moderate central canal stenosis at L4-L5" in the findings and "central canal stenosis at L4-L5" in the impression: one narrowing, one severity.
  { kind: 'stenosis', identity: ['level', 'location', 'side'], shared: [{ attributes: ['severity'] }], side: 'side', level: segmentLevel('level') },
  { kind: 'nerveRootContact', identity: ['root', 'side', 'level'], shared: [{ attributes: ['degree'] }], side: 'side', level: segmentLevel('level') },
  { kind: 'spondylosis', identity: ['level'], shared: [], level: segmentLevel('level') },
  { kind: 'radicularSymptoms', identity: ['side'], shared: [], side: 'side' },
  { kind: 'conservativeTherapy', identity: ['modality', 'drug'], shared: [] },
  { kind: 'redFlag', identity: ['type'], shared: [] },
  { kind: 'riskFactor', identity: ['type'], shared: [] },
  { kind: 'surgicalPlan', identity: ['procedure', 'level'], shared: [], level: segmentLevel('level') },
];

const BY_KIND = new Map<FindingKind, MentionIdentity>(MENTION_IDENTITIES.map((row) => [row.kind, row]));

export function identityOf(kind: FindingKind): MentionIdentity | undefined {
  return BY_KIND.get(kind);
}
