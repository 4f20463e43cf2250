import * as assert from 'assert';
import { checkSync } from 'recheck';
import '../../server/src/engine';
import { registeredPatterns } from '../../server/src/engine/patterns';

/**
 * Every regex the engine builds goes through pattern(); each must be free of catastrophic
 * backtracking. recheck explores the automaton (and fuzzes when that is too big).
 */
describe('no regex can backtrack catastrophically (recheck)', function () {
  this.timeout(300_000);
  const patterns = registeredPatterns();

  it('the engine registers its patterns', () => {
    assert.ok(patterns.length > 40, `only ${patterns.length} patterns registered`);
  });

  for (const { id, regex } of patterns) {
    it(id, () => {
      const flags = regex.flags.replace(/[gy]/g, '');
      const result = checkSync(regex.source, flags, { timeout: 20_000 });
      const attack = (result as { attack?: { pattern?: string } }).attack;
      assert.notStrictEqual(result.status, 'vulnerable', `${id} is vulnerable, e.g. to ${String(attack?.pattern).slice(0, 120)}`);
      assert.strictEqual(result.status, 'safe', `${id}: recheck could not decide (${result.status})`);
    });
  }
});
