import { pattern } from '../patterns';
import { AnyFinding, Assertion, AttributeMap, Finding, FusionTechnique, RedFlagType, RelatedInformation, RiskFactorType, Side, SurgicalPlanStatus, TherapyModality } from '../types';
import { canonicalSegment, segmentOf } from '../vocabulary/levels';
import { estimateSlip, GRADE_BOUNDS } from '../case/meyerding';

/**
 * Phrases findings in the product's plain clinical words. Every message, hover and summary
 * names facts through these functions, so the same fact reads the same everywhere.
 */

const WHITESPACE = pattern('rules.describe.whitespace', '\\s+', 'g');
const LUMBAR_VERTEBRA = pattern('rules.describe.lumbarVertebra', '^L([1-5])$', 'i');

export function capitalize(s: string): string {
  return s.length ? s[0].toUpperCase() + s.slice(1) : s;
}

export function uncapitalize(s: string): string {
  return s.length ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The note's own words, shortened for a message. */
export function quote(text: string, max = 80): string {
  const t = text.replace(WHITESPACE, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** One-based line number as people count. */
export function lineNumber(f: { range: { start: { line: number } } }): number {
  return f.range.start.line + 1;
}

// ---------------------------------------------------------------- levels

/** "L4-L5" -> "L4-5", "L5-S1" stays, a vertebra stays. */
export function levelLabel(level: string | undefined): string | undefined {
  if (!level) return undefined;
  const seg = canonicalSegment(level);
  if (!seg) return level;
  const [upper, lower] = seg.split('-');
  return upper[0] === lower[0] ? `${upper}-${lower.slice(1)}` : seg;
}

/** Canonical segment of a slip ("L5-S1"), when the note names it. */
export function slipSegment(attrs: AttributeMap['listhesis']): string | undefined {
  return attrs.upper && attrs.lower ? segmentOf(attrs.upper, attrs.lower) : undefined;
}

/**
 * Canonical segment of any finding that has a level: a segment as is, a vertebra as the
 * segment below it (a pars defect of L5 goes with the L5-S1 slip).
 */
export function segmentOfFinding(f: AnyFinding): string | undefined {
  if (f.kind === 'listhesis') return slipSegment(f.attributes);
  const level = 'level' in f.attributes ? (f.attributes as { level?: string }).level : undefined;
  if (!level) return undefined;
  const seg = canonicalSegment(level);
  if (seg) return seg;
  const m = LUMBAR_VERTEBRA.exec(level.trim());
  if (!m) return undefined;
  return m[1] === '5' ? 'L5-S1' : `L${m[1]}-L${Number(m[1]) + 1}`;
}

/** Two findings at the same segment, or one of them without a stated level (which may be the same). */
export function atSameLevel(a: AnyFinding, b: AnyFinding): boolean {
  const [la, lb] = [segmentOfFinding(a), segmentOfFinding(b)];
  return !la || !lb || la === lb;
}

/**
 * `candidates.find((c) => atSameLevel(c, f))` for many `f`, through an index built once (first
 * candidate per segment, first without a level): linear, where a find per finding compares every pair.
 */
export function firstAtSameLevel<T extends AnyFinding>(candidates: readonly T[]): (f: AnyFinding) => T | undefined {
  const first = new Map<string, number>();
  let unlevelled = -1;
  candidates.forEach((c, i) => {
    const seg = segmentOfFinding(c);
    if (!seg) {
      if (unlevelled < 0) unlevelled = i;
    } else if (!first.has(seg)) first.set(seg, i);
  });
  return (f) => {
    const seg = segmentOfFinding(f);
    if (!seg) return candidates[0];
    const at = first.get(seg) ?? -1;
    const i = at < 0 ? unlevelled : unlevelled < 0 ? at : Math.min(at, unlevelled);
    return i < 0 ? undefined : candidates[i];
  };
}

// ---------------------------------------------------------------- vocabulary

const SIDE: Record<Side, string> = { left: 'left', right: 'right', bilateral: 'bilateral' };

const STENOSIS_LOCATION: Record<NonNullable<AttributeMap['stenosis']['location']>, string> = {
  central: 'central canal',
  foraminal: 'foraminal',
  lateralRecess: 'lateral recess',
};

export const THERAPY_LABEL: Record<TherapyModality, string> = {
  physicalTherapy: 'physical therapy',
  homeExercise: 'home exercise program',
  medication: 'medication',
  injection: 'epidural steroid injection',
  chiropractic: 'chiropractic care',
  bracing: 'bracing',
  activityModification: 'activity modification',
};

export const RED_FLAG_LABEL: Record<RedFlagType, string> = {
  caudaEquina: 'cauda equina symptoms',
  progressiveDeficit: 'progressive neurological deficit',
  slipProgression: 'slip progression',
};

export const RISK_FACTOR_LABEL: Record<RiskFactorType, string> = {
  smoking: 'current smoker',
  depression: 'depression',
  chronicPainSyndrome: 'chronic pain syndrome',
  unrealisticExpectations: 'expects complete pain relief',
};

const RESPONSE_LABEL = { none: 'no relief', partial: 'partial or short-lived relief', good: 'good relief' } as const;

const ASSERTION_LABEL: Record<Assertion, string> = {
  present: 'present',
  absent: 'negated',
  possible: 'possible',
  historical: 'history',
  hypothetical: 'planned or hypothetical',
  family: 'family history',
};

export function assertionLabel(a: Assertion): string {
  return ASSERTION_LABEL[a];
}

/** Days as people say them: "10 days", "6 weeks", "3 months". */
export function formatDuration(days: number): string {
  if (days < 14) return `${days} day${days === 1 ? '' : 's'}`;
  if (days % 7 === 0 && days <= 26 * 7) return `${days / 7} weeks`;
  if (days < 70) return `${Math.round(days / 7)} weeks`;
  const months = Math.round((days / 30.44) * 2) / 2;
  return `${months} months`;
}

export function formatMonths(months: number): string {
  return `${months}-month`;
}

// ---------------------------------------------------------------- findings

function slipNoun(direction: AttributeMap['listhesis']['direction']): string {
  switch (direction) {
    case 'anterior':
      return 'anterolisthesis';
    case 'posterior':
      return 'retrolisthesis';
    case 'lateral':
      return 'lateral listhesis';
    default:
      return 'spondylolisthesis';
  }
}

/** "grade 1 anterolisthesis L5-S1 (3 mm)"; "anterolisthesis L5-S1 (3 mm, approximately grade 1)". */
export function describeSlip(attrs: AttributeMap['listhesis'], endplateWidthMm: number): string {
  const e = estimateSlip(attrs, endplateWidthMm);
  const measures: string[] = [];
  if (attrs.mm !== undefined) measures.push(`${attrs.mm} mm`);
  if (attrs.percent !== undefined) measures.push(`${attrs.percent} %`);
  if (attrs.grade === undefined && e.grade !== null) measures.push(`${e.gradeApproximate ? 'approximately ' : ''}grade ${e.grade}`);
  const lead = attrs.grade !== undefined ? `grade ${attrs.grade} ` : attrs.lowGrade ? 'low-grade ' : '';
  const type = attrs.type ? `${attrs.type} ` : '';
  const seg = levelLabel(slipSegment(attrs));
  return `${lead}${type}${slipNoun(attrs.direction)}${seg ? ` ${seg}` : ''}${measures.length ? ` (${measures.join(', ')})` : ''}`;
}

export function describeStenosis(attrs: AttributeMap['stenosis']): string {
  const parts = [attrs.severity && attrs.severity !== 'none' ? attrs.severity : '', attrs.side ? SIDE[attrs.side] : '', attrs.location ? STENOSIS_LOCATION[attrs.location] : '', 'stenosis']
    .filter(Boolean)
    .join(' ');
  const level = levelLabel(attrs.level);
  return level ? `${parts} at ${level}` : parts;
}

export function describeTherapy(attrs: AttributeMap['conservativeTherapy']): string {
  const what = attrs.modality === 'medication' && attrs.drug ? attrs.drug : THERAPY_LABEL[attrs.modality];
  const details: string[] = [];
  if (attrs.durationDays !== undefined) details.push(formatDuration(attrs.durationDays));
  if (attrs.status) details.push(attrs.status);
  if (attrs.response) details.push(RESPONSE_LABEL[attrs.response]);
  return details.length ? `${what} (${details.join(', ')})` : what;
}

/** A technique as a procedure's name: TLIF names the whole fusion, "posterolateral" is only its kind. */
const TECHNIQUE_NAME: Record<FusionTechnique, string> = {
  TLIF: 'TLIF',
  PLIF: 'PLIF',
  ALIF: 'ALIF',
  posterolateral: 'posterolateral fusion',
};

/** "L4-5 decompression and posterolateral fusion with pedicle screws", "L5-S1 TLIF", "decompression without fusion". */
export function describePlan(attrs: AttributeMap['surgicalPlan']): string {
  const level = levelLabel(attrs.level);
  const fusion = attrs.technique ? TECHNIQUE_NAME[attrs.technique] : 'fusion';
  let what: string;
  if (attrs.procedure === 'decompressionAlone') what = 'decompression without fusion';
  else if (attrs.procedure === 'decompressionAndFusion') what = `decompression and ${fusion}`;
  else if (attrs.procedure === 'fusion' || attrs.technique) what = fusion;
  else what = 'surgery';
  const withScrews = attrs.instrumentation === 'pedicleScrews' ? ' with pedicle screws' : '';
  return `${level ? `${level} ` : ''}${what}${withScrews}`;
}

/**
 * How a plan the note weighs without recommending it is told: which kind of statement decided it
 * (the context rule that set the status; context/rules/surgicalPlan.ts).
 */
const CONSIDERED_BY: Record<string, (plan: string) => string> = {
  'surgicalPlan.referral': (plan) => `a referral to discuss ${plan}`,
  'surgicalPlan.discussion': (plan) => `${plan} discussed as an option`,
  'surgicalPlan.otherSurgeon': (plan) => `${plan} recommended by another surgeon`,
  'surgicalPlan.hedged': (plan) => `${plan} considered`,
};

const PLAN_STANDING: Record<SurgicalPlanStatus, (plan: string) => string> = {
  scheduled: (plan) => `${plan} scheduled`,
  recommended: (plan) => `${plan} recommended`,
  considered: (plan) => `${plan} under consideration`,
  conditional: (plan) => `${plan} kept as an option if the current course fails`,
  declined: (plan) => `${plan} declined by the patient`,
  notIndicated: (plan) => `${plan} not recommended`,
  performed: (plan) => `${plan} already performed`,
};

/** The context rule id in a finding's assertedBy ("surgicalPlan.referral 'refer to'"). */
function decidingRule(f: Finding<'surgicalPlan'>): string | undefined {
  return f.assertedBy?.split(' ', 1)[0];
}

/**
 * A plan and where it stands, in the note's own terms: "L5-S1 TLIF scheduled", "a referral to
 * discuss L5-S1 fusion", "L4-5 fusion discussed as an option".
 */
export function describePlanStanding(f: Finding<'surgicalPlan'>): string {
  const plan = describePlan(f.attributes);
  const status = f.attributes.status;
  if (!status) return `${plan} mentioned`;
  const considered = status === 'considered' ? CONSIDERED_BY[decidingRule(f) ?? ''] : undefined;
  return (considered ?? PLAN_STANDING[status])(plan);
}

/** A grade's share of the endplate: "less than 25 %", "25-50 %", …, "more than 100 %". */
export function gradeRangeLabel(grade: number): string {
  const [lo, hi] = GRADE_BOUNDS[grade - 1];
  if (lo === 0) return `less than ${hi} %`;
  return hi === Infinity ? `more than ${lo} %` : `${lo}-${hi} %`;
}

/** "Meyerding grade 1 (≈ 8 %)", "≈ Meyerding grade 1 (≈ 8 %, estimated from 3 mm)". */
export function describeGrade(attrs: AttributeMap['listhesis'], endplateWidthMm: number): string | undefined {
  const e = estimateSlip(attrs, endplateWidthMm);
  if (e.grade === null) return attrs.lowGrade ? 'low grade (Meyerding 1-2)' : undefined;
  const pct = e.percent === null ? '' : ` (${e.percentApproximate ? '≈ ' : ''}${Math.round(e.percent)} %)`;
  return `${e.gradeApproximate ? 'approximately ' : ''}Meyerding grade ${e.grade}${pct}`;
}

/** A short phrase naming the finding and its normalised facts. */
export function describeFinding(f: AnyFinding, endplateWidthMm: number): string {
  switch (f.kind) {
    case 'parsDefect': {
      const a = f.attributes;
      return [a.chronicity, a.side, a.level ? `${a.level} pars defect` : 'pars defect'].filter(Boolean).join(' ');
    }
    case 'listhesis':
      return describeSlip(f.attributes, endplateWidthMm);
    case 'stenosis':
      return describeStenosis(f.attributes);
    case 'nerveRootContact': {
      const a = f.attributes;
      const root = [a.side ? SIDE[a.side] : '', a.root ?? '', 'nerve root', a.degree === 'compression' ? 'compression' : 'contact'].filter(Boolean).join(' ');
      return `${root}${a.level ? ` at ${levelLabel(a.level)}` : ''}`;
    }
    case 'spondylosis': {
      const a = f.attributes;
      return `${a.severity && a.severity !== 'none' ? `${a.severity} ` : ''}degenerative change${a.level ? ` at ${levelLabel(a.level)}` : ''}`;
    }
    case 'conservativeTherapy':
      return describeTherapy(f.attributes);
    case 'radicularSymptoms':
      return `${f.attributes.side ? `${SIDE[f.attributes.side]} ` : ''}radicular symptoms`;
    case 'redFlag':
      return `${RED_FLAG_LABEL[f.attributes.type]} (${quote(f.text, 60)})`;
    case 'outcomeMeasure': {
      const a = f.attributes;
      if (a.value === undefined) return `${a.instrument} mentioned without a score`;
      return a.instrument === 'ODI' ? `ODI ${a.value} %` : `${a.instrument} ${a.value}/10`;
    }
    case 'functionalImpairment':
      return `functional impairment ${quote(f.text, 60)}`;
    case 'imagingCorrelation':
      return `symptoms related to the imaging ${quote(f.text, 60)}`;
    case 'patientPreference': {
      const a = f.attributes;
      const pref = a.preference === 'surgery' ? 'wishes to have surgery' : a.preference === 'nonoperative' ? 'prefers non-operative care' : 'treatment preference recorded';
      return `patient ${pref}${a.informed ? ' after a risk/benefit discussion' : ''}`;
    }
    case 'riskFactor':
      return RISK_FACTOR_LABEL[f.attributes.type];
    case 'surgicalPlan':
      return describePlan(f.attributes);
    case 'custom':
      return `${f.attributes.label} ${quote(f.text, 60)}`;
  }
}

/** Evidence span for a diagnostic's related information. */
export function evidence(f: AnyFinding, endplateWidthMm: number, prefix = ''): RelatedInformation {
  return { range: f.range, message: `${prefix}${capitalize(describeFinding(f, endplateWidthMm))} (line ${lineNumber(f)})` };
}

/** The normalised facts of a finding for its hover: "Anterolisthesis · L5 on S1 · Meyerding grade 1 (≈ 8 %) · 3 mm · present". */
export function factsLine(f: AnyFinding, endplateWidthMm: number): string {
  const parts: string[] = [];
  const add = (...xs: Array<string | undefined | false>) => xs.forEach((x) => x && parts.push(x));
  switch (f.kind) {
    case 'parsDefect':
      add('Pars defect (spondylolysis)', f.attributes.level, f.attributes.side, f.attributes.chronicity ?? 'chronicity not stated');
      break;
    case 'listhesis': {
      const a = f.attributes;
      add(capitalize(slipNoun(a.direction)), a.upper && a.lower ? `${a.upper} on ${a.lower}` : undefined, a.type, describeGrade(a, endplateWidthMm));
      add(a.mm !== undefined && `${a.mm} mm`, a.percent !== undefined && `${a.percent} %`, a.modality, a.change && `${a.change} since the prior study`);
      break;
    }
    case 'stenosis':
      add(capitalize(describeStenosis({ ...f.attributes, level: undefined })), levelLabel(f.attributes.level));
      break;
    case 'conservativeTherapy': {
      const a = f.attributes;
      add(capitalize(THERAPY_LABEL[a.modality]), a.drug, a.durationDays !== undefined && formatDuration(a.durationDays), a.status, a.response && RESPONSE_LABEL[a.response]);
      break;
    }
    case 'surgicalPlan': {
      const a = f.attributes;
      add(capitalize(describePlan({ ...a, level: undefined })), levelLabel(a.level));
      break;
    }
    default:
      add(capitalize(describeFinding(f, endplateWidthMm)));
  }
  add(assertionLabel(f.assertion));
  return parts.join(' · ');
}
