import * as assert from 'assert';
import { assertionSetScores } from './assertionSet';

/**
 * Floors on the general-clinical assertion set, through the custom-target path: a change to the
 * context rules may not give back what the engine reads right today. The held-out floors guard
 * against regressions only; nothing is tuned on held-out sentences.
 */
describe('ConText on general clinical text (assertion-set floors)', () => {
  const scores = assertionSetScores();

  it('tuning split: accuracy >= 0.985, negation F1 >= 0.985, every other category F1 >= 0.975', () => {
    const dev = scores.dev;
    assert.ok(dev.accuracy >= 0.985, `accuracy ${dev.accuracy}`);
    assert.ok(dev.byCategory.absent.f1 >= 0.985, `negation F1 ${dev.byCategory.absent.f1}`);
    for (const category of ['possible', 'historical', 'hypothetical', 'family'] as const) {
      assert.ok(dev.byCategory[category].f1 >= 0.975, `${category} F1 ${dev.byCategory[category].f1}`);
    }
  });

  it('held out: accuracy >= 0.95, negation F1 >= 0.965, hypothetical F1 >= 0.95, historical F1 >= 0.99, and far above the naive negation window', () => {
    const held = scores.heldout;
    assert.ok(held.accuracy >= 0.95, `accuracy ${held.accuracy}`);
    assert.ok(held.byCategory.absent.f1 >= 0.965, `negation F1 ${held.byCategory.absent.f1}`);
    assert.ok(held.byCategory.hypothetical.f1 >= 0.95, `hypothetical F1 ${held.byCategory.hypothetical.f1}`);
    assert.ok(held.byCategory.historical.f1 >= 0.99, `historical F1 ${held.byCategory.historical.f1}`);
    assert.ok(held.byCategory.absent.f1 > held.baseline.absent.f1 + 0.2, 'not clearly better than the naive window');
  });
});
