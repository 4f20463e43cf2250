import * as assert from 'assert';
import { diagnosticsOf, grade1Note, mark, NoteBuilder, slip } from './noteBuilder';
import { reviewNote } from '../../server/src/engine';

describe('rule red-flag-cauda-equina', () => {
  const ID = 'red-flag-cauda-equina';
  it('fires as an error naming every cauda equina symptom', () => {
    const review = grade1Note()
      .section('hpi')
      .line('Reports saddle anesthesia and new urinary retention.', mark('redFlag', { type: 'caudaEquina' }, { span: 'saddle anesthesia' }), mark('redFlag', { type: 'caudaEquina' }, { span: 'new urinary retention' }))
      .review();
    const ds = diagnosticsOf(review, ID);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].severity, 'error');
    assert.deepStrictEqual(ds[0].citations, [3]);
    assert.match(ds[0].message, /Cauda equina symptoms documented: "saddle anesthesia" and "new urinary retention"\. Needs urgent surgical evaluation\./);
    assert.strictEqual(ds[0].related.length, 2);
  });

  it('stays silent when denied, possible, in the family or in the past', () => {
    for (const assertion of ['absent', 'possible', 'family', 'historical', 'hypothetical'] as const) {
      const review = new NoteBuilder().line('Denies saddle anesthesia.', mark('redFlag', { type: 'caudaEquina' }, { assertion })).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], assertion);
    }
  });
});

describe('rule red-flag-progressive-deficit', () => {
  const ID = 'red-flag-progressive-deficit';
  it('fires as an error', () => {
    const review = new NoteBuilder().line('Worsening left foot drop over two weeks.', mark('redFlag', { type: 'progressiveDeficit' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'error');
    assert.match(d.message, /^Progressive neurological deficit documented: "Worsening left foot drop over two weeks\."\. Needs urgent surgical evaluation\./);
  });

  it('stays silent when negated', () => {
    const review = new NoteBuilder().line('No new weakness.', mark('redFlag', { type: 'progressiveDeficit' }, { assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });
});

describe('rule red-flag-slip-progression', () => {
  const ID = 'red-flag-slip-progression';
  it('fires on a slip reported as progressed since the prior study', () => {
    const review = new NoteBuilder().line('Grade 1 anterolisthesis L5-S1, increased since the prior study.', slip({ change: 'progressed', mm: 6 })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'warning');
    assert.deepStrictEqual(d.citations, [5]);
    assert.match(d.message, /Refer for surgical consultation/);
    assert.doesNotMatch(d.message, /supine MRI|isthmic/, 'a slip without a stated type or a second modality gets neither caveat');
  });

  it('fires on a slip-progression red flag', () => {
    const review = new NoteBuilder().line('Slip has progressed.', mark('redFlag', { type: 'slipProgression' })).review();
    assert.strictEqual(diagnosticsOf(review, ID).length, 1);
  });

  it('stays silent for a stable slip, or a progressed slip that is negated', () => {
    const stable = new NoteBuilder().line('Stable grade 1 anterolisthesis.', slip({ change: 'stable' })).review();
    assert.deepStrictEqual(diagnosticsOf(stable, ID), []);
    const negated = new NoteBuilder().line('No progression of the slip.', mark('redFlag', { type: 'slipProgression' }, { assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(negated, ID), []);
  });
});

describe('red flags: the case and the diagnostics read one definition (case/redFlags.ts)', () => {
  const read = (sentence: string) => {
    const review = reviewNote(`LUMBAR SPINE RADIOGRAPHS\nFINDINGS: ${sentence}\n`);
    return { case: review.case.redFlags, fires: review.diagnostics.some((d) => d.code === 'red-flag-slip-progression') };
  };
  it('a slip measured larger than on the prior study is slip progression in both', () => {
    assert.deepStrictEqual(read('Anterolisthesis of L4 on L5 measures 7 mm, previously 3 mm.'), { case: ['slipProgression'], fires: true });
  });
  it('what the note says of the progression wins over the slip\'s own reading, in both', () => {
    assert.deepStrictEqual(read('The L5-S1 spondylolisthesis has not progressed since the 2022 radiographs.'), { case: [], fires: false });
    assert.deepStrictEqual(read('Anterolisthesis of L4 on L5 measures 5 mm, previously 4 mm; this may represent slight progression or positioning.'), { case: [], fires: false });
  });
});
