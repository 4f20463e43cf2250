import { Finding } from '../types';
import { capitalize, describeFinding, describePlanStanding, evidence, firstAtSameLevel } from './describe';
import { facts, forwardSlips, surgeryConsidered } from './facts';
import { CLINICAL_NOTES, defineRule, RuleContext } from './types';

const EVIDENCE =
  'with stenosis and spondylolisthesis, decompression with fusion gives better outcomes than decompression alone (class III evidence; about 93 % patient satisfaction).';

/** Planned decompression without fusion at the slip's level (or a level the note does not give). */
function decompressionAtSlip(ctx: RuleContext): Array<{ plan: Finding<'surgicalPlan'>; slip: Finding<'listhesis'> }> {
  const slipAt = firstAtSameLevel(forwardSlips(ctx));
  const out: Array<{ plan: Finding<'surgicalPlan'>; slip: Finding<'listhesis'> }> = [];
  for (const plan of surgeryConsidered(ctx).filter((f) => f.attributes.procedure === 'decompressionAlone')) {
    const slip = slipAt(plan);
    if (slip) out.push({ plan, slip });
  }
  return out;
}

export const decompressionAlone = defineRule({
  id: 'decompression-alone',
  title: 'Decompression alone with spondylolisthesis',
  description: 'Decompression without fusion planned for stenosis with spondylolisthesis: decompression with fusion does better.',
  defaultSeverity: 'warning',
  citations: [6],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const stenosis = facts(ctx, 'stenosis');
    if (stenosis.length === 0) return [];
    const width = ctx.options.endplateWidthMm;
    return decompressionAtSlip(ctx).map(({ plan, slip }) => ({
      range: plan.range,
      message: `${capitalize(describePlanStanding(plan))}, with ${describeFinding(slip, width)} and ${describeFinding(stenosis[0], width)}: ${EVIDENCE}`,
      related: [slip, stenosis[0]].map((f) => evidence(f, width)),
    }));
  },
  hover(f, ctx) {
    return f.kind === 'surgicalPlan' && decompressionAtSlip(ctx).some((p) => p.plan === f) ? { text: capitalize(EVIDENCE), citations: [6] } : undefined;
  },
});
