import { caseBasis } from '../case/buildCase';
import { CriterionAssessment, CriterionId, CriterionStatus } from '../case/criteria';
import { AnyFinding, Finding } from '../types';
import {
  functionalImpairmentQuery,
  imagingCorrelationQuery,
  patientPreferenceQuery,
  therapyDurationQuery,
} from './queries';
import { careSoFar, careStatus, minimumWeeks, plannedKinds, weeksSoFar } from './conservativeCare';
import { formatDuration, levelLabel, lineNumber, listJoin, quote, slipSegment, THERAPY_LABEL } from './describe';
import { facts, forwardSlips, negated, surgeryConsidered } from './facts';
import { RuleContext } from './types';

/**
 * The four fusion criteria in words, for the surgical-criteria rule and the note summary. The
 * case decides each criterion's state (case/criteria.ts); this only names what was found and,
 * for a documentation gap, writes the physician query.
 */

export { CriterionId, CriterionStatus };

export interface CriterionReport {
  id: CriterionId;
  letter: 'a' | 'b' | 'c' | 'd';
  label: string;
  /** Two or three words: "functional impairment". */
  shortLabel: string;
  state: CriterionStatus;
  /** Why, naming the facts found: "6 weeks of the 3-month minimum". */
  detail: string;
  evidence: readonly AnyFinding[];
  /** For a documentation gap: the physician query. */
  query?: string;
}

/** ODI bands: 0-20 minimal disability, 21-40 moderate, 41-60 severe, above 60 crippling. */
function odiBand(value: number): string {
  return value <= 20 ? 'minimal' : value <= 40 ? 'moderate' : value <= 60 ? 'severe' : 'crippling';
}

/** A context's criteria in words, made once: the fusion-criteria rule and the note summary both ask (a context is read-only). */
const DESCRIBED = new WeakMap<RuleContext, { case: RuleContext['case']; findings: RuleContext['findings']; reports: readonly CriterionReport[] }>();

/** The four criteria in words (a fresh array: callers may sort it). */
export function describeCriteria(ctx: RuleContext): CriterionReport[] {
  let known = DESCRIBED.get(ctx);
  if (!known || known.case !== ctx.case || known.findings !== ctx.findings) {
    known = { case: ctx.case, findings: ctx.findings, reports: caseBasis(ctx.case, ctx.findings).criteria.map((c) => PHRASE[c.id](ctx, c)) };
    DESCRIBED.set(ctx, known);
  }
  return known.reports.slice();
}

const PHRASE: Record<CriterionId, (ctx: RuleContext, c: CriterionAssessment) => CriterionReport> = {
  failedConservativeCare,
  functionalImpairment,
  imagingCorrelation,
  patientPreference,
};

function plansAndSlips(ctx: RuleContext): AnyFinding[] {
  return [...surgeryConsidered(ctx), ...forwardSlips(ctx)];
}

function kindsOf(care: readonly Finding<'conservativeTherapy'>[]): string {
  return listJoin([...new Set(care.map((f) => THERAPY_LABEL[f.attributes.modality]))]);
}

/** "physical therapy 6 weeks, ibuprofen 9 weeks": each dated course, once. */
function datedCourses(received: readonly Finding<'conservativeTherapy'>[]): string {
  const seen = new Set<string>();
  const courses: string[] = [];
  for (const f of received) {
    const days = f.attributes.durationDays;
    if (days === undefined) continue;
    const course = `${f.attributes.drug ?? THERAPY_LABEL[f.attributes.modality]} ${formatDuration(days)}`;
    if (!seen.has(course)) courses.push(course);
    seen.add(course);
  }
  return courses.join(', ');
}

function failedConservativeCare(ctx: RuleContext, c: CriterionAssessment): CriterionReport {
  const s = careStatus(ctx);
  const received = c.evidence as Finding<'conservativeTherapy'>[];
  const report = (detail: string, query?: string): CriterionReport => ({
    id: c.id,
    letter: 'a',
    label: `Failed comprehensive conservative care for at least ${s.minimumMonths} months`,
    shortLabel: 'failed conservative care',
    state: c.state,
    detail,
    evidence: received,
    ...(query ? { query } : {}),
  });
  // The query lists every line that bears on the care received, the dated and the undated.
  const careQuery = () => therapyDurationQuery(received);
  const undatedToo = s.undated.length ? `; ${kindsOf(s.undated)} without a duration` : '';
  switch (c.reason) {
    case 'noCare':
      return report('no conservative care documented', therapyDurationQuery(plansAndSlips(ctx)));
    case 'undated':
      return report(`${kindsOf(s.undated)} documented without a duration`, careQuery());
    case 'responseNotStated':
      return report(`response to conservative care not documented (${careSoFar(s)})`, careQuery());
    case 'helping':
      return report(`conservative care is helping (good relief reported; ${careSoFar(s)})`);
    case 'failed': {
      const pt = received.some((f) => f.attributes.modality === 'physicalTherapy');
      return report(`conservative care ${pt ? 'including physical therapy ' : ''}without lasting relief, ${careSoFar(s)}${pt ? '' : `; no structured physical therapy documented (only ${kindsOf(received)})`}`);
    }
    default: {
      if (received.length > 0) {
        return report(`${weeksSoFar(s)} of ${minimumWeeks(s)} weeks of conservative care documented (${datedCourses(received)})${undatedToo}`, careQuery());
      }
      // Documented only by its absence ("has not had physical therapy").
      const denied = negated(ctx, 'conservativeTherapy')[0];
      return report(`no conservative care received so far (${quote(denied.text, 50)} negated, line ${lineNumber(denied)})${s.planned.length ? `; ${plannedKinds(s)} planned` : ''}`);
    }
  }
}

