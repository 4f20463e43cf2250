import * as assert from 'assert';
import { RULES } from '../../server/src/engine/rules';
import { reviewNote } from '../../server/src/engine/review/reviewNote';
import { allCriteriaMetNote, diagnosticsOf, fusion, grade1Note, mark, therapy } from '../rules/noteBuilder';

const busyNote = () =>
  grade1Note()
    .section('hpi')
    .line('Smokes daily. PT for 6 weeks.', mark('riskFactor', { type: 'smoking' }, { span: 'Smokes daily.' }), therapy({ durationDays: 42, status: 'ongoing' }, { span: 'PT for 6 weeks.' }))
    .section('plan')
    .line('L5-S1 TLIF.', fusion());

describe('reviewNote / reviewAnalysis', () => {
  it('produces diagnostics in the CLI contract shape, sorted by position', () => {
    const review = busyNote().review();
    assert.ok(review.diagnostics.length > 3);
    for (const d of review.diagnostics) {
      assert.deepStrictEqual(Object.keys(d).filter((k) => k !== 'query').sort(), ['citations', 'code', 'docPath', 'message', 'range', 'related', 'severity']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(d.citations.length > 0);
      assert.strictEqual(d.docPath, `docs/rules/${d.code}.md`);
    }
    const positions = review.diagnostics.map((d) => d.range.start.line * 1000 + d.range.start.character);
    assert.deepStrictEqual(positions, [...positions].sort((a, b) => a - b));
  });

  it('applies severity overrides and disabled rules', () => {
    const review = busyNote().review({ rules: { smoking: 'hint', 'conservative-first': 'off', 'surgical-criteria': { enabled: false } } });
    assert.strictEqual(diagnosticsOf(review, 'smoking')[0].severity, 'hint');
    assert.deepStrictEqual(diagnosticsOf(review, 'conservative-first'), []);
    assert.deepStrictEqual(diagnosticsOf(review, 'surgical-criteria'), []);
  });

  it('a rule that throws costs only its own diagnostics', () => {
    const rule = RULES.find((r) => r.id === 'smoking')!;
    const original = rule.check;
    (rule as { check: typeof original }).check = () => {
      throw new Error('boom');
    };
    try {
      const review = busyNote().review();
      assert.deepStrictEqual(diagnosticsOf(review, 'smoking'), []);
      assert.ok(diagnosticsOf(review, 'conservative-first').length === 1);
      assert.ok(review.warnings.some((w) => w.includes('"smoking"')));
    } finally {
      (rule as { check: typeof original }).check = original;
    }
  });

  it('reports no surgical-criteria diagnostic when all four criteria are met', () => {
    const review = allCriteriaMetNote().review();
    assert.deepStrictEqual(diagnosticsOf(review, 'surgical-criteria'), []);
    assert.deepStrictEqual(diagnosticsOf(review, 'conservative-first'), []);
    assert.deepStrictEqual(review.summary.criteria.map((c) => c.state), ['met', 'met', 'met', 'met']);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\u0000\u0001', 'x'.repeat(10000), 'Grade 9 anterolisthesis of L5 on S1 (-3 mm).', '\n\n\n']) {
      assert.doesNotThrow(() => reviewNote(text));
    }
  });
});
