import * as assert from 'assert';
import { checkSync } from 'recheck';
import '../../server/src/engine/review';
import { registeredPatterns } from '../../server/src/engine/patterns';

/** The rules' and review's own regexes (the engine-wide ReDoS test only loads the analyzer). */
describe('rule and review regexes cannot backtrack catastrophically', function () {
  this.timeout(120_000);
  const mine = registeredPatterns().filter(({ id }) => id.startsWith('rules.') || id.startsWith('review.'));

  it('are registered', () => assert.ok(mine.length >= 4, `only ${mine.length}`));

  for (const { id, regex } of mine) {
    it(id, () => {
      const result = checkSync(regex.source, regex.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
      assert.strictEqual(result.status, 'safe', `${id}: ${result.status}`);
    });
  }
});
