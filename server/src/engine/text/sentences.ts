import { pattern } from '../patterns';
import { Section, Sentence } from '../types';
import { ABBREVIATIONS, CONTINUATION_WORDS } from '../vocabulary/abbreviations';

// "///" and "//" separate statements in terse one-line reports.
const BOUNDARY = pattern('sentences.boundary', '[.!?](?=[\\s"\')\\]]|$)|\\n|/{2,}', 'g');
const LIST_MARKER = pattern('sentences.listMarker', '^[ \\t]*(?:[-*\\u2022>]|\\(?(?:\\d{1,2}|[a-h])[.)])[ \\t]');
const LEVEL_START = pattern('sentences.levelStart', '^[ \\t]*(?:l[1-5]|t1[0-2])[ \\t]?[-/][ \\t]?(?:l?[1-6]|s1)\\b');
const LAST_WORD = pattern('sentences.lastWord', '(?<![a-z0-9/])([a-z][a-z0-9/]*)[ \\t,]*$');

/** Sentences longer than this are cut at a space, bounding every per-sentence cost. */
export const MAX_SENTENCE = 1000;

function wordBefore(lower: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && /[a-z/]/.test(lower[j - 1])) j--;
  // "e.g." and "i.e.": include one interior period.
  if (j - 2 >= floor && lower[j - 1] === '.' && /[a-z]/.test(lower[j - 2])) {
    let k = j - 2;
    while (k > floor && /[a-z]/.test(lower[k - 1])) k--;
    return lower.slice(k, i);
  }
  return lower.slice(j, i);
}

function isListNumber(lower: string, i: number, floor: number): boolean {
  // "1." or "12." alone at the start of a line.
  let j = i;
  while (j > floor && lower.charCodeAt(j - 1) >= 48 && lower.charCodeAt(j - 1) <= 57) j--;
  if (j === i) return false;
  let k = j;
  while (k > floor && (lower[k - 1] === ' ' || lower[k - 1] === '\t')) k--;
  return k === floor || lower[k - 1] === '\n';
}

function periodEndsSentence(lower: string, i: number, floor: number): boolean {
  if (lower[i] !== '.') return true;
  const word = wordBefore(lower, i, floor);
  if (word.length === 1 && /[a-z]/.test(word) && i - 1 > floor && /\s/.test(lower[i - 2] ?? ' ')) {
    // A lone initial ("J. Smith") — but "grade I." or "L5 on S1." style endings are rare enough to accept.
    return false;
  }
  if (ABBREVIATIONS.has(word)) return false;
  if (word === '' && isListNumber(lower, i, floor)) return false;
  return true;
}

function newlineEndsSentence(text: string, lower: string, nl: number, lineStart: number, limit: number): boolean {
  let end = nl;
  if (end > lineStart && lower[end - 1] === '\r') end--;
  const line = lower.slice(lineStart, end);
  const trimmed = line.trimEnd();
  if (trimmed === '') return true;
  const last = trimmed[trimmed.length - 1];
  if (last === '.' || last === '!' || last === '?' || last === ':' || last === ';') return true;
  const nextStart = nl + 1;
  if (nextStart >= limit) return true;
  let nextEnd = lower.indexOf('\n', nextStart);
  if (nextEnd === -1 || nextEnd > limit) nextEnd = limit;
  const next = lower.slice(nextStart, Math.min(nextEnd, nextStart + 80));
  if (next.trim() === '' || LIST_MARKER.test(next) || LEVEL_START.test(next)) return true;
  if (last === ',' || last === '-' || last === '/' || last === '(' || last === '&') return false;
  const lastWord = LAST_WORD.exec(trimmed.slice(-40));
  if (lastWord && CONTINUATION_WORDS.has(lastWord[1])) return false;
  // A long line running on into a lower-case word is a wrapped sentence.
  const firstNext = text[nextStart + (next.length - next.trimStart().length)] ?? '';
  return !(trimmed.length >= 30 && firstNext >= 'a' && firstNext <= 'z');
}

function pushTrimmed(text: string, start: number, end: number, section: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.push({ start, end: cut, section });
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end, section });
}

/** Splits each section's body into sentences, clinical-style (see the tests for the cases). */
export function splitSentences(text: string, lower: string, sections: readonly Section[]): Sentence[] {
  const out: Sentence[] = [];
  const boundary = new RegExp(BOUNDARY.source, BOUNDARY.flags);
  sections.forEach((section, index) => {
    const limit = section.end;
    let start = section.bodyStart;
    let lineStart = section.bodyStart;
    // The body may start mid-line (after "FINDINGS:"); find that line's real start for list checks.
    boundary.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(lower)) !== null && m.index < limit) {
      const i = m.index;
      if (m[0].charCodeAt(0) === 47 /* / */) {
        pushTrimmed(text, start, i, index, out);
        start = i + m[0].length;
      } else if (m[0] === '\n') {
        if (newlineEndsSentence(text, lower, i, lineStart, limit)) {
          pushTrimmed(text, start, i, index, out);
          start = i + 1;
        }
        lineStart = i + 1;
      } else if (periodEndsSentence(lower, i, lineStart)) {
        pushTrimmed(text, start, i + 1, index, out);
        start = i + 1;
      }
    }
    pushTrimmed(text, start, limit, index, out);
  });
  return out;
}
