import { AnyFinding, SurgicalCriteria } from '../types';
import {
  functionalImpairmentQuery,
  imagingCorrelationQuery,
  patientPreferenceQuery,
  therapyDurationQuery,
} from '../review/queries';
import { careSoFar, careStatus } from './conservativeCare';
import { levelLabel, listJoin, quote, slipSegment, THERAPY_LABEL } from './describe';
import { facts, forwardSlips, negated, surgeryConsidered, therapyReceived } from './facts';
import { RuleContext } from './types';

/**
 * The guideline's four conditions for fusion, all required: (a) failed comprehensive
 * conservative care for the minimum time, (b) significant functional impairment despite it,
 * (c) symptoms that correlate with the imaging, (d) the patient wants surgery after
 * understanding risks and benefits. Used by the surgical-criteria rule and the note summary.
 */

export type CriterionId = keyof SurgicalCriteria;
export type CriterionState = 'met' | 'not met' | 'not documented';

export interface CriterionAssessment {
  id: CriterionId;
  letter: 'a' | 'b' | 'c' | 'd';
  label: string;
  /** Two or three words: "functional impairment". */
  shortLabel: string;
  state: CriterionState;
  /** Why, naming the facts found: "6 weeks of the 3-month minimum". */
  detail: string;
  evidence: AnyFinding[];
  /** For a criterion not documented: the physician query. */
  query?: string;
}

/** ODI bands: 0-20 minimal disability, 21-40 moderate, 41-60 severe, above 60 crippling. */
const ODI_SEVERE = 41;
const ODI_MINIMAL = 20;

export function assessSurgicalCriteria(ctx: RuleContext): CriterionAssessment[] {
  return [failedConservativeCare(ctx), functionalImpairment(ctx), imagingCorrelation(ctx), patientPreference(ctx)];
}

function plansAndSlips(ctx: RuleContext): AnyFinding[] {
  return [...surgeryConsidered(ctx), ...forwardSlips(ctx)];
}

function failedConservativeCare(ctx: RuleContext): CriterionAssessment {
  const s = careStatus(ctx);
  const base = {
    id: 'failedConservativeCare' as const,
    letter: 'a' as const,
    label: `Failed comprehensive conservative care for at least ${s.minimumMonths} months`,
    shortLabel: 'failed conservative care',
    evidence: s.received,
  };
  const gap = (detail: string, indicators: AnyFinding[]): CriterionAssessment => ({
    ...base,
    state: 'not documented',
    detail,
    query: therapyDurationQuery(indicators),
  });
  if (s.received.length === 0) return gap('no conservative care documented', plansAndSlips(ctx));
  if (!s.durationMet && s.undated.length > 0) {
    return gap(`${listJoin([...new Set(s.undated.map((f) => THERAPY_LABEL[f.attributes.modality]))])} documented without a duration`, s.undated);
  }
  if (!s.durationMet) return { ...base, state: 'not met', detail: `conservative care so far: ${careSoFar(s)}` };
  if (!s.physicalTherapy) {
    const kinds = listJoin([...new Set(s.received.map((f) => THERAPY_LABEL[f.attributes.modality]))]);
    return gap(`no structured physical therapy documented (only ${kinds})`, s.received);
  }
  if (s.outcome === 'helping') return { ...base, state: 'not met', detail: `conservative care is helping (good relief reported; ${careSoFar(s)})` };
  if (s.outcome === 'mixed') return gap(`mixed response to conservative care (${careSoFar(s)})`, s.received);
  if (s.outcome === null) return gap(`response to conservative care not documented (${careSoFar(s)})`, s.received);
  return { ...base, state: 'met', detail: `conservative care including physical therapy without lasting relief, ${careSoFar(s)}` };
}

