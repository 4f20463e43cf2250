import { capitalize, describePlanStanding, evidence } from './describe';
import { facts, fusionConsidered, fusionPlanned } from './facts';
import { CLINICAL_NOTES, defineRule } from './types';

const RATES = 'fusion carries complication rates of about 31-40 %, higher than conservative care or decompression alone.';

export const complicationRates = defineRule({
  id: 'complication-rates',
  title: 'Fusion complication rates discussed',
  description: 'Fusion is planned and no risk/benefit discussion is documented: fusion complication rates are 31-40 %.',
  defaultSeverity: 'information',
  citations: [1],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const plan = fusionPlanned(ctx)[0];
    // Silent once the note documents an informed discussion: the hover still carries the figures.
    if (!plan || facts(ctx, 'patientPreference').some((f) => f.attributes.informed)) return [];
    return [
      {
        range: plan.range,
        message: `${capitalize(describePlanStanding(plan))} and no discussion of risks documented: ${RATES} Document that this was discussed with the patient.`,
        related: [evidence(plan, ctx.options.endplateWidthMm)],
      },
    ];
  },
  hover(f, ctx) {
    return f.kind === 'surgicalPlan' && fusionConsidered(ctx).includes(f) ? { text: capitalize(RATES), citations: [1] } : undefined;
  },
});
