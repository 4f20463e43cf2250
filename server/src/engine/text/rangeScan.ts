/**
 * The matches of a global regex that start in text[from, to), exactly as if it were run from
 * `from` ("lastIndex = from; exec until a match starts at or after to").
 *
 * Extractors ask for many small windows of one sentence (the levels near this term, the
 * separators between these two). Run from a window's start, a regex that finds nothing in the
 * window goes on scanning to the end of the sentence, which made a long sentence with many terms
 * quadratic. So one scan per (regex, text) goes forward as far as the windows asked for need, its
 * matches are kept, and each window is a binary search. A scan started earlier finds the same
 * matches as one started at `from`, unless one of its matches straddles `from`: then the window
 * is scanned directly.
 */
interface Memo {
  regex: RegExp;
  text: string;
  /** Where the memo's scan started: it answers for windows from here on. */
  start: number;
  /** The scan's matches so far, in order. */
  matches: RegExpExecArray[];
  /** Where the whole-text scan goes on from; -1 once it reached the end. */
  next: number;
}

const MEMO = new Map<RegExp, Memo>();
/**
 * Longer texts (a whole note rather than a sentence) are scanned directly: their match lists
 * could take more memory than the note, and whole-note callers ask for windows whose next
 * match is near.
 */
const MAX_MEMO_TEXT = 20_000;

function scanFrom(regex: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null && m.index < to) {
    out.push(m);
    if (m[0].length === 0) regex.lastIndex++;
  }
  return out;
}

/** Extends the memo's scan until it has a match starting at or after `to`, or reaches the end. */
function scanUntil(memo: Memo, to: number): void {
  const { regex, text, matches } = memo;
  while (memo.next !== -1 && (matches.length === 0 || matches[matches.length - 1].index < to)) {
    regex.lastIndex = memo.next;
    const m = regex.exec(text);
    if (m === null) {
      memo.next = -1;
      break;
    }
    matches.push(m);
    memo.next = m[0].length === 0 ? m.index + 1 : regex.lastIndex;
  }
}

/** Index of the first match that starts at or after `at`. */
function firstAtOrAfter(matches: readonly RegExpExecArray[], at: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Matches of `regex` (which must have the g flag) that start in text[from, to). Do not modify them: they are shared. */
export function scanRange(regex: RegExp, text: string, from = 0, to = text.length): readonly RegExpExecArray[] {
  if (!regex.global) throw new Error(`scanRange needs a global regex: /${regex.source}/`);
  if (text.length > MAX_MEMO_TEXT) return scanFrom(regex, text, from, to);
  let memo = MEMO.get(regex);
  if (memo === undefined || memo.text !== text || from < memo.start) {
    memo = { regex, text, start: from, matches: [], next: from };
    MEMO.set(regex, memo);
  }
  scanUntil(memo, to);
  const all = memo.matches;
  const first = firstAtOrAfter(all, from);
  const before = all[first - 1];
  if (before !== undefined && before.index + before[0].length > from) return scanFrom(regex, text, from, to);
  let last = first;
  while (last < all.length && all[last].index < to) last++;
  return all.slice(first, last);
}
