import { pattern } from '../../patterns';
import { scanRange } from '../../text/rangeScan';

/**
 * When a sentence names several findings of one kind ("moderate central stenosis and mild
 * foraminal narrowing"), each attribute belongs to the finding whose window it falls in.
 * Windows split at the last clause separator between two neighbouring terms.
 */
export interface Span {
  index: number;
  end: number;
}

const SEPARATOR = pattern('windows.separator', '[,;(]|\\band\\b|\\bwith\\b|\\bas well as\\b|\\bwhile\\b|\\bbut\\b', 'g');

/** "minimal right and moderate left foraminal narrowing": an "and" between sides joins one finding's sides, it does not separate findings. */
const SIDE_BEFORE = pattern('windows.sideBefore', '(?<![a-z])(?:right|left|rt|lt)[ ]{1,2}$');

function lastSeparator(lower: string, from: number, to: number): number | undefined {
  const found = scanRange(SEPARATOR, lower, from, to);
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (m[0] === 'and' && SIDE_BEFORE.test(lower.slice(Math.max(0, m.index - 8), m.index))) continue;
    return m.index;
  }
  return undefined;
}

export function termWindows(lower: string, terms: readonly Span[]): Span[] {
  const windows: Span[] = [];
  for (let i = 0; i < terms.length; i++) {
    const prev = terms[i - 1];
    const next = terms[i + 1];
    let start = 0;
    if (prev) start = lastSeparator(lower, prev.end, terms[i].index) ?? prev.end;
    let end = lower.length;
    if (next) end = lastSeparator(lower, terms[i].end, next.index) ?? next.index;
    windows.push({ index: start, end });
  }
  return windows;
}

/** All matches of a global regex in lower[from, to), as spans with their groups. */
export function matchesIn(regex: RegExp, lower: string, from = 0, to = lower.length): RegExpExecArray[] {
  return scanRange(regex, lower, from, to).filter((m) => m.index + m[0].length <= to);
}

/** The item nearest to a span (before or after), by character distance. */
export function nearest<T extends Span>(items: readonly T[], target: Span): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = item.end <= target.index ? target.index - item.end : item.index >= target.end ? item.index - target.end : 0;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}
