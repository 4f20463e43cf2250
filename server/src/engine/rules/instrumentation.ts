import { Finding } from '../types';
import { atSameLevel, segmentOfFinding } from './describe';
import { facts, fusionConsidered, grade1Slips, slips } from './facts';
import { CLINICAL_NOTES, defineRule, RuleContext } from './types';

const SCREWS = 'Pedicle screw instrumentation gives the best biomechanical stability, with fusion rates up to 95 %.';
const TLIF_AT_L5_S1 = 'TLIF is an appropriate technique for an L5-S1 slip with foraminal stenosis.';
const GRADE1_INSTABILITY = 'A grade 1 anterolisthesis counts as documented instability, which supports fusion once conservative care has failed.';

/** The plan is at L5-S1 (or names no level) and the note has a slip there: the case the TLIF advice is about. */
function l5S1Slip(plan: Finding<'surgicalPlan'>, ctx: RuleContext): boolean {
  const level = segmentOfFinding(plan);
  if (level && level !== 'L5-S1') return false;
  return slips(ctx).some((s) => segmentOfFinding(s) === 'L5-S1' && atSameLevel(s, plan));
}

function foraminalStenosisAtL5S1(ctx: RuleContext): boolean {
  return facts(ctx, 'stenosis').some((s) => s.attributes.location === 'foraminal' && (!s.attributes.level || segmentOfFinding(s) === 'L5-S1'));
}

export const instrumentation = defineRule({
  id: 'instrumentation',
  title: 'Fusion technique and instrumentation',
  description: 'Hover on a fusion plan: pedicle screws give the best stability (fusion rates up to 95 %); TLIF suits an L5-S1 slip with foraminal stenosis.',
  defaultSeverity: 'hint',
  presentation: 'hover',
  citations: [1],
  noteTypes: CLINICAL_NOTES,
  elective: false,
  hover(f, ctx) {
    if (f.kind !== 'surgicalPlan' || !fusionConsidered(ctx).includes(f)) return undefined;
    const lines = [SCREWS];
    if (l5S1Slip(f, ctx) && foraminalStenosisAtL5S1(ctx)) lines.push(TLIF_AT_L5_S1);
    if (grade1Slips(ctx).some((s) => atSameLevel(s, f))) lines.push(GRADE1_INSTABILITY);
    return { text: lines.join('\n\n'), citations: [1] };
  },
});
