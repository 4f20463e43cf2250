import * as assert from 'assert';
import { allCriteriaMetNote, diagnosticsOf, fusion, grade1Note, mark, NoteBuilder, slip } from './noteBuilder';
import { hoverMarkdown } from '../../server/src/engine/review/hover';
import { reviewNote } from '../../server/src/engine/review/reviewNote';

const spondylosis = (level: string, severity?: 'mild' | 'moderate' | 'severe', assertion: 'present' | 'absent' = 'present') =>
  mark('spondylosis', { level, ...(severity ? { severity } : {}) }, { assertion, span: `${level} degenerative change` });

describe('rule imaging-correlation-caveat', () => {
  const ID = 'imaging-correlation-caveat';
  it('fires as a hint on mild degenerative change away from the slip', () => {
    const review = grade1Note()
      .line('Mild L3-L4 degenerative change; mild L4-L5 degenerative change.', spondylosis('L3-L4', 'mild'), spondylosis('L4-L5', 'mild'))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'hint');
    assert.deepStrictEqual(d.citations, [2, 3]);
    assert.match(d.message, /^Mild degenerative change at L3-4 and L4-5, away from the L5-S1 pathology: imaging changes often match symptoms poorly/);
  });

  it('stays silent for change at the slip level, moderate or severe change, or no slip', () => {
    const same = grade1Note().line('L5-S1 degenerative change.', spondylosis('L5-S1', 'mild')).review();
    assert.deepStrictEqual(diagnosticsOf(same, ID), []);
    const severe = grade1Note().line('Severe L4-L5 degenerative change.', spondylosis('L4-L5', 'severe')).review();
    assert.deepStrictEqual(diagnosticsOf(severe, ID), []);
    const noSlip = new NoteBuilder().line('Mild L4-L5 degenerative change.', spondylosis('L4-L5', 'mild')).review();
    assert.deepStrictEqual(diagnosticsOf(noSlip, ID), []);
    const negated = grade1Note().line('No L4-L5 degenerative change.', spondylosis('L4-L5', 'mild', 'absent')).review();
    assert.deepStrictEqual(diagnosticsOf(negated, ID), []);
  });
});

describe('rule decompression-alone', () => {
  const ID = 'decompression-alone';
  const stenosis = mark('stenosis', { location: 'central', level: 'L5-S1', severity: 'moderate' }, { span: 'moderate central stenosis' });
  const laminectomy = (level = 'L5-S1', assertion: 'present' | 'absent' | 'historical' = 'present') =>
    fusion({ procedure: 'decompressionAlone', technique: undefined, level }, { assertion, span: 'laminectomy' });

  it('fires on decompression alone planned for stenosis with spondylolisthesis', () => {
    const review = grade1Note().line('There is moderate central stenosis.', stenosis).section('plan').line('Plan laminectomy.', laminectomy()).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'warning');
    assert.deepStrictEqual(d.citations, [6]);
    assert.strictEqual(d.range.start.line, 4);
    assert.match(d.message, /^L5-S1 decompression without fusion recommended, with grade 1 anterolisthesis L5-S1 \(3 mm\) and moderate central canal stenosis at L5-S1: .*decompression with fusion gives better outcomes.*93 %/);
  });

  it('stays silent for decompression at another level, without stenosis, or when not planned', () => {
    const other = grade1Note().line('There is moderate central stenosis.', stenosis).section('plan').line('Plan laminectomy.', laminectomy('L3-L4')).review();
    assert.deepStrictEqual(diagnosticsOf(other, ID), []);
    const noStenosis = grade1Note().section('plan').line('Plan laminectomy.', laminectomy()).review();
    assert.deepStrictEqual(diagnosticsOf(noStenosis, ID), []);
    for (const a of ['absent', 'historical'] as const) {
      const review = grade1Note().line('There is moderate central stenosis.', stenosis).section('plan').line('Plan laminectomy.', laminectomy('L5-S1', a)).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], a);
    }
    const withFusion = grade1Note().line('There is moderate central stenosis.', stenosis).section('plan').line('Plan decompression and fusion.', fusion({ procedure: 'decompressionAndFusion' })).review();
    assert.deepStrictEqual(diagnosticsOf(withFusion, ID), []);
  });
});

