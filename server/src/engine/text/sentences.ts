import { pattern } from '../patterns';
import { Section, Sentence } from '../types';
import { isDigit, isLetter, isSpace } from './chars';
import { ABBREVIATIONS, CONTINUATION_WORDS } from '../vocabulary/abbreviations';

const LIST_MARKER = pattern('sentences.listMarker', '[ \\t]*(?:[-*\\u2022>]|\\(?(?:\\d{1,2}|[a-h])[.)])[ \\t]', 'y');
const LEVEL_START = pattern('sentences.levelStart', '[ \\t]*(?:l[1-5]|t1[0-2])[ \\t]?[-/][ \\t]?(?:l?[1-6]|s1)\\b', 'y');

/** Sentences longer than this are cut at a space, bounding every per-sentence cost. */
export const MAX_SENTENCE = 1000;
/** How much of the next line the line-wrap checks look at. */
const NEXT_LINE_WINDOW = 80;
/** How far back the last word of a line is looked for. */
const LAST_WORD_WINDOW = 40;

/** The word before a period at i: letters and "/", or "e.g"-style with one interior period. */
function wordBefore(lower: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && (isLetter(lower.charCodeAt(j - 1)) || lower.charCodeAt(j - 1) === 47)) j--;
  if (j - 2 >= floor && lower.charCodeAt(j - 1) === 46 && isLetter(lower.charCodeAt(j - 2))) {
    let k = j - 2;
    while (k > floor && isLetter(lower.charCodeAt(k - 1))) k--;
    return lower.slice(k, i);
  }
  return j === i ? '' : lower.slice(j, i);
}

function isListNumber(lower: string, i: number, floor: number): boolean {
  // "1." or "12." alone at the start of a line.
  let j = i;
  while (j > floor && isDigit(lower.charCodeAt(j - 1))) j--;
  if (j === i) return false;
  let k = j;
  while (k > floor && (lower.charCodeAt(k - 1) === 32 || lower.charCodeAt(k - 1) === 9)) k--;
  return k === floor || lower.charCodeAt(k - 1) === 10;
}

function periodEndsSentence(lower: string, i: number, floor: number): boolean {
  const word = wordBefore(lower, i, floor);
  if (word.length === 1 && isLetter(word.charCodeAt(0)) && i - 1 > floor && isSpace(lower.charCodeAt(i - 2))) {
    // A lone initial ("J. Smith") — but "grade I." or "L5 on S1." style endings are rare enough to accept.
    return false;
  }
  if (ABBREVIATIONS.has(word)) return false;
  if (word === '' && isListNumber(lower, i, floor)) return false;
  return true;
}

/** Where a sticky pattern matches at `at`, if its match ends by `limit`. */
function matchesAt(regex: RegExp, lower: string, at: number, limit: number): boolean {
  regex.lastIndex = at;
  return regex.test(lower) && regex.lastIndex <= limit;
}

/** The last word of the line ending at `end` ("...with moderate" -> "moderate"), or "". */
function lastWord(lower: string, lineStart: number, end: number): string {
  const floor = Math.max(lineStart, end - LAST_WORD_WINDOW);
  let q = end;
  while (q > floor) {
    const c = lower.charCodeAt(q - 1);
    if (!(isLetter(c) || isDigit(c) || c === 47)) break;
    q--;
  }
  return q < end && isLetter(lower.charCodeAt(q)) ? lower.slice(q, end) : '';
}

