import { therapyDurationQuery } from './queries';
import { careSoFar, careStatus } from './conservativeCare';
import { capitalize, describePlanStanding, describeSlip, evidence } from './describe';
import { grade1Slips, surgeryConsidered, surgeryPlanned } from './facts';
import { CLINICAL_NOTES, defineRule } from './types';

export const conservativeFirst = defineRule({
  id: 'conservative-first',
  title: 'Conservative care first for a grade 1 slip',
  description: 'A grade 1 slip without red flags has had less than the minimum of structured conservative care: exhaust it before surgery.',
  defaultSeverity: 'warning',
  citations: [1, 2],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const slips = grade1Slips(ctx);
    if (slips.length === 0) return [];
    const care = careStatus(ctx);
    if (care.durationMet) return [];
    const width = ctx.options.endplateWidthMm;
    const months = care.minimumMonths;
    const facts = `${capitalize(describeSlip(slips[0].attributes, width))}; conservative care so far: ${careSoFar(care)}`;
    const related = [...slips, ...care.received].map((f) => evidence(f, width));
    // The query lists every line that bears on the care received, the dated and the undated.
    const query = care.undated.length ? therapyDurationQuery(care.received) : undefined;
    const plan = surgeryPlanned(ctx)[0];
    if (plan) {
      return [
        {
          range: plan.range,
          severity: 'warning',
          message: `${capitalize(describePlanStanding(plan))}. ${facts}. Complete at least ${months} months of structured conservative care, centered on physical therapy, before surgery.`,
          related,
          query,
        },
      ];
    }
    const discussed = surgeryConsidered(ctx)[0];
    return [
      {
        range: slips[0].range,
        severity: 'information',
        message: `${discussed ? `${capitalize(describePlanStanding(discussed))}. ` : ''}${facts}. First-line care is structured conservative treatment, centered on physical therapy, for at least ${months} months; surgery only if it fails.`,
        related: discussed ? [...related, evidence(discussed, width)] : related,
        query,
      },
    ];
  },
  hover(f, ctx) {
    if (f.kind !== 'listhesis' && f.kind !== 'conservativeTherapy') return undefined;
    const slips = grade1Slips(ctx);
    if (f.kind === 'listhesis' && !slips.includes(f)) return undefined;
    if (f.kind === 'conservativeTherapy' && slips.length === 0) return undefined;
    const care = careStatus(ctx);
    return {
      text: `Grade 1 slip: structured conservative care centered on physical therapy for at least ${care.minimumMonths} months (the guideline says 3-6) comes first; fusion is kept for failure of that care with significant functional impairment. Conservative care so far: ${careSoFar(care)}.`,
      citations: [1, 2],
    };
  },
});
