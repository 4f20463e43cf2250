import * as assert from 'assert';
import { diagnosticsOf, fusion, grade1Note, mark, NoteBuilder, therapy } from './noteBuilder';
import { hoverMarkdown } from '../../server/src/engine/review/hover';

describe('rule neuropathic-trial', () => {
  const ID = 'neuropathic-trial';
  const radicular = (assertion: 'present' | 'absent' | 'possible' | 'family' = 'present') =>
    mark('radicularSymptoms', { side: 'left' }, { assertion, span: 'left leg pain radiating to the foot' });

  it('fires on radicular symptoms with no gabapentin or pregabalin', () => {
    const review = new NoteBuilder().section('hpi').line('Reports left leg pain radiating to the foot.', radicular()).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.deepStrictEqual(d.citations, [1]);
    assert.match(d.message, /^Radicular symptoms \("left leg pain radiating to the foot", line 2\) and no gabapentin or pregabalin documented: consider a trial/);
  });

  it('stays silent when radicular symptoms are negated, possible or familial', () => {
    for (const a of ['absent', 'possible', 'family'] as const) {
      const review = new NoteBuilder().line('Denies left leg pain radiating to the foot.', radicular(a)).review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], a);
    }
  });

  it('stays silent when gabapentin was tried, is taken or is planned', () => {
    for (const [assertion, status] of [['historical', 'completed'], ['present', 'ongoing'], ['hypothetical', 'planned']] as const) {
      const review = new NoteBuilder()
        .line('Reports left leg pain radiating to the foot.', radicular())
        .line('Gabapentin 300 mg.', therapy({ modality: 'medication', drug: 'gabapentin', status }, { assertion }))
        .review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], assertion);
    }
  });

  it('stays silent when gabapentin is listed among allergies', () => {
    const review = new NoteBuilder().line('Reports left leg pain radiating to the foot.', radicular()).section('allergies').line('Gabapentin (rash).').review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });

  it('fires when gabapentin is only negated ("not on gabapentin")', () => {
    const review = new NoteBuilder()
      .line('Reports left leg pain radiating to the foot.', radicular())
      .line('Not on gabapentin.', therapy({ modality: 'medication', drug: 'gabapentin' }, { assertion: 'absent' }))
      .review();
    assert.strictEqual(diagnosticsOf(review, ID).length, 1);
  });
});

