import { AnyFinding, FindingKind, SectionCategory } from '../engine';

/** Display names for finding kinds and section categories (outline, summary table). */
export const KIND_LABEL: Record<FindingKind, string> = {
  parsDefect: 'Pars defect',
  listhesis: 'Spondylolisthesis',
  stenosis: 'Stenosis',
  nerveRootContact: 'Nerve root contact',
  spondylosis: 'Spondylosis',
  conservativeTherapy: 'Conservative care',
  radicularSymptoms: 'Radicular symptoms',
  redFlag: 'Red flag',
  outcomeMeasure: 'Outcome measure',
  functionalImpairment: 'Functional impairment',
  imagingCorrelation: 'Imaging correlation',
  patientPreference: 'Patient preference',
  riskFactor: 'Risk factor',
  surgicalPlan: 'Surgical plan',
  custom: 'Custom',
};

export const SECTION_LABEL: Record<SectionCategory, string> = {
  indication: 'Indication',
  comparison: 'Comparison',
  technique: 'Technique',
  findings: 'Findings',
  impression: 'Impression',
  hpi: 'History of present illness',
  pastHistory: 'Past history',
  pastSurgicalHistory: 'Past surgical history',
  socialHistory: 'Social history',
  familyHistory: 'Family history',
  exam: 'Examination',
  imaging: 'Imaging',
  assessment: 'Assessment',
  plan: 'Plan',
  plannedProcedure: 'Planned procedure',
  medications: 'Medications',
  allergies: 'Allergies',
  reviewOfSystems: 'Review of systems',
  level: 'Level',
  addendum: 'Addendum',
  other: 'Other',
};

export const ASSERTION_LABEL: Record<AnyFinding['assertion'], string> = {
  present: 'present',
  absent: 'negated',
  possible: 'possible',
  historical: 'historical',
  hypothetical: 'hypothetical',
  family: 'family history',
};

export function kindLabel(f: AnyFinding): string {
  if (f.kind === 'custom' && f.attributes.label) return f.attributes.label;
  return KIND_LABEL[f.kind] ?? f.kind;
}

/** One line, at most `max` characters. */
export function oneLine(text: string, max = 80): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
