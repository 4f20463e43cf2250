import * as assert from 'assert';
import * as fc from 'fast-check';
import { scanRange } from '../../server/src/engine/text/rangeScan';

/** What scanRange promises to equal: a scan run from `from`, stopping at the first match at or after `to`. */
function direct(regex: RegExp, text: string, from: number, to: number): Array<[number, string]> {
  const r = new RegExp(regex.source, regex.flags);
  r.lastIndex = from;
  const out: Array<[number, string]> = [];
  let m: RegExpExecArray | null;
  while ((m = r.exec(text)) !== null && m.index < to) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) r.lastIndex++;
  }
  return out;
}

const PATTERNS = [
  /(?<![a-z0-9])l[1-5](?:-(?:l?[1-5]|s1))?(?![a-z0-9])/g,
  /[,;]|\band\b/g,
  /a+b?/g,
  /(?<![a-z])no(?![a-z])/g,
];

describe('range scan (regex matches in a window of a sentence)', () => {
  it('finds what a scan from the window start finds, for any sequence of windows', () => {
    const text = fc.array(fc.constantFrom('l4', '-5', 's1', ' ', ',', 'and', 'a', 'ab', 'no', 'x'), { maxLength: 30 }).map((parts) => parts.join(''));
    const window = fc.tuple(fc.nat(120), fc.nat(120)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(text, fc.array(window, { minLength: 1, maxLength: 6 }), fc.constantFrom(...PATTERNS), (t, windows, regex) => {
        for (const [from, to] of windows) {
          const got = scanRange(regex, t, from, to).map((m) => [m.index, m[0]]);
          assert.deepStrictEqual(got, direct(regex, t, from, to), `${regex} on ${JSON.stringify(t)} [${from}, ${to})`);
        }
      }),
      { seed: 11, numRuns: 1500 },
    );
  });

  it('falls back to a direct scan when a match straddles the window start', () => {
    const regex = /a+b/g;
    assert.deepStrictEqual(scanRange(regex, 'xaaab', 0).map((m) => m.index), [1]);
    assert.deepStrictEqual(scanRange(regex, 'xaaab', 3).map((m) => [m.index, m[0]]), [[3, 'ab']]);
  });

  it('refuses a regex without the g flag', () => {
    assert.throws(() => scanRange(/a/, 'a'), /global/);
  });
});
