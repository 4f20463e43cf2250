import * as assert from 'assert';
import { allCriteriaMetNote, diagnosticsOf, fusion, grade1Note, mark, therapy } from './noteBuilder';

const ID = 'surgical-criteria';

describe(`rule ${ID}`, () => {
  it('stays silent when all four criteria are met', () => {
    assert.deepStrictEqual(diagnosticsOf(allCriteriaMetNote().review(), ID), []);
  });

  it('reports each criterion not met or not documented, on the fusion plan', () => {
    const review = grade1Note()
      .section('hpi')
      .line('PT for 6 weeks with partial relief.', therapy({ durationDays: 42, status: 'completed', response: 'partial' }))
      .section('plan')
      .line('Recommend L5-S1 TLIF.', fusion({}, { span: 'L5-S1 TLIF' }))
      .review();
    const ds = diagnosticsOf(review, ID);
    assert.strictEqual(ds.length, 4);
    assert.ok(ds.every((d) => d.range.start.line === 5 && d.severity === 'warning'));
    assert.match(ds[0].message, /criterion \(a\) not met: .*6 weeks of the 3-month minimum/);
    assert.match(ds[1].message, /criterion \(b\) not documented/);
    assert.match(ds[2].message, /criterion \(c\) not documented: symptoms correlate with the L5-S1 imaging findings/);
    assert.match(ds[3].message, /criterion \(d\) not documented/);
    assert.ok(ds.slice(1).every((d) => d.query), 'documentation gaps carry a query');
  });

  it('reports criterion (d) not met when the patient prefers non-operative care', () => {
    const review = allCriteriaMetNote().line('He would rather continue therapy than have surgery.', mark('patientPreference', { preference: 'nonoperative' })).review();
    const ds = diagnosticsOf(review, ID);
    assert.strictEqual(ds.length, 1);
    assert.match(ds[0].message, /\(d\) not met/);
  });

  it('treats good relief from care as criterion (a) not met', () => {
    const review = allCriteriaMetNote().line('Second PT course for 3 months helped a lot.', therapy({ durationDays: 90, status: 'completed', response: 'good' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.match(d.message, /\(a\) (not met|not documented)/);
  });

  it('stays silent when fusion is negated, a family history, or only a past operation', () => {
    for (const assertion of ['absent', 'family', 'historical'] as const) {
      const review = grade1Note().section('plan').line('No fusion.', fusion({}, { assertion })).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], assertion);
    }
  });

  it('stays silent for a decompression-only plan (fusion criteria do not apply)', () => {
    const review = grade1Note().section('plan').line('L4-5 laminectomy.', fusion({ procedure: 'decompressionAlone', technique: undefined, level: 'L4-L5' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });
});
