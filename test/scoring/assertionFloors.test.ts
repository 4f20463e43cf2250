import * as assert from 'assert';
import { assertionSetScores } from './assertionSet';

/**
 * Floors on the general-clinical assertion set, through the custom-target path: a change to the
 * context rules may not give back what the engine reads right today. The held-out floors guard
 * against regressions only; nothing is tuned on held-out sentences.
 */
describe('ConText on general clinical text (assertion-set floors)', () => {
  const scores = assertionSetScores();

  it('tuning split: accuracy >= 0.95, negation F1 >= 0.97', () => {
    assert.ok(scores.dev.accuracy >= 0.95, `accuracy ${scores.dev.accuracy}`);
    assert.ok(scores.dev.byCategory.absent.f1 >= 0.97, `negation F1 ${scores.dev.byCategory.absent.f1}`);
  });

  it('held out: accuracy >= 0.90, negation F1 >= 0.94, and far above the naive negation window', () => {
    const held = scores.heldout;
    assert.ok(held.accuracy >= 0.9, `accuracy ${held.accuracy}`);
    assert.ok(held.byCategory.absent.f1 >= 0.94, `negation F1 ${held.byCategory.absent.f1}`);
    assert.ok(held.byCategory.absent.f1 > held.baseline.absent.f1 + 0.2, 'not clearly better than the naive window');
  });
});
