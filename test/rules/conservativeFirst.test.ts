import * as assert from 'assert';
import { diagnosticsOf, fusion, grade1Note, mark, slip, therapy, NoteBuilder } from './noteBuilder';

const ID = 'conservative-first';

describe(`rule ${ID}`, () => {
  it('fires as information on the slip when conservative care is short and no surgery is planned', () => {
    const review = grade1Note()
      .section('hpi')
      .line('Physical therapy for 6 weeks, ongoing.', therapy({ durationDays: 42, status: 'ongoing' }))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.ok(d, 'expected a diagnostic');
    assert.strictEqual(d.severity, 'information');
    assert.strictEqual(d.range.start.line, 1, 'on the slip');
    assert.match(d.message, /^Grade 1 anterolisthesis L5-S1 \(3 mm\); conservative care so far: 6 weeks of the 3-month minimum\./);
    assert.deepStrictEqual(d.citations, [1, 2]);
    assert.strictEqual(d.docPath, 'docs/rules/conservative-first.md');
    assert.strictEqual(d.related.length, 2, 'slip and therapy as evidence');
  });

  it('fires as a warning on the plan when fusion is planned', () => {
    const review = grade1Note().section('plan').line('Plan: L5-S1 TLIF.', fusion({}, { span: 'L5-S1 TLIF' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(d.range.start.line, 3);
    assert.match(d.message, /L5-S1 TLIF recommended\. Grade 1 anterolisthesis L5-S1 \(3 mm\); conservative care so far: none documented \(3-month minimum\)/);
    assert.match(d.message, /before surgery/);
  });

  it('carries a therapy-duration query when care has no duration', () => {
    const review = grade1Note().section('hpi').line('Has been doing physical therapy.', therapy({ status: 'ongoing' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.match(d.message, /physical therapy, duration not stated/);
    assert.match(d.query ?? '', /Line 4: "Has been doing physical therapy\."/);
  });

  it('does not count a remote course told as history (not this episode of care)', () => {
    const review = grade1Note()
      .section('pastHistory')
      .line('Treated with 4 months of physical therapy as a teenager.', therapy({ durationDays: 120, status: 'completed' }, { assertion: 'historical' }))
      .review();
    assert.strictEqual(diagnosticsOf(review, ID).length, 1);
  });

  it('counts completed therapy of this episode, told in the past tense', () => {
    const review = grade1Note().line('Completed 4 months of physical therapy.', therapy({ durationDays: 120, status: 'completed' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });

  it('counts 12 weeks of therapy as the 3-month minimum', () => {
    const review = grade1Note().line('PT x 12 weeks.', therapy({ durationDays: 84, status: 'completed' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });

  it('uses the strict preset (6 months)', () => {
    const note = () => grade1Note().line('PT x 4 months.', therapy({ durationDays: 120, status: 'completed' }));
    assert.strictEqual(diagnosticsOf(note().review(), ID).length, 0);
    const [d] = diagnosticsOf(note().review({ preset: 'strict' }), ID);
    assert.match(d.message, /4 months of the 6-month minimum/);
  });

  it('stays silent when the slip is negated, possible or a family history', () => {
    for (const assertion of ['absent', 'possible', 'family'] as const) {
      const review = new NoteBuilder().line('No anterolisthesis.', slip({}, { assertion })).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], assertion);
    }
  });

  it('stays silent when the slip may be beyond grade 1', () => {
    const g2 = new NoteBuilder().line('Grade 2 anterolisthesis L5-S1.', slip({ grade: 2, mm: undefined })).review();
    assert.deepStrictEqual(diagnosticsOf(g2, ID), []);
    const borderline = new NoteBuilder().line('Anterolisthesis L5-S1 of 9 mm.', slip({ grade: undefined, mm: 9 })).review();
    assert.deepStrictEqual(diagnosticsOf(borderline, ID), [], '9 mm may be grade 2 for a small endplate');
    const retro = new NoteBuilder().line('Grade 1 retrolisthesis L4 on L5.', slip({ direction: 'posterior', upper: 'L4', lower: 'L5' })).review();
    assert.deepStrictEqual(diagnosticsOf(retro, ID), []);
  });

  it('fires for a slip within grade 1 by millimetres alone, saying the grade is approximate', () => {
    const review = new NoteBuilder().line('Anterolisthesis L5 on S1 of 4 mm.', slip({ grade: undefined, mm: 4 })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.match(d.message, /^Anterolisthesis L5-S1 \(4 mm, approximately grade 1\)/);
  });

  it('stays silent with a red flag (urgent evaluation comes first)', () => {
    const review = grade1Note().line('New urinary retention.', mark('redFlag', { type: 'caudaEquina' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });

  it('treats planned PT as not yet received', () => {
    const review = grade1Note().section('plan').line('Start physical therapy.', therapy({ status: 'planned' }, { assertion: 'hypothetical' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.match(d.message, /conservative care so far: none yet, physical therapy planned \(3-month minimum\)/);
    assert.match(review.summary.line, /comes first — physical therapy planned \(0 of 12 weeks\)$/);
  });
});

describe(`rule ${ID}: surgery only discussed`, () => {
  it('stays information on the slip and names the discussion', () => {
    const review = grade1Note()
      .section('plan')
      .line('May be a candidate for L5-S1 TLIF in the future.', fusion({}, { assertion: 'possible', span: 'L5-S1 TLIF' }))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.strictEqual(d.range.start.line, 1);
    assert.match(d.message, /^L5-S1 TLIF under consideration\. Grade 1 anterolisthesis L5-S1 \(3 mm\)/);
  });
});
