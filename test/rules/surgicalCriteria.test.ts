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
    assert.match(ds[0].message, /criterion \(a\) not met: .*Found: 6 of 12 weeks of conservative care documented \(physical therapy 6 weeks\)\./);
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

  it('treats care that helps as criterion (a) not met, and care that failed as met even beside a course that helped', () => {
    const helping = grade1Note()
      .section('hpi')
      .line('PT for 4 months helped a lot.', therapy({ durationDays: 120, status: 'completed', response: 'good' }))
      .section('plan')
      .line('Recommend L5-S1 TLIF.', fusion({}, { span: 'L5-S1 TLIF' }))
      .review();
    assert.match(diagnosticsOf(helping, ID)[0].message, /\(a\) not met: .*Found: conservative care is helping/);
    // The fixture convention (test/fixtures/README.md): a none or partial response after the minimum is failed care.
    const mixed = allCriteriaMetNote().line('Second PT course for 3 months helped a lot.', therapy({ durationDays: 90, status: 'completed', response: 'good' })).review();
    assert.deepStrictEqual(diagnosticsOf(mixed, ID), []);
  });

  it('counts only the current episode: a remote course that helped does not make the response mixed', () => {
    const review = allCriteriaMetNote().line('PT in 2012 helped.', therapy({ durationDays: 28, status: 'completed', response: 'good' }, { assertion: 'historical' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
    assert.strictEqual(review.case.surgicalCriteria.failedConservativeCare, true);
  });

  it('gives the case and the diagnostics the same state for every criterion', () => {
    const review = grade1Note()
      .section('hpi')
      .line('Ibuprofen, duration not stated.', therapy({ modality: 'medication', drug: 'ibuprofen' }))
      .line('He denies functional limitation.', mark('functionalImpairment', {}, { assertion: 'absent', span: 'functional limitation' }))
      .section('plan')
      .line('Recommend L5-S1 TLIF.', fusion({}, { span: 'L5-S1 TLIF' }))
      .review();
    const value = { met: true, 'not met': false, 'not documented': null };
    const states = review.summary.criteria.map((c) => value[c.state]);
    assert.deepStrictEqual(states, [false, false, null, null]);
    assert.deepStrictEqual(Object.values(review.case.surgicalCriteria), states);
    const ds = diagnosticsOf(review, ID);
    assert.match(ds[0].message, /\(a\) not met: .*medication documented without a duration/);
    assert.ok(ds[0].query, 'a missing duration is still asked for');
    assert.match(ds[1].message, /\(b\) not met: .*the note states "functional limitation"/);
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
