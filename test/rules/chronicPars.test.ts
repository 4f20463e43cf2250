import * as assert from 'assert';
import { diagnosticsOf, mark, NoteBuilder, therapy } from './noteBuilder';
import { hoverMarkdown } from '../../server/src/engine/review/hover';

const chronicPars = (opts = {}) => mark('parsDefect', { level: 'L5', side: 'bilateral', chronicity: 'chronic' }, opts);
const acutePars = () => mark('parsDefect', { level: 'L4', chronicity: 'acute' });

describe('rule chronic-pars-stable', () => {
  const ID = 'chronic-pars-stable';
  it('adds a hint on a chronic pars defect', () => {
    const review = new NoteBuilder().line('Chronic bilateral L5 pars defects.', chronicPars()).review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'hint');
    assert.deepStrictEqual(d.citations, [4, 5]);
    assert.match(d.message, /^Chronic bilateral L5 pars defect: longstanding and stable in most adults; not an acute stress fracture, and not by itself a reason for surgery\./);
  });

  it('stays silent for an acute stress fracture, an unspecified or a negated defect', () => {
    const acute = new NoteBuilder().line('Acute L4 pars stress fracture.', acutePars()).review();
    assert.deepStrictEqual(diagnosticsOf(acute, ID), []);
    const unspecified = new NoteBuilder().line('L5 pars defect.', mark('parsDefect', { level: 'L5' })).review();
    assert.deepStrictEqual(diagnosticsOf(unspecified, ID), []);
    const negated = new NoteBuilder().line('No pars defect.', chronicPars({ assertion: 'absent' })).review();
    assert.deepStrictEqual(diagnosticsOf(negated, ID), []);
  });

  it('puts the stability statement in the hover', () => {
    const review = new NoteBuilder().line('Chronic bilateral L5 pars defects.', chronicPars()).review();
    const md = hoverMarkdown(review.findings[0], review);
    assert.match(md, /Pars defect \(spondylolysis\) · L5 · bilateral · chronic · present/);
    assert.match(md, /stable in most adults/);
    assert.match(md, /Guideline refs 4, 5/);
  });
});

describe('rule chronic-pars-immobilization', () => {
  const ID = 'chronic-pars-immobilization';
  it('fires when a brace is planned for a chronic pars defect', () => {
    const review = new NoteBuilder()
      .line('Chronic bilateral L5 pars defects.', chronicPars())
      .section('plan')
      .line('Fit a lumbar brace.', therapy({ modality: 'bracing', status: 'planned' }, { assertion: 'hypothetical' }))
      .review();
    const [d] = diagnosticsOf(review, ID);
    assert.strictEqual(d.severity, 'information');
    assert.strictEqual(d.range.start.line, 2);
    assert.match(d.message, /^Bracing \(planned\) for a chronic bilateral L5 pars defect\. Immobilization is meant for an acute stress fracture/);
  });

  it('stays silent for an acute stress fracture (bracing is appropriate there)', () => {
    const review = new NoteBuilder()
      .line('Acute L4 pars stress fracture; chronic L5 pars defect.', acutePars(), chronicPars())
      .line('Brace for 8 weeks.', therapy({ modality: 'bracing', status: 'planned' }, { assertion: 'hypothetical' }))
      .review();
    assert.deepStrictEqual(diagnosticsOf(review, ID), []);
  });

  it('stays silent when bracing is declined or was worn in the past', () => {
    for (const [assertion, status] of [['absent', undefined], ['historical', 'completed']] as const) {
      const review = new NoteBuilder()
        .line('Chronic bilateral L5 pars defects.', chronicPars())
        .line('Brace.', therapy({ modality: 'bracing', status }, { assertion }))
        .review();
      assert.deepStrictEqual(diagnosticsOf(review, ID), [], assertion);
    }
  });
});
