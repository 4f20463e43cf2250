import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';

const deficits = (exam: string) =>
  analyzeNote(`Low back pain with left leg weakness.\nEXAM: ${exam}`)
    .findings.filter((f) => f.kind === 'redFlag' && f.attributes.type === 'progressiveDeficit')
    .map((f) => [f.text, f.assertion]);

describe('serial exams: a strength grade that fell is a progressive deficit', () => {
  it('reads a fall stated either way round, in prose or as a chain', () => {
    assert.deepStrictEqual(deficits('EHL 4/5 on the right, was 5/5 in August.'), [['EHL 4/5 on the right, was 5/5', 'present']]);
    assert.deepStrictEqual(deficits('Right ankle dorsiflexion has decreased from 5/5 to 4-/5.'), [['ankle dorsiflexion has decreased from 5/5 to 4-/5', 'present']]);
    assert.deepStrictEqual(deficits('Quadriceps was 5/5, now 4/5.'), [['Quadriceps was 5/5, now 4/5', 'present']]);
    assert.deepStrictEqual(deficits('EHL: 5/5 -> 4/5 -> 3/5 over three visits.'), [['EHL: 5/5 -> 4/5 -> 3/5', 'present']]);
    assert.deepStrictEqual(deficits('Tibialis anterior 4-/5 (previously 4/5).'), [['Tibialis anterior 4-/5 (previously 4/5', 'present']]);
  });

  it('a time said right after the first grade labels it: "was 4/5 at the last visit and is 2/5 today"', () => {
    assert.deepStrictEqual(deficits('Left EHL was 4/5 at the last visit and is 2/5 today.'), [['EHL was 4/5 at the last visit and is 2/5', 'present']]);
    assert.deepStrictEqual(deficits('EHL 3/5 today, 5/5 at the last visit.'), [['EHL 3/5 today, 5/5', 'present']]);
    assert.deepStrictEqual(deficits('EHL was 3/5 at the last visit and is 5/5 today.'), [], 'improved');
    assert.deepStrictEqual(deficits('EHL 5/5 at the last visit and 5/5 today.'), [], 'stable');
  });

  it('stable or improving grades, two muscles and two sides are not', () => {
    assert.deepStrictEqual(deficits('Strength 5/5 throughout, previously 4/5.'), []);
    assert.deepStrictEqual(deficits('EHL 4/5, unchanged from 4/5 last visit.'), []);
    assert.deepStrictEqual(deficits('EHL 5/5, dorsiflexion 4/5.'), []);
    assert.deepStrictEqual(deficits('Knee extension on the right was 1/5 and on the left was 3-/5.'), []);
    assert.deepStrictEqual(deficits('Hip flexion 4/5, baseline per wife; left 5/5.'), []);
    assert.deepStrictEqual(deficits('EHL 4/5 and 5/5.'), [], 'nothing says which exam came first');
  });

  it('raises the red-flag diagnostic with both exams in its evidence', () => {
    const review = require('../../server/src/engine/review').reviewNote('Back pain.\nEXAM: Right EHL 3/5, was 5/5 in August.');
    const d = review.diagnostics.find((x: { code: string }) => x.code === 'red-flag-progressive-deficit');
    assert.ok(d, JSON.stringify(review.diagnostics.map((x: { code: string }) => x.code)));
    assert.match(d.message, /EHL 3\/5, was 5\/5/);
  });
});
