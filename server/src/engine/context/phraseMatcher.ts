import { pattern } from '../patterns';
import { scanRange } from '../text/rangeScan';
import { isDigit, isLetter } from '../text/chars';

/**
 * Matches multi-word phrases by tokens rather than by one giant regex alternation: linear in the
 * text (phrases are short), non-overlapping, longest spans first (as spaCy's matcher with filter_spans).
 * Phrase words may be separated in the text by up to three spaces, tabs or hyphens. Two phrase
 * words stand for a class of words: `*` for any one word (never a phrase's first word: "if * not"),
 * `<year>` for a year or a date that ends with one ("in <year>": "in 2015", "07/14/2026"), `<none>`
 * for a count of none ("0/12 positive for").
 */
/** What separates a phrase's words: spaces and hyphens, but not the hyphen of "(-)". */
export const PHRASE_WORD_GAP = pattern('phraseMatcher.wordGap', '(?:\\s|(?<!\\()-|-(?!\\)))+', 'g');
const WORD_SPLIT = pattern('phraseMatcher.wordSplit', PHRASE_WORD_GAP.source);
/** With punctuation: runs of letters and digits, and every other mark but a space or hyphen on its own ("p.t.", "bowel, bladder"). */
const PUNCTUATED_TOKEN = pattern('phraseMatcher.punctuatedToken', '[a-z0-9]+|[^a-z0-9\\s-]', 'g');
const YEAR = pattern('phraseMatcher.year', '^(?:[0-9]{1,2}/){0,2}(?:19|20)[0-9]{2}$');
const NONE_OF = pattern('phraseMatcher.noneOf', '^0/[0-9]+$');
const ANY_WORD = '*';
const A_YEAR = '<year>';
const A_NONE_OF = '<none>';

function wordMatches(phraseWord: string, word: string): boolean {
  return phraseWord === word || phraseWord === ANY_WORD || (phraseWord === A_YEAR && YEAR.test(word)) || (phraseWord === A_NONE_OF && NONE_OF.test(word));
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  value: T;
}

const isWordChar = (c: number) => isLetter(c) || isDigit(c);
const isJoiner = (c: number) => c === 39 || c === 47; // ' and /: "don't", "s/p", "4/10"
const isSign = (c: number) => c === 63 || c === 60 || c === 0x2264; // ?, <, \u2264

/**
 * The tokens of lower[from, to): words (letters and digits, joined by ' or /), and the signs some
 * rules name: "?" (a hedge), "<" and "\u2264" (a goal: "pain < 4/10"), "(-)" and "(+)" (a sign's result). A scan by character codes,
 * as /[a-z0-9]+(?:['/][a-z0-9]+)*|[?<\u2264]/g run from `from`, stopping at the first token that
 * runs past `to`.
 */
function tokenize(lower: string, from: number, to: number, starts: number[], ends: number[]): void {
  let i = from;
  const length = lower.length;
  while (i < to) {
    const c = lower.charCodeAt(i);
    let end: number;
    if (isWordChar(c)) {
      end = i + 1;
      for (;;) {
        while (end < length && isWordChar(lower.charCodeAt(end))) end++;
        if (end + 1 < length && isJoiner(lower.charCodeAt(end)) && isWordChar(lower.charCodeAt(end + 1))) end += 2;
        else break;
      }
    } else if (isSign(c)) {
      end = i + 1;
    } else if (c === 40 && (lower.charCodeAt(i + 1) === 45 || lower.charCodeAt(i + 1) === 43) && lower.charCodeAt(i + 2) === 41) {
      end = i + 3; // "(-)", "(+)": a sign's result
    } else {
      i++;
      continue;
    }
    if (end > to) return;
    starts.push(i);
    ends.push(end);
    i = end;
  }
}

