import * as assert from 'assert';
import { reviewNote } from '../../server/src/engine/review/reviewNote';

/**
 * Whether surgery is planned, and which mention is the plan, is decided once (case/surgery.ts):
 * the case's surgeryPlanned and the rules' plan anchor never disagree.
 */

const NOTE = (plan: string) =>
  [
    'IMPRESSION: Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.',
    'HISTORY OF PRESENT ILLNESS: Physical therapy for 6 weeks with partial relief.',
    `PLAN: ${plan}`,
  ].join('\n');

const planDiagnostics = (text: string) => reviewNote(text).diagnostics.filter((d) => d.code === 'surgical-criteria' || d.code === 'complication-rates');

describe('surgery planned: one decision for the case and the rules', () => {
  it('a conditional mention is a discussion: no plan in the case, no fusion-plan diagnostics', () => {
    const text = NOTE('If symptoms persist, consider L5-S1 TLIF.');
    const review = reviewNote(text);
    assert.strictEqual(review.case.surgeryPlanned, false);
    assert.strictEqual(review.case.surgeryDiscussed, true);
    assert.deepStrictEqual(planDiagnostics(text), []);
  });

  it('"I would favor" and "we would recommend" are recommendations, not conditions', () => {
    for (const plan of ['I would favor an L5-S1 TLIF with pedicle screw fixation.', 'We would recommend L5-S1 TLIF.']) {
      const review = reviewNote(NOTE(plan));
      assert.strictEqual(review.case.surgeryPlanned, true, plan);
      assert.ok(planDiagnostics(NOTE(plan)).length > 0, plan);
    }
  });

  it('anchors the plan diagnostics on a mention the case counts as planned', () => {
    const text = NOTE('If symptoms persist, we could discuss an L4-5 fusion later. Schedule L5-S1 TLIF now.');
    const review = reviewNote(text);
    const plan = review.findings.find((f) => f.kind === 'surgicalPlan' && f.text.includes('TLIF'))!;
    assert.strictEqual(review.case.surgeryPlanned, true);
    const ds = planDiagnostics(text);
    assert.ok(ds.length > 0);
    assert.ok(ds.every((d) => d.range.start.line === plan.range.start.line && d.range.start.character === plan.range.start.character));
  });
});
