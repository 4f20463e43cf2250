import { AnyFinding, Case, Finding, FindingKind, RedFlagType, RiskFactorType, SEVERITY_ORDER, Severity, SurgicalProcedure, TherapyResponse } from '../types';
import { pattern } from '../patterns';
import { gradeForPercent, percentFromMm } from './meyerding';

export interface CaseOptions {
  dateOfService: string | null;
  conservativeCareMinimumMonths: number;
  endplateWidthMm: number;
  /** The note's folded lower-case text and the sentence bounds of an offset, to read plan wording. */
  sentenceAround?: (offset: number) => string;
}

/** Facts count when stated as present; completed care may also be told as history. */
const isPresent = (f: AnyFinding) => f.assertion === 'present';
/** Care of the current episode: a remote course ("a brace in high school") is history, not this episode's care. */
const isCurrentCare = (f: AnyFinding) => f.assertion === 'present';

function ofKind<K extends FindingKind>(findings: AnyFinding[], kind: K): Finding<K>[] {
  return findings.filter((f) => f.kind === kind) as unknown as Finding<K>[];
}

/**
 * The minimum counts a month as four weeks, so that "PT x 12 weeks" meets a 3-month minimum as
 * clinicians read it; stated durations still convert months to 30 days.
 */
const MINIMUM_DAYS_PER_MONTH = 28;

/** Largest value, or null; a loop, not Math.max(...), which overflows the stack on huge notes. */
function maxOf(values: Array<number | undefined>): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== undefined && (best === null || v > best)) best = v;
  return best;
}
/** "If symptoms persist, consider fusion" is a discussion, not a plan. */
const CONDITIONAL = pattern(
  'case.conditional',
  '(?<![a-z])(?:if|unless|should|consider|considering|option|options|possible|possibly|may|might|could|would|candidate|discuss|discussed|discussion|future|eventual|eventually)(?![a-z])',
);

function conservativeCareDays(findings: AnyFinding[]): { days: number; documented: boolean; response: TherapyResponse | null } {
  const therapies = ofKind(findings, 'conservativeTherapy');
  const care = therapies.filter((f) => isCurrentCare(f) && f.attributes.status !== 'planned');
  // Episodes of different modalities usually run together ("PT and NSAIDs for 3 months"),
  // so the care so far is the longest episode, not the sum.
  let days = 0;
  for (const f of care) days = Math.max(days, f.attributes.durationDays ?? 0);
  const responses = care.map((f) => f.attributes.response).filter((r): r is TherapyResponse => r !== undefined);
  const response: TherapyResponse | null = responses.includes('none') ? 'none' : responses.includes('partial') ? 'partial' : responses.includes('good') ? 'good' : null;
  // "Has not had PT" documents care too: its absence.
  return { days, documented: care.length > 0 || therapies.some((f) => f.assertion === 'absent'), response };
}

function criterionFrom(findings: AnyFinding[], kind: FindingKind): boolean | null {
  const mentions = findings.filter((f) => f.kind === kind);
  if (mentions.some(isPresent)) return true;
  if (mentions.some((f) => f.assertion === 'absent')) return false;
  return null;
}

function patientPreference(findings: AnyFinding[]): boolean | null {
  const mentions = ofKind(findings, 'patientPreference');
  const present = mentions.filter(isPresent);
  if (present.some((f) => f.attributes.preference === 'nonoperative')) return false;
  if (present.some((f) => f.attributes.preference === 'surgery' && f.attributes.informed)) return true;
  if (mentions.some((f) => f.assertion === 'absent')) return false;
  return null;
}

