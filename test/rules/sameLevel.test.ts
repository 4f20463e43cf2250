import * as assert from 'assert';
import { atSameLevel, firstAtSameLevel } from '../../server/src/engine/rules/describe';
import { AnyFinding } from '../../server/src/engine/types';

/** The level index some rules pair findings with answers exactly what a find over atSameLevel does. */
describe('firstAtSameLevel', () => {
  const at = (kind: 'stenosis' | 'nerveRootContact', level: string | undefined, id: number) =>
    ({ kind, attributes: level ? { level } : {}, id }) as unknown as AnyFinding;
  const levels = [undefined, 'L4-5', 'L4-L5', 'L5-S1', 'L3-4', 'L5'];

  it('finds the first candidate at the same segment, or one without a level, like a find would', () => {
    for (let seed = 0; seed < 200; seed++) {
      const pick = (i: number) => levels[(seed * 7 + i * 13 + ((seed >> 2) % 5) * i) % levels.length];
      const candidates = Array.from({ length: seed % 6 }, (_, i) => at('nerveRootContact', pick(i), i));
      const index = firstAtSameLevel(candidates);
      for (const level of levels) {
        const f = at('stenosis', level, -1);
        assert.strictEqual(index(f), candidates.find((c) => atSameLevel(c, f)), `seed ${seed}, level ${level}`);
      }
    }
  });
});
