import { fusionConsidered, grade1Slips } from './facts';
import { CLINICAL_NOTES, defineRule } from './types';

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
    const lines = [
      'Pedicle screw instrumentation gives the best biomechanical stability, with fusion rates up to 95 %.',
      'TLIF is an appropriate technique for an L5-S1 slip with foraminal stenosis.',
    ];
    if (grade1Slips(ctx).length > 0) {
      lines.push('A grade 1 anterolisthesis counts as documented instability, which supports fusion once conservative care has failed.');
    }
    return { text: lines.join('\n\n'), citations: [1] };
  },
});