function newlineEndsSentence(text: string, lower: string, nl: number, lineStart: number, limit: number): boolean {
  let end = nl;
  while (end > lineStart && isSpace(lower.charCodeAt(end - 1))) end--;
  if (end === lineStart) return true;
  const last = lower.charCodeAt(end - 1);
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 59) return true; // . ! ? : ;
  const nextStart = nl + 1;
  if (nextStart >= limit) return true;
  let nextEnd = lower.indexOf('\n', nextStart);
  if (nextEnd === -1 || nextEnd > limit) nextEnd = limit;
  const windowEnd = Math.min(nextEnd, nextStart + NEXT_LINE_WINDOW);
  let firstNext = nextStart;
  while (firstNext < windowEnd && isSpace(lower.charCodeAt(firstNext))) firstNext++;
  if (firstNext === windowEnd) return true;
  if (matchesAt(LIST_MARKER, lower, nextStart, windowEnd) || matchesAt(LEVEL_START, lower, nextStart, windowEnd)) return true;
  if (last === 44 || last === 45 || last === 47 || last === 40 || last === 38) return false; // , - / ( &
  if (CONTINUATION_WORDS.has(lastWord(lower, lineStart, end))) return false;
  // A long line running on into a lower-case word is a wrapped sentence.
  return !(end - lineStart >= 30 && isLetter(text.charCodeAt(firstNext)));
}

function pushTrimmed(text: string, start: number, end: number, section: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.push({ start, end: cut, section });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end, section });
}

/**
 * A "?" that opens a statement ("? small effusion", "opacity, ? pneumonia") hedges what follows it;
 * it ends no question. Only a "?" after a word or a closing bracket does.
 */
function leadsStatement(lower: string, i: number, sentenceStart: number): boolean {
  let j = i - 1;
  while (j >= sentenceStart && isSpace(lower.charCodeAt(j))) j--;
  if (j < sentenceStart) return true;
  const c = lower.charCodeAt(j);
  return c === 44 || c === 58 || c === 40 || c === 10; // , : ( newline
}

/** ".", "!" or "?" followed by a space, a quote or bracket, or the end of the note. */
function endMarkAt(lower: string, i: number): boolean {
  if (i + 1 >= lower.length) return true;
  const n = lower.charCodeAt(i + 1);
  return isSpace(n) || n === 34 || n === 39 || n === 41 || n === 93; // " ' ) ]
}

/**
 * The next occurrence of one character at or after a position, remembered: sections are visited
 * in order, so each character's scan (indexOf, which is fast) runs over the note about once.
 */
class NextChar {
  private at = -2;
  constructor(private readonly lower: string, private readonly ch: string) {}
  from(i: number): number {
    if (this.at !== -1 && this.at < i) this.at = this.lower.indexOf(this.ch, i);
    return this.at === -1 ? Infinity : this.at;
  }
}

/**
 * Splits each section's body into sentences, clinical-style (see the tests for the cases).
 * Boundaries: a newline that ends a sentence (not a wrapped line), ".", "!" or "?" before a
 * space, and "//" or "///", which separate statements in terse one-line reports.
 */
export function splitSentences(text: string, lower: string, sections: readonly Section[]): Sentence[] {
  const out: Sentence[] = [];
  const marks = ['\n', '.', '/', '!', '?'].map((ch) => new NextChar(lower, ch));
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index];
    const limit = section.end;
    let start = section.bodyStart;
    let lineStart = section.bodyStart;
    let i = section.bodyStart;
    for (;;) {
      i = Math.min(marks[0].from(i), marks[1].from(i), marks[2].from(i), marks[3].from(i), marks[4].from(i));
      if (i >= limit) break;
      const c = lower.charCodeAt(i);
      if (c === 10) {
        if (newlineEndsSentence(text, lower, i, lineStart, limit)) {
          pushTrimmed(text, start, i, index, out);
          start = i + 1;
        }
        lineStart = i + 1;
      } else if (c === 47) {
        if (lower.charCodeAt(i + 1) === 47) {
          let j = i + 2;
          while (lower.charCodeAt(j) === 47) j++;
          pushTrimmed(text, start, i, index, out);
          start = j;
          i = j - 1;
        }
      } else if (endMarkAt(lower, i) && (c !== 46 || periodEndsSentence(lower, i, lineStart)) && (c !== 63 || !leadsStatement(lower, i, start))) {
        pushTrimmed(text, start, i + 1, index, out);
        start = i + 1;
      }
      i++;
    }
    pushTrimmed(text, start, limit, index, out);
  }
  return out;
}
