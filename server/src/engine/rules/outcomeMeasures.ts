import { outcomeMeasuresQuery } from './queries';
import { capitalize, describeFinding, describePlanStanding, evidence, listJoin } from './describe';
import { IMAGING_SECTIONS } from '../vocabulary/sectionHeaders';
import { facts, inGuidelineScope, surgeryConsidered, therapyReceived } from './facts';
import { CLINICAL_NOTES, defineRule } from './types';

export const outcomeMeasures = defineRule({
  id: 'outcome-measures',
  title: 'Validated outcome measures',
  description: 'Surgery is discussed or conservative care is being reassessed without both a disability score (ODI) and a pain scale (VAS/NRS).',
  defaultSeverity: 'information',
  citations: [2, 3],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const plans = surgeryConsidered(ctx);
    // Care is reassessed in a clinic note; an imaging report's indication line is not a reassessment.
    const care = therapyReceived(ctx).filter((f) => !IMAGING_SECTIONS.has(f.section));
    const anchor = plans[0] ?? care[0];
    if (!anchor || !inGuidelineScope(ctx)) return [];
    const measures = facts(ctx, 'outcomeMeasure').filter((f) => f.attributes.value !== undefined);
    const hasOdi = measures.some((f) => f.attributes.instrument === 'ODI');
    const hasPain = measures.some((f) => f.attributes.instrument === 'VAS' || f.attributes.instrument === 'NRS');
    if (hasOdi && hasPain) return [];
    const width = ctx.options.endplateWidthMm;
    const missing = [!hasOdi && 'disability score (ODI)', !hasPain && 'pain scale (VAS or NRS)'].filter((x): x is string => !!x);
    const found = measures.length ? ` Found: ${listJoin(measures.map((f) => describeFinding(f, width)))}.` : '';
    // Where the surgery stands, as the note says it ("… scheduled", "a referral to discuss …").
    const plan = plans[0];
    const situation = plan?.attributes.status
      ? `${capitalize(describePlanStanding(plan))}, and no ${missing.join(' or ')} documented`
      : `${plan ? 'Surgery is being considered' : 'Conservative care is being reassessed'} without ${listJoin(missing.map((m) => `a ${m}`))}`;
    return [
      {
        range: anchor.range,
        message: `${situation}.${found} Record validated outcome measures to judge the response to care.`,
        related: [anchor, ...measures].map((f) => evidence(f, width)),
        query: outcomeMeasuresQuery([anchor, ...measures]),
      },
    ];
  },
  hover(f) {
    return f.kind === 'outcomeMeasure'
      ? { text: 'Validated outcome measures (ODI for disability, VAS for pain) track the response to conservative care and inform any surgical decision.', citations: [2, 3] }
      : undefined;
  },
});
