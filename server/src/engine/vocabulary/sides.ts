import { pattern } from '../patterns';
import { Side } from '../types';

/** Side words in notes, including the abbreviations of terse reports ("Rt", "Lt", "b/l", "both"). */
export const SIDE =
  '(?:bilateral(?:ly)?|bilat|b/l|both|left|right|lt|rt|l(?=\\s?>)|r(?=\\s?>)' +
  // Terse notes: "L leg", "R LE", "L radicular sx".
  '|[lr](?=[ ]{1,2}(?:(?:legs?|le|lower|foot|thigh|calf|buttock|side|sided|hip|knee|ankle|great|groin)(?![a-z])|radicul|sciatic)))';
const SIDE_SCAN = pattern('sides.scan', `(?<![a-z])(${SIDE})(?![a-z])`, 'g');

export function sideOf(word: string): Side | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('bilat') || w === 'b/l' || w === 'both') return 'bilateral';
  if (w === 'left' || w === 'lt' || w === 'l') return 'left';
  if (w === 'right' || w === 'rt' || w === 'r') return 'right';
  return undefined;
}

/** Side words in a span (offsets relative to the span). */
export function sidesIn(lower: string): Array<{ index: number; side: Side }> {
  const out: Array<{ index: number; side: Side }> = [];
  const scan = SIDE_SCAN;
  scan.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(lower)) !== null) {
    const side = sideOf(m[1]);
    if (side) out.push({ index: m.index, side });
  }
  return out;
}

/** "left and right" or "left > right" both mean both sides. */
export function combineSides(sides: Side[]): Side | undefined {
  if (sides.length === 0) return undefined;
  if (sides.includes('bilateral')) return 'bilateral';
  if (sides.includes('left') && sides.includes('right')) return 'bilateral';
  return sides[0];
}
