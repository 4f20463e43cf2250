import { pattern } from '../patterns';
import { AnyFinding } from '../types';

/**
 * Where a sentence ends: a full stop or question mark before a space, or a blank line. Not a semicolon:
 * "5 mm, previously 4 mm; this may represent slight progression" is one statement.
 */
const SENTENCE_END = pattern('case.sentenceEnd', '[.!?](?:\\s|$)|\\n[ \\t]*\\n', 'g');

export type SameSentence = (a: AnyFinding, b: AnyFinding) => boolean;

/**
 * Tells whether two findings are told in one sentence (on one line when the note text is not at hand).
 * The note's sentence ends are found once, so each question costs a binary search.
 */
export function sameSentenceTest(text: string | undefined): SameSentence {
  if (!text) return (a, b) => a.range.start.line === b.range.start.line && a.range.end.line === b.range.end.line;
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push(m.index);
  return (a, b) => {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    if (second.start <= first.end) return true;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < first.end) lo = mid + 1;
      else hi = mid;
    }
    return lo === ends.length || ends[lo] >= second.start;
  };
}