describe('rule instrumentation', () => {
  it('adds technique and instrumentation guidance to the hover of a fusion plan, never a diagnostic', () => {
    const review = allCriteriaMetNote()
      .section('findings')
      .line('Mild left foraminal stenosis at L5-S1.', mark('stenosis', { location: 'foraminal', severity: 'mild', side: 'left', level: 'L5-S1' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(review, 'instrumentation'), []);
    const plan = review.findings.find((f) => f.kind === 'surgicalPlan')!;
    const md = hoverMarkdown(plan, review);
    assert.match(md, /Pedicle screw instrumentation gives the best biomechanical stability, with fusion rates up to 95 %/);
    assert.match(md, /TLIF is an appropriate technique/);
    assert.match(md, /documented instability/);
    assert.match(md, /Guideline ref 1/);
  });

  it('keeps the TLIF advice for an L5-S1 slip with foraminal stenosis: not on an L4-5 fusion, not without the stenosis', () => {
    const l45 = reviewNote('IMAGING: Grade 1 anterolisthesis of L4 on L5 with moderate central canal stenosis at L4-5. Mild foraminal stenosis at L5-S1.\nPLAN: L4-5 decompression and posterolateral fusion with pedicle screws is recommended.');
    const plan = l45.findings.find((f) => f.kind === 'surgicalPlan')!;
    const md = hoverMarkdown(plan, l45);
    assert.match(md, /\*\*Decompression and posterolateral fusion with pedicle screws · L4-5 · present\*\*/);
    assert.match(md, /Pedicle screw instrumentation/);
    assert.doesNotMatch(md, /TLIF/);
    const noStenosis = reviewNote('IMAGING: Grade 1 anterolisthesis of L5 on S1.\nPLAN: L5-S1 TLIF with pedicle screws is recommended.');
    assert.doesNotMatch(hoverMarkdown(noStenosis.findings.find((f) => f.kind === 'surgicalPlan')!, noStenosis), /TLIF is an appropriate technique/);
  });
});

describe('rule complication-rates', () => {
  const ID = 'complication-rates';
  it('fires on a fusion plan without a documented risk discussion', () => {
    const review = grade1Note().section('plan').line('Plan L5-S1 TLIF.', fusion({}, { span: 'L5-S1 TLIF' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.deepStrictEqual(d.citations, [1]);
    assert.match(d.message, /31-40 %/);
  });

  it('stays silent once the discussion is documented, and for a fusion that is not planned', () => {
    assert.deepStrictEqual(diagnosticsOf(allCriteriaMetNote().review(), ID), []);
    const negated = grade1Note().section('plan').line('No fusion.', fusion({}, { assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(negated, ID), []);
  });
});

describe('rule rehab-equivalence', () => {
  const ID = 'rehab-equivalence';
  it('fires when fusion is considered with mild stenosis and a grade 1 slip', () => {
    const review = grade1Note()
      .line('Mild foraminal stenosis.', mark('stenosis', { location: 'foraminal', severity: 'mild', level: 'L5-S1' }))
      .section('plan')
      .line('Plan L5-S1 TLIF.', fusion({}, { span: 'L5-S1 TLIF' }))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.deepStrictEqual(d.citations, [2, 3]);
    assert.match(d.message, /^L5-S1 TLIF [a-z ]+, with stenosis no worse than mild and a grade 1 slip: .*intensive rehabilitation program can be as effective as fusion/);
  });

  it('stays silent with significant stenosis, a high-grade slip, or stenosis of unknown severity', () => {
    const moderate = grade1Note().line('Moderate stenosis.', mark('stenosis', { severity: 'moderate' })).section('plan').line('TLIF.', fusion()).review();
    assert.deepStrictEqual(diagnosticsOf(moderate, ID), []);
    const unknown = grade1Note().line('Foraminal narrowing.', mark('stenosis', { location: 'foraminal' })).section('plan').line('TLIF.', fusion()).review();
    assert.deepStrictEqual(diagnosticsOf(unknown, ID), []);
    const high = new NoteBuilder().line('Grade 3 spondylolisthesis.', slip({ grade: 3, mm: undefined })).section('plan').line('TLIF.', fusion()).review();
    assert.deepStrictEqual(diagnosticsOf(high, ID), []);
  });
});

describe('rule rehab-equivalence: imaging must be described', () => {
  it('stays silent for a plan with no imaging in the note, fires with explicit negatives', () => {
    const bare = new NoteBuilder().section('plan').line('L5-S1 TLIF.', fusion()).review();
    assert.deepStrictEqual(diagnosticsOf(bare, 'rehab-equivalence'), []);
    const negatives = new NoteBuilder()
      .line('No spondylolisthesis. No stenosis.', slip({}, { assertion: 'absent', span: 'No spondylolisthesis.' }), mark('stenosis', {}, { assertion: 'absent', span: 'No stenosis.' }))
      .section('plan')
      .line('L5-S1 TLIF.', fusion())
      .review();
    assert.match(diagnosticsOf(negatives, 'rehab-equivalence')[0].message, /, with no stenosis and no slip:/);
  });
});
