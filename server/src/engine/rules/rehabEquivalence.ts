import { SEVERITY_ORDER } from '../types';
import { capitalize, describePlan, describePlanStanding, evidence, listJoin } from './describe';
import { facts, fusionConsidered, negated, slips } from './facts';
import { estimateSlip } from '../case/meyerding';
import { CLINICAL_NOTES, defineRule, RuleContext } from './types';

const SIGNIFICANT = SEVERITY_ORDER.indexOf('moderate');
const HIGH_GRADE = 3;

/**
 * What the note shows of stenosis and slip when neither is significant: "stenosis no worse
 * than mild", "a grade 1 slip". Undefined when either is significant or left open — a stenosis
 * without severity, a slip without grade or size, or imaging that says nothing of them (a plan
 * with no imaging must not be read as "no stenosis").
 */
function withoutSignificantDisease(ctx: RuleContext): string[] | undefined {
  const all = facts(ctx, 'stenosis');
  // A re-mention without a severity ("the L5-S1 foraminal stenosis") takes the graded mention's.
  // The places with a graded mention are collected once: linear in the number of mentions.
  const place = (s: (typeof all)[number]) => `${s.attributes.level ?? ''}|${s.attributes.location ?? ''}`;
  const gradedPlaces = new Set(all.filter((o) => o.attributes.severity !== undefined).map(place));
  const stenosis = all.filter((s) => s.attributes.severity !== undefined || !gradedPlaces.has(place(s)));
  const severities = stenosis.map((s) => (s.attributes.severity === undefined ? -1 : SEVERITY_ORDER.indexOf(s.attributes.severity)));
  if (severities.some((i) => i < 0 || i >= SIGNIFICANT)) return undefined;
  if (stenosis.length === 0 && negated(ctx, 'stenosis').length === 0) return undefined;

  const grades = slips(ctx).map((f) => estimateSlip(f.attributes, ctx.options.endplateWidthMm).grade ?? (f.attributes.lowGrade ? 2 : null));
  if (grades.some((g) => g === null || g >= HIGH_GRADE)) return undefined;
  if (grades.length === 0 && negated(ctx, 'listhesis').length === 0) return undefined;

  const worst = Math.max(...severities);
  return [
    stenosis.length === 0 ? 'no stenosis' : `stenosis no worse than ${SEVERITY_ORDER[worst]}`,
    grades.length === 0 ? 'no slip' : `a grade ${Math.max(...(grades as number[]))} slip`,
  ];
}

const EVIDENCE =
  'for chronic low back pain without significant stenosis or a high-grade slip, an intensive rehabilitation program can be as effective as fusion.';

export const rehabEquivalence = defineRule({
  id: 'rehab-equivalence',
  title: 'Intensive rehabilitation as an alternative to fusion',
  description: 'Fusion considered without significant stenosis or a high-grade slip: intensive rehabilitation can be as effective.',
  defaultSeverity: 'information',
  citations: [2, 3],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const plan = fusionConsidered(ctx)[0];
    if (!plan) return [];
    const why = withoutSignificantDisease(ctx);
    if (!why) return [];
    return [
      {
        range: plan.range,
        // Where the plan stands, as the note says it ("recommended", "scheduled", "a referral to discuss …").
        message: `${capitalize(plan.attributes.status ? describePlanStanding(plan) : `${describePlan(plan.attributes)} considered`)}, with ${listJoin(why)}: ${EVIDENCE}`,
        related: [evidence(plan, ctx.options.endplateWidthMm)],
      },
    ];
  },
  hover(f, ctx) {
    return f.kind === 'surgicalPlan' && fusionConsidered(ctx).includes(f) && withoutSignificantDisease(ctx)
      ? { text: capitalize(EVIDENCE), citations: [2, 3] }
      : undefined;
  },
});
