/**
 * The engine's public types. Pure data: no vscode or LSP imports.
 * Positions are zero-based and count UTF-16 code units, as LSP does.
 */

export type Assertion = 'present' | 'absent' | 'possible' | 'historical' | 'hypothetical' | 'family';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Side = 'left' | 'right' | 'bilateral';
export type Severity = 'none' | 'mild' | 'mild-to-moderate' | 'moderate' | 'moderate-to-severe' | 'severe';
/** Ordered scale, lowest first: index comparisons are meaningful. */
export const SEVERITY_ORDER: readonly Severity[] = ['none', 'mild', 'mild-to-moderate', 'moderate', 'moderate-to-severe', 'severe'];

export type ImagingModality = 'MRI' | 'CT' | 'radiograph';
export type TherapyModality =
  | 'physicalTherapy'
  | 'homeExercise'
  | 'medication'
  | 'injection'
  | 'chiropractic'
  | 'bracing'
  | 'activityModification';
export type TherapyStatus = 'completed' | 'ongoing' | 'planned';
export type TherapyResponse = 'none' | 'partial' | 'good';
export type RedFlagType = 'caudaEquina' | 'progressiveDeficit' | 'slipProgression';
export type RiskFactorType = 'smoking' | 'depression' | 'chronicPainSyndrome' | 'unrealisticExpectations';
export type SurgicalProcedure = 'fusion' | 'decompressionAlone' | 'decompressionAndFusion';
export type FusionTechnique = 'TLIF' | 'PLIF' | 'ALIF' | 'posterolateral';
/**
 * Where a surgical plan stands, as the note states it (context/rules/surgicalPlan.ts). Scheduled and
 * recommended plans are present, considered and conditional ones hypothetical, declined and
 * not-indicated ones absent, performed ones historical.
 */
export type SurgicalPlanStatus = 'scheduled' | 'recommended' | 'considered' | 'conditional' | 'declined' | 'notIndicated' | 'performed';
export const SURGICAL_PLAN_STATUSES: readonly SurgicalPlanStatus[] = ['scheduled', 'recommended', 'considered', 'conditional', 'declined', 'notIndicated', 'performed'];

/** Attributes by finding kind. Absent keys mean "not stated in the note". */
export interface AttributeMap {
  parsDefect: { level?: string; side?: Side; chronicity?: 'chronic' | 'acute' };
  listhesis: {
    direction?: 'anterior' | 'posterior' | 'lateral';
    upper?: string;
    lower?: string;
    /** Meyerding grade as stated in the note (1-5). */
    grade?: number;
    /** "low-grade" stated without an exact grade (grade <= 2). */
    lowGrade?: boolean;
    mm?: number;
    percent?: number;
    type?: 'isthmic' | 'degenerative';
    /** Imaging modality the measurement was made on, when the note says. */
    modality?: ImagingModality;
    /** Comparison with a prior study. */
    change?: 'stable' | 'progressed' | 'improved';
  };
  stenosis: {
    location?: 'central' | 'foraminal' | 'lateralRecess';
    level?: string;
    side?: Side;
    severity?: Severity;
  };
  nerveRootContact: { root?: string; side?: Side; degree?: 'contact' | 'compression'; level?: string };
  spondylosis: { level?: string; severity?: Severity };
  conservativeTherapy: {
    modality: TherapyModality;
    drug?: string;
    durationDays?: number;
    /** The course's dates when the note gives them (ISO): "PT from 01/05/2026 to 02/20/2026", "started meloxicam in March 2026". */
    startDate?: string;
    endDate?: string;
    status?: TherapyStatus;
    response?: TherapyResponse;
  };
  radicularSymptoms: { side?: Side };
  /** `exams`: the two serial exams a table's progressive deficit compares ("EHL 5/5 (08/04/2026) to 1/5 (09/29/2026)"). */
  redFlag: { type: RedFlagType; exams?: string };
  outcomeMeasure: { instrument: 'ODI' | 'VAS' | 'NRS'; value?: number };
  functionalImpairment: { domain?: 'work' | 'walking' | 'adl' | 'sitting' | 'standing' | 'sleep' | 'general' };
  imagingCorrelation: Record<string, never>;
  patientPreference: { preference?: 'surgery' | 'nonoperative'; informed?: boolean };
  /** `treated`: a treatment of depression or chronic pain syndrome is told with it ("treated with sertraline"); `treatment` names it. */
  riskFactor: { type: RiskFactorType; treated?: boolean; treatment?: string };
  surgicalPlan: {
    procedure?: SurgicalProcedure;
    technique?: FusionTechnique;
    instrumentation?: 'pedicleScrews';
    level?: string;
    status?: SurgicalPlanStatus;
  };
  custom: { label: string };
}

