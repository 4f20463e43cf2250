import * as assert from 'assert';
import { reviewNote } from '../../server/src/engine';
import { PATHOLOGICAL_INPUTS, repeatedTo } from '../../bench/pathological';
import { spineNotes } from '../../bench/corpus';

/**
 * Every step of a review (extractors, assertion, case, rules, summary) is linear in the note's size
 * and its number of findings: doubling the input at most about doubles the time. A step that
 * compares every pair of findings shows as a ratio near 4 at these sizes.
 *
 * Timed robustly for a shared, loaded machine: the time is the process's CPU time, not the wall
 * clock (on a loaded machine a run longer than the scheduler's time slice waits for the CPU while a
 * shorter one may not: wall times of 2 and 4 ms then read as 3.5x); runs at both sizes alternate,
 * each size keeps its best time (load only ever adds time), and a ratio over the limit is measured
 * again before failing.
 */
const SIZE = 80_000;
const LIMIT = 2.5;
const ROUNDS = 4;
const ATTEMPTS = 3;

function ms(text: string): number {
  const started = process.cpuUsage();
  reviewNote(text);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e3;
}

function doublingRatio(small: string, large: string): number {
  ms(large); // compile the paths this input takes before timing them
  let ratio = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && ratio > LIMIT; attempt++) {
    let bestSmall = Infinity;
    let bestLarge = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      bestSmall = Math.min(bestSmall, ms(small));
      bestLarge = Math.min(bestLarge, ms(large));
    }
    ratio = Math.min(ratio, bestLarge / bestSmall);
  }
  return ratio;
}

describe('Review cost is linear in the input', function () {
  this.timeout(120_000);
  const spine = spineNotes().join('\n\n');
  const inputs = [{ label: 'spine notes', make: (n: number) => repeatedTo(spine, n) }, ...PATHOLOGICAL_INPUTS.map(({ label, unit }) => ({ label, make: (n: number) => repeatedTo(unit, n) }))];
  for (const { label, make } of inputs) {
    it(`${label}: twice the text takes at most ${LIMIT}x the time`, () => {
      const ratio = doublingRatio(make(SIZE), make(2 * SIZE));
      assert.ok(ratio <= LIMIT, `${label}: ${SIZE} -> ${2 * SIZE} characters took ${ratio.toFixed(2)}x the time`);
    });
  }
});