export function buildCase(findings: AnyFinding[], options: CaseOptions): Case {
  const minimumDays = Math.round(options.conservativeCareMinimumMonths * MINIMUM_DAYS_PER_MONTH);
  const slips = ofKind(findings, 'listhesis').filter(isPresent);
  const highestGrade = maxOf(slips.map((f) => f.attributes.grade));
  const slipMm = maxOf(slips.map((f) => f.attributes.mm));
  const largestPercent = maxOf(
    slips.map((f) => f.attributes.percent ?? (f.attributes.mm !== undefined ? percentFromMm(f.attributes.mm, options.endplateWidthMm) : undefined)),
  );
  const slipPercent = largestPercent === null ? null : Math.round(largestPercent * 10) / 10;
  const estimatedGrade = highestGrade === null && largestPercent !== null ? gradeForPercent(largestPercent) : null;
  const effectiveGrade = highestGrade ?? estimatedGrade;
  const lowGradeSlip = slips.length > 0 && (effectiveGrade !== null ? effectiveGrade <= 1 : slips.some((f) => f.attributes.lowGrade));
  const highGradeSlip = effectiveGrade !== null && effectiveGrade >= 3;

  const surgeries = ofKind(findings, 'surgicalPlan');
  const discussed = surgeries.filter((f) => f.assertion === 'hypothetical' || f.assertion === 'possible' || (f.assertion === 'present' && (f.section === 'plan' || f.section === 'assessment')));
  const planned = discussed.filter((f) => f.assertion !== 'possible' && !(options.sentenceAround && CONDITIONAL.test(options.sentenceAround(f.start))));
  const plannedProcedure: SurgicalProcedure | null = planned.find((f) => f.attributes.procedure)?.attributes.procedure ?? null;

  const redFlags = [...new Set(ofKind(findings, 'redFlag').filter(isPresent).map((f) => f.attributes.type))] as RedFlagType[];
  const care = conservativeCareDays(findings);
  // Failed: long enough, and the note says it did not (or only partly) help.
  const failedConservativeCare = !care.documented ? null : care.days >= minimumDays && (care.response === 'none' || care.response === 'partial');

  const pars = ofKind(findings, 'parsDefect').filter(isPresent);
  const parsDefect = pars.length === 0 ? null : pars.some((f) => f.attributes.chronicity === 'acute') ? 'acute' : pars.some((f) => f.attributes.chronicity === 'chronic') ? 'chronic' : 'unspecified';
  const stenoses = ofKind(findings, 'stenosis').filter(isPresent);
  let maxStenosisSeverity: Severity | null = null;
  for (const f of stenoses) {
    const s = f.attributes.severity;
    if (s && (maxStenosisSeverity === null || SEVERITY_ORDER.indexOf(s) > SEVERITY_ORDER.indexOf(maxStenosisSeverity))) maxStenosisSeverity = s;
  }
  const therapies = ofKind(findings, 'conservativeTherapy');
  const triedCare = therapies.filter((f) => f.assertion === 'present' || f.assertion === 'historical');
  const measures = ofKind(findings, 'outcomeMeasure').filter(isPresent);

  return {
    dateOfService: options.dateOfService,
    conservativeCareDays: care.days,
    conservativeCareMinimumDays: minimumDays,
    highestGrade,
    estimatedGrade,
    slipMm,
    slipPercent,
    lowGradeSlip,
    highGradeSlip,
    surgeryPlanned: planned.length > 0,
    surgeryDiscussed: discussed.length > 0,
    plannedProcedure,
    redFlags,
    surgicalCriteria: {
      failedConservativeCare,
      functionalImpairment: criterionFrom(findings, 'functionalImpairment'),
      imagingCorrelation: criterionFrom(findings, 'imagingCorrelation'),
      patientPreference: patientPreference(findings),
    },
    parsDefect,
    maxStenosisSeverity,
    foraminalStenosis: stenoses.some((f) => f.attributes.location === 'foraminal'),
    nerveRootContact: ofKind(findings, 'nerveRootContact').some(isPresent),
    radicularSymptoms: ofKind(findings, 'radicularSymptoms').some(isPresent),
    neuropathicAgentTried: triedCare.some((f) => f.attributes.drug === 'gabapentin' || f.attributes.drug === 'pregabalin'),
    injectionDone: triedCare.some((f) => f.attributes.modality === 'injection' && f.attributes.status !== 'planned'),
    physicalTherapy: therapies.some((f) => f.attributes.modality === 'physicalTherapy' && f.assertion !== 'absent' && f.assertion !== 'family'),
    outcomeMeasures: {
      odi: measures.some((f) => f.attributes.instrument === 'ODI'),
      vas: measures.some((f) => f.attributes.instrument === 'VAS' || f.attributes.instrument === 'NRS'),
    },
    riskFactors: [...new Set(ofKind(findings, 'riskFactor').filter(isPresent).map((f) => f.attributes.type))] as RiskFactorType[],
    therapyResponse: care.response,
  };
}