function gapOk(text: string, from: number, to: number, minGap: number): boolean {
  if (to - from < minGap || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  return true;
}

export interface PhraseMatcherOptions {
  /**
   * Punctuation marks are words of their own, in phrases and text, and may touch the words beside
   * them: "p.t.", "bowel, bladder changes", "physical therapy/chiropractic" ("therapy" is a word).
   */
  punctuation?: boolean;
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  private readonly punctuated: boolean;
  private readonly minGap: number;

  /** priority: which of two equally long overlapping matches wins (higher first; then the earlier). */
  constructor(phrases: Iterable<[string, T]>, private readonly priority: (value: T) => number = () => 0, options: PhraseMatcherOptions = {}) {
    this.punctuated = options.punctuation === true;
    this.minGap = options.punctuation ? 0 : 1;
    for (const [phrase, value] of phrases) {
      const lower = phrase.trim().toLowerCase();
      const words = options.punctuation ? Array.from(lower.matchAll(PUNCTUATED_TOKEN), (m) => m[0]) : lower.split(WORD_SPLIT).filter(Boolean);
      if (words.length === 0) continue;
      if (words[0] === ANY_WORD) throw new Error(`phrase "${phrase}" starts with ${ANY_WORD}`);
      const list = this.byFirstWord.get(words[0]) ?? [];
      list.push({ words, value });
      this.byFirstWord.set(words[0], list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * Matches in lower[from, to) of the (already lower-cased) text: the longest match at each token,
   * then, as spaCy's filter_spans, the longest spans win over the shorter ones they overlap
   * ("is not sure whether" is "not sure whether", not "is not"), earlier first among equals.
   * With `accept`, only the phrases whose value it accepts.
   */
  matchAll(lower: string, from: number, to: number, accept?: (value: T) => boolean): PhraseMatch<T>[] {
    const starts: number[] = [];
    const ends: number[] = [];
    if (this.punctuated) {
      for (const m of scanRange(PUNCTUATED_TOKEN, lower, from, to)) {
        if (m.index + m[0].length > to) break;
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
    } else {
      tokenize(lower, from, to, starts, ends);
    }
    const words = starts.map((start, k) => lower.slice(start, ends[k]));
    const found: Array<{ first: number; length: number; value: T }> = [];
    const yearFirst = this.byFirstWord.get(A_YEAR);
    const noneOfFirst = this.byFirstWord.get(A_NONE_OF);
    for (let i = 0; i < words.length; i++) {
      const match = this.longestAt(this.byFirstWord.get(words[i]), words, starts, ends, lower, i, accept);
      const digit = isDigit(words[i].charCodeAt(0));
      const year = yearFirst && digit && YEAR.test(words[i]) ? this.longestAt(yearFirst, words, starts, ends, lower, i, accept) : undefined;
      const noneOf = noneOfFirst && digit && NONE_OF.test(words[i]) ? this.longestAt(noneOfFirst, words, starts, ends, lower, i, accept) : undefined;
      const byClass = year && (!noneOf || year.words.length >= noneOf.words.length) ? year : noneOf;
      const best = byClass && (!match || byClass.words.length > match.words.length) ? byClass : match;
      if (best) found.push({ first: i, length: best.words.length, value: best.value });
    }
    if (found.length > 1) {
      const byLength = [...found].sort((a, b) => b.length - a.length || this.priority(b.value) - this.priority(a.value) || a.first - b.first);
      const taken = new Uint8Array(words.length);
      const kept = new Set<(typeof found)[number]>();
      for (const f of byLength) {
        let free = true;
        for (let k = f.first; k < f.first + f.length && free; k++) free = taken[k] === 0;
        if (!free) continue;
        for (let k = f.first; k < f.first + f.length; k++) taken[k] = 1;
        kept.add(f);
      }
      return found.filter((f) => kept.has(f)).map((f) => ({ start: starts[f.first], end: ends[f.first + f.length - 1], value: f.value }));
    }
    return found.map((f) => ({ start: starts[f.first], end: ends[f.first + f.length - 1], value: f.value }));
  }

  /** The longest of `candidates` (sorted longest first) that matches the text's words from word i. */
  private longestAt(candidates: Entry<T>[] | undefined, words: string[], starts: number[], ends: number[], lower: string, i: number, accept?: (value: T) => boolean): Entry<T> | undefined {
    if (!candidates) return undefined;
    for (const entry of candidates) {
      const n = entry.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = wordMatches(entry.words[k], words[i + k]) && gapOk(lower, ends[i + k - 1], starts[i + k], this.minGap);
      if (ok && (!accept || accept(entry.value))) return entry;
    }
    return undefined;
  }
}
