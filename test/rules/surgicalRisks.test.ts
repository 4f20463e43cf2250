import * as assert from 'assert';
import { diagnosticsOf, fusion, grade1Note, mark, NoteBuilder } from './noteBuilder';

const smoker = (assertion: 'present' | 'absent' | 'historical' | 'family' = 'present') => mark('riskFactor', { type: 'smoking' }, { assertion, span: 'smokes 1 pack per day' });
const depressed = (assertion: 'present' | 'absent' | 'historical' | 'family' = 'present') => mark('riskFactor', { type: 'depression' }, { assertion, span: 'depression' });
const planned = () => fusion({}, { span: 'L5-S1 TLIF' });

describe('rule smoking', () => {
  const ID = 'smoking';
  it('fires on a current smoker with fusion planned', () => {
    const review = grade1Note().section('socialHistory').line('He smokes 1 pack per day.', smoker()).section('plan').line('Plan L5-S1 TLIF.', planned()).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'warning');
    assert.deepStrictEqual(d.citations, [2]);
    assert.strictEqual(d.range.start.line, 3, 'on the smoking statement');
    assert.match(d.message, /^Current smoker \("smokes 1 pack per day", line 4\) with L5-S1 TLIF recommended: address smoking \(cessation\) before surgery/);
    assert.strictEqual(d.related.length, 2);
  });

  it('fires when surgery is only being considered', () => {
    const review = grade1Note()
      .line('He smokes 1 pack per day.', smoker())
      .section('plan')
      .line('May be a candidate for L5-S1 TLIF.', fusion({}, { assertion: 'possible', span: 'L5-S1 TLIF' }))
      .review();
    assert.match(diagnosticsOf(review, ID)[0].message, /under consideration/);
  });

  it('stays silent for a former smoker, a non-smoker, a smoking relative, or no surgery', () => {
    for (const a of ['absent', 'historical', 'family'] as const) {
      const review = grade1Note().line('He smokes 1 pack per day.', smoker(a)).section('plan').line('Plan L5-S1 TLIF.', planned()).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], a);
    }
    const noSurgery = new NoteBuilder().line('He smokes 1 pack per day.', smoker()).review();
    assert.deepStrictEqual(diagnosticsOf(noSurgery, ID), []);
  });
});

describe('rule depression', () => {
  const ID = 'depression';
  it('fires on depression with fusion planned', () => {
    const review = grade1Note().line('Active depression.', depressed()).section('plan').line('Plan L5-S1 TLIF.', planned()).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'warning');
    assert.match(d.message, /^Depression \("depression", line 3\) with L5-S1 TLIF recommended: make sure it is treated before surgery/);
  });

  it('fires on chronic pain syndrome too', () => {
    const review = grade1Note()
      .line('Chronic pain syndrome.', mark('riskFactor', { type: 'chronicPainSyndrome' }))
      .section('plan')
      .line('Plan L5-S1 TLIF.', planned())
      .review();
    assert.match(diagnosticsOf(review, ID)[0].message, /^Chronic pain syndrome/);
  });

  it('stays silent for family history of depression or denied depression', () => {
    for (const a of ['absent', 'family'] as const) {
      const review = grade1Note().line('Mother has depression.', depressed(a)).section('plan').line('Plan L5-S1 TLIF.', planned()).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], a);
    }
  });
});

describe('rule expectations', () => {
  const ID = 'expectations';
  it('fires when the patient expects complete pain relief', () => {
    const review = new NoteBuilder().line('She wants to be completely pain free.', mark('riskFactor', { type: 'unrealisticExpectations' }, { span: 'wants to be completely pain free' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.deepStrictEqual(d.citations, [2]);
    assert.match(d.message, /^Expectation of complete pain relief documented \("wants to be completely pain free", line 1\): discuss realistic goals/);
  });

  it('stays silent when negated', () => {
    const review = new NoteBuilder().line('Understands she may not be pain free.', mark('riskFactor', { type: 'unrealisticExpectations' }, { assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });
});