function functionalImpairment(ctx: RuleContext): CriterionAssessment {
  const base = {
    id: 'functionalImpairment' as const,
    letter: 'b' as const,
    label: 'Significant functional impairment despite conservative care',
    shortLabel: 'functional impairment',
  };
  const stated = facts(ctx, 'functionalImpairment');
  const odi = facts(ctx, 'outcomeMeasure').filter((f) => f.attributes.instrument === 'ODI' && f.attributes.value !== undefined);
  const severeOdi = odi.filter((f) => (f.attributes.value ?? 0) >= ODI_SEVERE);
  if (stated.length || severeOdi.length) {
    const what = [...stated.map((f) => quote(f.text, 50)), ...severeOdi.map((f) => `ODI ${f.attributes.value} %`)];
    return { ...base, state: 'met', detail: `documented: ${listJoin(what)}`, evidence: [...stated, ...severeOdi] };
  }
  const denied = negated(ctx, 'functionalImpairment');
  const minimalOdi = odi.filter((f) => (f.attributes.value ?? 100) <= ODI_MINIMAL);
  if (denied.length || minimalOdi.length) {
    const what = [...denied.map((f) => `the note states ${quote(f.text, 50)}`), ...minimalOdi.map((f) => `ODI ${f.attributes.value} % (minimal disability)`)];
    return { ...base, state: 'not met', detail: listJoin(what), evidence: [...denied, ...minimalOdi] };
  }
  const indicators = [...plansAndSlips(ctx), ...therapyReceived(ctx), ...facts(ctx, 'outcomeMeasure')];
  return {
    ...base,
    state: 'not documented',
    detail: odi.length ? `no objective functional impairment documented (ODI ${odi[0].attributes.value} %: moderate disability)` : 'no objective functional impairment documented',
    evidence: odi,
    query: functionalImpairmentQuery(indicators),
  };
}

function imagingCorrelation(ctx: RuleContext): CriterionAssessment {
  const seg = forwardSlips(ctx).map((f) => slipSegment(f.attributes)).find(Boolean);
  const base = {
    id: 'imagingCorrelation' as const,
    letter: 'c' as const,
    label: `Symptoms correlate with the ${seg ? `${levelLabel(seg)} ` : ''}imaging findings`,
    shortLabel: 'imaging correlation',
  };
  const stated = facts(ctx, 'imagingCorrelation');
  if (stated.length) return { ...base, state: 'met', detail: `documented: ${quote(stated[0].text, 60)}`, evidence: stated };
  const denied = negated(ctx, 'imagingCorrelation');
  if (denied.length) return { ...base, state: 'not met', detail: `the note states ${quote(denied[0].text, 60)}`, evidence: denied };
  const indicators: AnyFinding[] = [
    ...forwardSlips(ctx),
    ...facts(ctx, 'stenosis'),
    ...facts(ctx, 'nerveRootContact'),
    ...facts(ctx, 'radicularSymptoms'),
  ];
  return {
    ...base,
    state: 'not documented',
    detail: 'no statement that the symptoms match the imaging findings',
    evidence: [],
    query: imagingCorrelationQuery(indicators),
  };
}

function patientPreference(ctx: RuleContext): CriterionAssessment {
  const base = {
    id: 'patientPreference' as const,
    letter: 'd' as const,
    label: 'Patient wants surgery after understanding risks and benefits',
    shortLabel: "patient's informed wish for surgery",
  };
  const stated = facts(ctx, 'patientPreference');
  const declines = [
    ...stated.filter((f) => f.attributes.preference === 'nonoperative'),
    ...negated(ctx, 'patientPreference').filter((f) => f.attributes.preference === 'surgery'),
  ];
  if (declines.length) return { ...base, state: 'not met', detail: `the note states ${quote(declines[0].text, 60)}`, evidence: declines };
  const informedWish = stated.filter((f) => f.attributes.preference === 'surgery' && f.attributes.informed);
  if (informedWish.length) return { ...base, state: 'met', detail: `documented: ${quote(informedWish[0].text, 60)}`, evidence: informedWish };
  const wish = stated.filter((f) => f.attributes.preference === 'surgery');
  const discussed = stated.filter((f) => f.attributes.informed);
  const detail = wish.length
    ? 'wish for surgery recorded, but no discussion of risks and benefits'
    : discussed.length
      ? "risks and benefits discussed, but the patient's preference is not recorded"
      : "no record of the patient's preference after a risk/benefit discussion";
  return {
    ...base,
    state: 'not documented',
    detail,
    evidence: [...wish, ...discussed],
    query: patientPreferenceQuery([...surgeryConsidered(ctx), ...stated]),
  };
}