describe('rule consider-esi', () => {
  const ID = 'consider-esi';
  const note = () =>
    grade1Note()
      .line(
        'Mild left foraminal stenosis at L5-S1 contacting the exiting left L5 nerve root.',
        mark('stenosis', { location: 'foraminal', level: 'L5-S1', side: 'left', severity: 'mild' }, { span: 'Mild left foraminal stenosis' }),
        mark('nerveRootContact', { root: 'L5', side: 'left', degree: 'contact', level: 'L5-S1' }, { span: 'contacting the exiting left L5 nerve root' }),
      )
      .section('hpi');

  it('fires with foraminal stenosis, root contact and insufficient relief from initial care', () => {
    const review = note().line('PT for 8 weeks with partial relief.', therapy({ durationDays: 56, status: 'completed', response: 'partial' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.deepStrictEqual(d.citations, [1, 3]);
    assert.match(d.message, /^Mild left foraminal stenosis at L5-S1 and left L5 nerve root contact at L5-S1, with insufficient relief from physical therapy \(8 weeks, completed, partial or short-lived relief\): consider an epidural steroid injection\./);
  });

  it('stays silent before initial care has been tried or when it helps', () => {
    assert.deepStrictEqual(diagnosticsOf(note().review(), ID), []);
    const helped = note().line('PT for 8 weeks with good relief.', therapy({ durationDays: 56, status: 'completed', response: 'good' })).review();
    assert.deepStrictEqual(diagnosticsOf(helped, ID), []);
  });

  it('stays silent when an injection was done or is planned', () => {
    for (const [assertion, status] of [['historical', 'completed'], ['hypothetical', 'planned']] as const) {
      const review = note()
        .line('PT for 8 weeks with partial relief.', therapy({ durationDays: 56, status: 'completed', response: 'partial' }))
        .line('Epidural steroid injection.', therapy({ modality: 'injection', status }, { assertion }))
        .review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], assertion);
    }
  });

  it('stays silent when the nerve-root contact is negated', () => {
    const review = grade1Note()
      .line('Mild left foraminal stenosis without nerve root contact.', mark('stenosis', { location: 'foraminal', level: 'L5-S1', severity: 'mild' }, { span: 'Mild left foraminal stenosis' }), mark('nerveRootContact', { level: 'L5-S1' }, { assertion: 'absent', span: 'nerve root contact' }))
      .line('PT for 8 weeks with partial relief.', therapy({ durationDays: 56, status: 'completed', response: 'partial' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });
});

describe('rule pt-program', () => {
  it('never reports a diagnostic, and describes the program in the hover of documented or recommended PT', () => {
    const review = grade1Note()
      .section('plan')
      .line('Start physical therapy.', therapy({ status: 'planned' }, { assertion: 'hypothetical' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(review, 'pt-program'), []);
    const md = hoverMarkdown(review.findings[1], review);
    assert.match(md, /core strengthening for lumbar stabilization/);
    assert.match(md, /restricted/);
    assert.match(md, /functional restoration/);
    assert.match(md, /gradual return to activities/);
    assert.match(md, /Guideline refs 1, 2, 3/);
  });

  it('leaves PT that is negated out of the guidance', () => {
    const review = new NoteBuilder().line('Has not done physical therapy.', therapy({}, { assertion: 'absent' })).review();
    const md = hoverMarkdown(review.findings[0], review);
    assert.doesNotMatch(md, /core strengthening/);
    assert.match(md, /negated/);
  });

  it('can be turned off', () => {
    const review = new NoteBuilder().line('PT ongoing.', therapy({ status: 'ongoing' })).review({ rules: { 'pt-program': 'off' } });
    assert.doesNotMatch(hoverMarkdown(review.findings[0], review), /core strengthening/);
  });
});

describe('rule outcome-measures', () => {
  const ID = 'outcome-measures';
  it('fires when surgery is discussed without ODI and VAS, with a query', () => {
    const review = grade1Note().section('plan').line('Discussed L5-S1 TLIF.', fusion({}, { assertion: 'possible', span: 'L5-S1 TLIF' })).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.deepStrictEqual(d.citations, [2, 3]);
    assert.match(d.message, /^L5-S1 TLIF under consideration, and no disability score \(ODI\) or pain scale \(VAS or NRS\) documented\./);
    assert.match(d.query ?? '', /Oswestry Disability Index/);
  });

  it('names what is missing when one measure is there', () => {
    const review = grade1Note()
      .section('hpi')
      .line('PT ongoing for 6 weeks. NRS 6/10.', therapy({ durationDays: 42, status: 'ongoing' }, { span: 'PT ongoing for 6 weeks.' }), mark('outcomeMeasure', { instrument: 'NRS', value: 6 }, { span: 'NRS 6/10' }))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.match(d.message, /^Conservative care is being reassessed without a disability score \(ODI\)\. Found: NRS 6\/10\./);
  });

  it('stays silent with both measures, or on an imaging report', () => {
    const both = grade1Note()
      .section('hpi')
      .line('PT ongoing. ODI 30 %, VAS 5/10.', therapy({ status: 'ongoing' }, { span: 'PT ongoing.' }), mark('outcomeMeasure', { instrument: 'ODI', value: 30 }, { span: 'ODI 30 %' }), mark('outcomeMeasure', { instrument: 'VAS', value: 5 }, { span: 'VAS 5/10' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(both, ID), []);
    const imaging = new NoteBuilder().section('indication').line('Low back pain despite 6 weeks of PT.', therapy({ durationDays: 42 })).review();
    assert.deepStrictEqual(diagnosticsOf(imaging, ID), []);
  });

  it('stays silent when surgery is ruled out ("not a surgical candidate")', () => {
    const review = grade1Note().section('plan').line('Not a candidate for fusion.', mark('surgicalPlan', { procedure: 'fusion' }, { assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });
});