export type FindingKind = keyof AttributeMap;

export const FINDING_KINDS: readonly FindingKind[] = [
  'parsDefect',
  'listhesis',
  'stenosis',
  'nerveRootContact',
  'spondylosis',
  'conservativeTherapy',
  'radicularSymptoms',
  'redFlag',
  'outcomeMeasure',
  'functionalImpairment',
  'imagingCorrelation',
  'patientPreference',
  'riskFactor',
  'surgicalPlan',
  'custom',
];

export interface Finding<K extends FindingKind = FindingKind> {
  kind: K;
  assertion: Assertion;
  /**
   * What decided a non-present assertion: a ConText rule id from context/rules/ and the trigger
   * words ("negation.forward 'no'"). Not part of the JSON contract.
   */
  assertedBy?: string;
  /** The evidence: the note's own text for the span. */
  text: string;
  range: Range;
  attributes: AttributeMap[K];
  /** Character offsets into the note (end exclusive). Not part of the JSON contract. */
  start: number;
  end: number;
  /** Category of the section the finding sits in. Not part of the JSON contract. */
  section: SectionCategory;
  /** Where the note states the values of mm and durationDays (offsets). Not part of the JSON contract. */
  valueAt?: Partial<Record<'mm' | 'durationDays', { start: number; end: number }>>;
  /**
   * Attributes this mention shares with another mention of the same entity (mentions/), and where
   * the note states them: "grade 1" in the impression for the findings' "5 mm" slip.
   */
  inheritedFrom?: Partial<Record<string, StatedAt>>;
  /**
   * A surgicalPlan that refers to the operation without naming it ("Surgery is scheduled for
   * 10/15/2026"): it lends its status to the plan it refers to (mentions/planReferents.ts) and is
   * not reported itself. Not part of the JSON contract.
   */
  referent?: true;
  /** A finding corrected by an addendum: where the retracted original stood. */
  correctedFrom?: StatedAt;
}

/** Where a mention states something: its range and offsets in the note. */
export interface StatedAt {
  range: Range;
  start: number;
  end: number;
}

export type AnyFinding = { [K in FindingKind]: Finding<K> }[FindingKind];

export type SectionCategory =
  | 'indication'
  | 'comparison'
  | 'technique'
  | 'findings'
  | 'impression'
  | 'hpi'
  | 'pastHistory'
  | 'pastSurgicalHistory'
  | 'socialHistory'
  | 'familyHistory'
  | 'exam'
  | 'imaging'
  | 'assessment'
  | 'plan'
  /** A pre-operative header naming the operation booked ("PROCEDURE PLANNED:", "DATE OF SURGERY:"). */
  | 'plannedProcedure'
  | 'medications'
  | 'allergies'
  | 'reviewOfSystems'
  | 'level'
  /** An addendum or correction appended to the note ("ADDENDUM 12/09/2026:", "Correction:"). */
  | 'addendum'
  | 'other';

export interface Section {
  category: SectionCategory;
  /** Header text as written, "" for text before any header. */
  title: string;
  /** Offsets of the whole section, header included. */
  start: number;
  end: number;
  /** Offset where the section's body starts (after the header). */
  bodyStart: number;
  /** For per-level paragraphs ("L5-S1: ..."), the canonical level. */
  level?: string;
  /** For a cervical or thoracic per-level paragraph ("C5-6: ..."), its region: not the guideline's territory. */
  region?: 'cervical' | 'thoracic';
}

