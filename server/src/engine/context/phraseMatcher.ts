import { pattern } from '../patterns';
import { scanRange } from '../text/rangeScan';

/**
 * Matches multi-word phrases by tokens rather than by one giant regex alternation: linear in the
 * text (phrases are short), non-overlapping, longest spans first (as spaCy's matcher with filter_spans).
 * Phrase words may be separated in the text by up to three spaces, tabs or hyphens.
 */
// Words, and the signs some rules name: "?" (a hedge), "<" and "\u2264" (a goal: "pain < 4/10").
const TOKEN = pattern('phraseMatcher.token', "[a-z0-9]+(?:['/][a-z0-9]+)*|[?<\u2264]", 'g');
const WORD_SPLIT = pattern('phraseMatcher.wordSplit', '[\\s-]+');

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Entry<T> {
  words: string[];
  value: T;
}

function gapOk(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  return true;
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<[string, T]>) {
    for (const [phrase, value] of phrases) {
      const words = phrase.trim().toLowerCase().split(WORD_SPLIT).filter(Boolean);
      if (words.length === 0) continue;
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
   */
  matchAll(lower: string, from: number, to: number): PhraseMatch<T>[] {
    const starts: number[] = [];
    const ends: number[] = [];
    const words: string[] = [];
    for (const m of scanRange(TOKEN, lower, from, to)) {
      if (m.index + m[0].length > to) break;
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      words.push(m[0]);
    }
    const found: Array<{ first: number; length: number; value: T }> = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i]);
      if (!candidates) continue;
      for (const entry of candidates) {
        const n = entry.words.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = words[i + k] === entry.words[k] && gapOk(lower, ends[i + k - 1], starts[i + k]);
        if (!ok) continue;
        found.push({ first: i, length: n, value: entry.value });
        break;
      }
    }
    if (found.length > 1) {
      const byLength = [...found].sort((a, b) => b.length - a.length || a.first - b.first);
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
}
