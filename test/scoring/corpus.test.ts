import * as assert from 'assert';
import { loadCorpus } from './gold';
import { assertionAccuracy, f1, scoreNotes } from './score';

/**
 * Accuracy floors on the gold fixture corpus (test/fixtures). Floors are asserted on the tuning
 * split; the held-out split is scored and printed (npm run score) but never tuned against.
 */
describe('accuracy on the gold fixture corpus', function () {
  this.timeout(60_000);
  const { notes, heldOut } = loadCorpus();
  const tuning = scoreNotes(notes.filter((n) => !heldOut.has(n.name)));

  it('has the corpus the floors are about (>= 40 notes, a third held out)', () => {
    assert.ok(notes.length >= 40, `${notes.length} notes`);
    assert.ok(heldOut.size >= notes.length / 3 - 1, `${heldOut.size} held out`);
  });

  // Strict F1: the span and the kind's key attributes (grade and mm; location, level and severity; duration; type).
  // Conservative therapy's floor is lower since notes 95-114 (therapy tables and template fields the
  // engine does not read yet, issue 9): a guard against regression, not a target.
  const FLOORS: Record<string, number> = { parsDefect: 0.95, listhesis: 0.95, stenosis: 0.95, conservativeTherapy: 0.92, redFlag: 0.95 };
  for (const [kind, floor] of Object.entries(FLOORS)) {
    it(`${kind}: strict F1 >= ${floor}`, () => {
      const counts = tuning.byKind[kind];
      assert.ok(counts && counts.gold > 0, `no gold ${kind}`);
      const { f1: score, precision, recall } = f1(counts, true);
      assert.ok(score >= floor, `${kind} strict F1 ${score.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`);
    });
  }

  it('assertion accuracy >= 0.95', () => {
    const accuracy = assertionAccuracy(tuning);
    assert.ok(accuracy >= 0.95, `assertion accuracy ${accuracy.toFixed(3)}`);
  });
});
