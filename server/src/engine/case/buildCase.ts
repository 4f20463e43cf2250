import { AnyFinding, Case, NoteType, RedFlagType, RiskFactorType, SEVERITY_ORDER, Severity, SurgicalProcedure } from '../types';
import { EpisodeCare, episodeCare } from './conservativeCare';
import { assessCriteria, criteriaValues, CriterionAssessment } from './criteria';
import { isPresent, ofKind } from './findings';
import { gradeForPercent, percentFromMm, TYPICAL_ENDPLATE_WIDTH_MM } from './meyerding';
import { SurgeryPlans, surgeryPlans } from './surgery';
import { redFlagFacts } from './redFlags';
import { sameSentenceTest } from './sameSentence';

export interface CaseOptions {
  dateOfService: string | null;
  /** The kind of note (normalize/noteType.ts); 'unknown' when not given. */
  noteType?: NoteType;
  conservativeCareMinimumMonths: number;
  endplateWidthMm: number;
  /** The note's text, to tell which findings share a sentence; by line when absent. */
  text?: string;
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

/** What a Case's decisions rest on, kept beside it: the Case itself stays plain JSON. */
export interface CaseBasis {
  /** Conservative care of the current episode. */
  care: EpisodeCare;
  /** The four fusion criteria, in guideline order, with their evidence. */
  criteria: readonly CriterionAssessment[];
  /** The surgery mentions that are a plan or a discussion. */
  surgery: SurgeryPlans;
}

const BASES = new WeakMap<Case, CaseBasis>();

/**
 * The basis of a case built by buildCase; a case from elsewhere (a copied review) is rebuilt
 * from its findings, without the note's wording, so its plans follow the case's surgeryPlanned.
 */
export function caseBasis(c: Case, findings: readonly AnyFinding[]): CaseBasis {
  const known = BASES.get(c);
  if (known) return known;
  const minimumMonths = c.conservativeCareMinimumDays / MINIMUM_DAYS_PER_MONTH;
  const rebuilt = buildCase([...findings], { dateOfService: c.dateOfService, noteType: c.noteType, conservativeCareMinimumMonths: minimumMonths, endplateWidthMm: TYPICAL_ENDPLATE_WIDTH_MM });
  const basis = BASES.get(rebuilt)!;
  // Rebuilt once per case: a hover asks for it again with every rule.
  const adopted = c.surgeryPlanned ? basis : { ...basis, surgery: { ...basis.surgery, planned: [] } };
  BASES.set(c, adopted);
  return adopted;
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

  const surgery = surgeryPlans(findings);
  const plannedProcedure: SurgicalProcedure | null = surgery.planned.find((f) => f.attributes.procedure)?.attributes.procedure ?? null;

  const redFlags = [...new Set(redFlagFacts(findings, () => sameSentenceTest(options.text)).map((f) => f.type))] as RedFlagType[];
  const care = episodeCare(findings);
  const criteria = assessCriteria(findings, care, minimumDays);

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

  const built: Case = {
    dateOfService: options.dateOfService,
    noteType: options.noteType ?? 'unknown',
    conservativeCareDays: care.days,
    conservativeCareMinimumDays: minimumDays,
    highestGrade,
    estimatedGrade,
    slipMm,
    slipPercent,
    lowGradeSlip,
    highGradeSlip,
    surgeryPlanned: surgery.planned.length > 0,
    surgeryConsidered: surgery.considered.length > 0,
    surgeryDiscussed: surgery.discussed.length > 0,
    plannedProcedure,
    redFlags,
    surgicalCriteria: criteriaValues(criteria),
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
  BASES.set(built, { care, criteria, surgery });
  return built;
}
