import * as assert from 'assert';
import { diagnosticsOf, NoteBuilder, slip } from './noteBuilder';

const ID = 'grade-consistency';

describe(`rule ${ID}`, () => {
  it('fires when the grade disagrees with the millimetres for any plausible endplate', () => {
    const review = new NoteBuilder().line('Grade 2 anterolisthesis of L5 on S1 measuring 3 mm.', slip({ grade: 2, mm: 3 })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'warning');
    assert.deepStrictEqual(d.citations, ['Meyerding']);
    assert.match(d.message, /^Grade 2 anterolisthesis L5-S1 \(3 mm\): 3 mm is about 8 % of a typical 35.7 mm endplate \(7-10 % for any plausible width\), which is grade 1, not grade 2/);
    assert.match(d.query ?? '', /Grade 1 \(less than 25 % of the endplate\)/);
    assert.match(d.query ?? '', /Grade 2 \(25-50 % of the endplate\)/);
    assert.match(d.query ?? '', /Other \(please specify\)/);
    assert.match(d.query ?? '', /Unable to determine/);
  });

  it('fires when the grade disagrees with the percent', () => {
    const review = new NoteBuilder().line('Grade 1 spondylolisthesis, 40 % slip.', slip({ grade: 1, mm: undefined, percent: 40 })).review();
    assert.match(diagnosticsOf(review, ID)[0].message, /a 40 % slip is Meyerding grade 2, not grade 1/);
  });

  it('fires when two statements give different grades for the same slip', () => {
    const review = new NoteBuilder()
      .section('findings')
      .line('Grade 1 anterolisthesis L5-S1.', slip({ mm: undefined }))
      .section('impression')
      .line('Grade 2 anterolisthesis L5-S1.', slip({ grade: 2, mm: undefined }))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.match(d.message, /grade 1 \(line 2\) and grade 2 \(line 4\) are both stated/);
    assert.strictEqual(d.related.length, 2);
  });

  it('stays silent when a plausible endplate width reconciles grade and millimetres', () => {
    for (const [grade, mm] of [[1, 3], [1, 9], [2, 8], [2, 12]]) {
      const review = new NoteBuilder().line('Anterolisthesis.', slip({ grade, mm })).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], `grade ${grade}, ${mm} mm`);
    }
  });

  it('does not compare measurements made on different modalities, or a prior study, or a progressed slip', () => {
    const modalities = new NoteBuilder()
      .line('Radiographs: grade 2 anterolisthesis L5-S1.', slip({ grade: 2, mm: undefined, modality: 'radiograph' }))
      .line('MRI: grade 1 anterolisthesis L5-S1.', slip({ grade: 1, mm: undefined, modality: 'MRI' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(modalities, ID), []);
    const prior = new NoteBuilder()
      .section('comparison')
      .line('Prior: grade 1 anterolisthesis L5-S1.', slip({ mm: undefined }))
      .section('findings')
      .line('Grade 2 anterolisthesis L5-S1.', slip({ grade: 2, mm: undefined }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(prior, ID), []);
    const progressed = new NoteBuilder()
      .line('Grade 1 anterolisthesis L5-S1 previously.', slip({ mm: undefined }))
      .line('Now grade 2, progressed.', slip({ grade: 2, mm: undefined, change: 'progressed' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(progressed, ID), []);
  });

  it('stays silent for a negated slip', () => {
    const review = new NoteBuilder().line('No grade 2 slip of 3 mm.', slip({ grade: 2, mm: 3 }, { assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });
});
