import * as assert from 'assert';
import { checkSync } from 'recheck';
import '../../server/src/engine';
import { registeredPatterns } from '../../server/src/engine/patterns';

/**
 * Every regex the engine builds goes through pattern(); each must be free of catastrophic
 * backtracking. recheck explores the automaton, and fuzzes when that is too big (with a fixed
 * seed, so the verdict is repeatable). When its model calls a pattern vulnerable, the attack it
 * found is run against V8's own engine: it must still finish in linear-looking time.
 */
const ATTACK_BUDGET_MS = 250;

function runAttack(regex: RegExp, input: string): number {
  const scan = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const started = process.hrtime.bigint();
  let m: RegExpExecArray | null;
  while ((m = scan.exec(input)) !== null) if (m[0].length === 0) scan.lastIndex++;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('no regex can backtrack catastrophically (recheck)', function () {
  this.timeout(300_000);
  const patterns = registeredPatterns();

  it('the engine registers its patterns', () => {
    assert.ok(patterns.length > 40, `only ${patterns.length} patterns registered`);
  });

  for (const { id, regex } of patterns) {
    it(id, () => {
      const flags = regex.flags.replace(/[gy]/g, '');
      const result = checkSync(regex.source, flags, { timeout: 20_000, randomSeed: 1 });
      if (result.status === 'vulnerable') {
        const attack = (result as { attack?: { string?: string; pattern?: string } }).attack;
        assert.ok(attack?.string, `${id}: vulnerable with no attack string`);
        const ms = runAttack(regex, attack.string);
        assert.ok(ms < ATTACK_BUDGET_MS, `${id} is vulnerable: ${String(attack.pattern).slice(0, 120)} took ${ms.toFixed(0)} ms`);
        return;
      }
      assert.strictEqual(result.status, 'safe', `${id}: recheck could not decide (${result.status})`);
    });
  }
});