export interface Sentence {
  start: number;
  end: number;
  /** Index into sections. */
  section: number;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInformation {
  range: Range;
  message: string;
}

export interface Diagnostic {
  code: string;
  severity: DiagnosticSeverity;
  message: string;
  range: Range;
  citations: Array<number | string>;
  related: RelatedInformation[];
}

export type CriterionState = boolean | null;

export interface SurgicalCriteria {
  /** (a) >= minimum months of comprehensive conservative care that failed. */
  failedConservativeCare: CriterionState;
  /** (b) significant functional impairment despite it. */
  functionalImpairment: CriterionState;
  /** (c) symptoms correlate with the imaging findings. */
  imagingCorrelation: CriterionState;
  /** (d) the patient wants surgery after understanding risks and benefits. */
  patientPreference: CriterionState;
}

/** The note summed up: what the guideline rules reason over. */
/**
 * What kind of note it is, from its title and headings (normalize/noteType.ts): each rule declares
 * the types it applies to; 'unknown' gets every rule.
 */
export type NoteType = 'imaging' | 'clinic' | 'physicalTherapy' | 'emergency' | 'operative' | 'letter' | 'unknown';

export interface Case {
  /** ISO date (YYYY-MM-DD) of service, from the note or the caller. */
  dateOfService: string | null;
  /** The kind of note: imaging report, clinic/consult, PT, emergency, operative/pre-op, letter, or unknown. */
  noteType: NoteType;
  /** Days of documented completed or ongoing conservative care (planned care does not count). */
  conservativeCareDays: number;
  /** Minimum days of conservative care the configuration asks for. */
  conservativeCareMinimumDays: number;
  /** Highest Meyerding grade stated in the note for a present slip (null when none is stated). */
  highestGrade: number | null;
  /**
   * Grade estimated from the largest stated slip (percent, or mm over the configured endplate
   * width) when the note states no grade; null otherwise. Always approximate.
   */
  estimatedGrade: number | null;
  /** Largest slip in millimetres, when stated. */
  slipMm: number | null;
  /** Largest slip in percent, stated or estimated from millimetres. */
  slipPercent: number | null;
  /** A present slip of grade 1 (stated, or estimated from mm/percent), or called "low-grade". */
  lowGradeSlip: boolean;
  /** A present slip of stated or estimated grade >= 3. */
  highGradeSlip: boolean;
  /** A present plan, scheduled or recommended. */
  surgeryPlanned: boolean;
  /** A plan considered or conditional ("if PT fails, consider fusion"), planned ones aside. */
  surgeryConsidered: boolean;
  /** Surgery planned, recommended, considered or discussed. */
  surgeryDiscussed: boolean;
  plannedProcedure: SurgicalProcedure | null;
  redFlags: RedFlagType[];
  surgicalCriteria: SurgicalCriteria;
  parsDefect: 'chronic' | 'acute' | 'unspecified' | null;
  maxStenosisSeverity: Severity | null;
  foraminalStenosis: boolean;
  nerveRootContact: boolean;
  radicularSymptoms: boolean;
  neuropathicAgentTried: boolean;
  injectionDone: boolean;
  physicalTherapy: boolean;
  outcomeMeasures: { odi: boolean; vas: boolean };
  riskFactors: RiskFactorType[];
  therapyResponse: TherapyResponse | null;
}

export interface CustomTarget {
  label: string;
  phrases: string[];
}

export interface AnalyzeOptions {
  /** ISO date to count durations against when the note carries none. */
  dateOfService?: string;
  /** Minimum conservative care in months (guideline: 3; "strict" preset: 6). */
  conservativeCareMinimumMonths?: number;
  /** Typical AP width of the lower vertebra's superior endplate, mm, to estimate percent slip. */
  endplateWidthMm?: number;
  customTargets?: CustomTarget[];
}