function functionalImpairment(ctx: RuleContext, c: CriterionAssessment): CriterionReport {
  const base = {
    id: c.id,
    letter: 'b' as const,
    label: 'Significant functional impairment despite conservative care',
    shortLabel: 'functional impairment',
    state: c.state,
  };
  // An ODI score is an outcome measure, not a described impairment: it adds to the detail, not to the state.
  const odi = facts(ctx, 'outcomeMeasure').filter((f) => f.attributes.instrument === 'ODI' && f.attributes.value !== undefined);
  const severeOdi = odi.filter((f) => f.attributes.value! > 40);
  const minimalOdi = odi.filter((f) => odiBand(f.attributes.value!) === 'minimal');
  if (c.reason === 'stated') {
    const what = [...c.evidence.map((f) => quote(f.text, 50)), ...severeOdi.map((f) => `ODI ${f.attributes.value} %`)];
    return { ...base, detail: `documented: ${listJoin(what)}`, evidence: [...c.evidence, ...severeOdi] };
  }
  if (c.reason === 'denied') {
    const what = [...c.evidence.map((f) => `the note states ${quote(f.text, 50)}`), ...minimalOdi.map((f) => `ODI ${f.attributes.value} % (minimal disability)`)];
    return { ...base, detail: listJoin(what), evidence: [...c.evidence, ...minimalOdi] };
  }
  const indicators = [...plansAndSlips(ctx), ...careStatus(ctx).received, ...facts(ctx, 'outcomeMeasure')];
  const odiNote = odi.length ? ` (ODI ${odi[0].attributes.value} %: ${odiBand(odi[0].attributes.value!)} disability)` : '';
  return { ...base, detail: `no objective functional impairment documented${odiNote}`, evidence: odi, query: functionalImpairmentQuery(indicators) };
}

function imagingCorrelation(ctx: RuleContext, c: CriterionAssessment): CriterionReport {
  const seg = forwardSlips(ctx).map((f) => slipSegment(f.attributes)).find(Boolean);
  const base = {
    id: c.id,
    letter: 'c' as const,
    label: `Symptoms correlate with the ${seg ? `${levelLabel(seg)} ` : ''}imaging findings`,
    shortLabel: 'imaging correlation',
    state: c.state,
    evidence: c.evidence,
  };
  if (c.reason === 'stated') return { ...base, detail: `documented: ${quote(c.evidence[0].text, 60)}` };
  if (c.reason === 'denied') return { ...base, detail: `the note states ${quote(c.evidence[0].text, 60)}` };
  const indicators: AnyFinding[] = [...forwardSlips(ctx), ...facts(ctx, 'stenosis'), ...facts(ctx, 'nerveRootContact'), ...facts(ctx, 'radicularSymptoms')];
  return { ...base, detail: 'no statement that the symptoms match the imaging findings', query: imagingCorrelationQuery(indicators) };
}

function patientPreference(ctx: RuleContext, c: CriterionAssessment): CriterionReport {
  const base = {
    id: c.id,
    letter: 'd' as const,
    label: 'Patient wants surgery after understanding risks and benefits',
    shortLabel: "patient's informed wish for surgery",
    state: c.state,
    evidence: c.evidence,
  };
  if (c.reason === 'declined') return { ...base, detail: `the note states ${quote(c.evidence[0].text, 60)}` };
  if (c.reason === 'informedWish') return { ...base, detail: `documented: ${quote(c.evidence[0].text, 60)}` };
  const prefs = c.evidence as Finding<'patientPreference'>[];
  const detail = prefs.some((f) => f.attributes.preference === 'surgery')
    ? 'wish for surgery recorded, but no discussion of risks and benefits'
    : prefs.some((f) => f.attributes.informed)
      ? "risks and benefits discussed, but the patient's preference is not recorded"
      : "no record of the patient's preference after a risk/benefit discussion";
  return { ...base, detail, query: patientPreferenceQuery([...surgeryConsidered(ctx), ...facts(ctx, 'patientPreference')]) };
}
