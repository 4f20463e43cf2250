import { describeCriteria } from './criteria';
import { evidence, uncapitalize } from './describe';
import { fusionConsidered, fusionPlanned } from './facts';
import { CLINICAL_NOTES, defineRule } from './types';

const CHECK = { met: '✓ met', 'not met': '✗ not met', 'not documented': '? not documented' } as const;

export const surgicalCriteria = defineRule({
  id: 'surgical-criteria',
  title: 'All four criteria before fusion',
  description: 'Fusion is planned or recommended: reports each of the four required criteria that is not met or not documented.',
  defaultSeverity: 'warning',
  citations: [1, 2],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const plan = fusionPlanned(ctx)[0];
    if (!plan) return [];
    const width = ctx.options.endplateWidthMm;
    return describeCriteria(ctx)
      .filter((c) => c.state !== 'met')
      .map((c) => ({
        range: plan.range,
        message: `Fusion criterion (${c.letter}) ${c.state}: ${uncapitalize(c.label)}. Found: ${c.detail}. Fusion needs all four criteria.`,
        related: [evidence(plan, width, 'Plan: '), ...c.evidence.map((f) => evidence(f, width))],
        query: c.query,
      }));
  },
  hover(f, ctx) {
    const relevant =
      (f.kind === 'surgicalPlan' && fusionConsidered(ctx).includes(f)) ||
      f.kind === 'functionalImpairment' ||
      f.kind === 'imagingCorrelation' ||
      f.kind === 'patientPreference';
    if (!relevant) return undefined;
    const lines = describeCriteria(ctx).map((c) => `(${c.letter}) ${c.label}: ${CHECK[c.state]} (${c.detail})`);
    return { text: `Fusion only when all four criteria are met:\n\n- ${lines.join('\n- ')}`, citations: [1, 2] };
  },
});
