import { pattern } from '../patterns';
import { scanRange } from '../text/rangeScan';
import { isDigit, isLetter, isSpace } from '../text/chars';

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

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

const isWordChar = (c: number) => isLetter(c) || isDigit(c);
const isJoiner = (c: number) => c === 39 || c === 47; // ' and /: "don't", "s/p", "4/10"
const isSign = (c: number) => c === 63 || c === 60 || c === 0x2264; // ?, <, \u2264

/** Where nextToken's token starts. */
let tokenStart = 0;

/**
 * The next token of lower from `from`: words (letters and digits, joined by ' or /), and the signs
 * some rules name: "?" (a hedge), "<" and "\u2264" (a goal: "pain < 4/10"), "(-)" and "(+)" (a sign's
 * result). A scan by character codes, as /[a-z0-9]+(?:['/][a-z0-9]+)*|[?<\u2264]/g run from `from`.
 * Returns the token's end (its start in tokenStart), or -1 when there is none.
 */
function nextToken(lower: string, from: number): number {
  let i = from;
  const length = lower.length;
  while (i < length) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      let end = i + 1;
      for (;;) {
        while (end < length && isWordChar(lower.charCodeAt(end))) end++;
        if (end + 1 < length && isJoiner(lower.charCodeAt(end)) && isWordChar(lower.charCodeAt(end + 1))) end += 2;
        else break;
      }
      tokenStart = i;
      return end;
    }
    if (isSign(c)) {
      tokenStart = i;
      return i + 1;
    }
    if (c === 40 && (lower.charCodeAt(i + 1) === 45 || lower.charCodeAt(i + 1) === 43) && lower.charCodeAt(i + 2) === 41) {
      tokenStart = i;
      return i + 3; // "(-)", "(+)": a sign's result
    }
    i++;
  }
  return -1;
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

/** A phrase's words as a path from its first word: the phrases that end at a node, and the words that go on. */
interface TrieNode<T> {
  /** Phrases ending here, in the order they were given. */
  entries: Entry<T>[];
  /** By word id (see WORD_IDS). */
  next: Map<number, TrieNode<T>>;
}

interface Entry<T> {
  length: number;
  /** Order among all phrases: of two equally long matches, the one given first wins. */
  order: number;
  value: T;
}

const newNode = <T>(): TrieNode<T> => ({ entries: [], next: new Map() });

/**
 * Every word of every matcher's phrases, numbered: a text's word is looked up once per tokenization,
 * and a word that no phrase has (most of a note's words) costs no matcher anything.
 */
const WORD_IDS = new Map<string, number>();
const NO_WORD = -1;

function wordId(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) WORD_IDS.set(word, (id = WORD_IDS.size));
  return id;
}

/**
 * WORD_IDS as an open-addressing table hashed on the text's character codes, so that a text's word
 * is looked up where it stands, without cutting it out of the text. Rebuilt when words were added.
 */
let wordTable = new Int32Array(0);
let wordTableMask = 0;
let wordTableCount = -1;
let wordById: string[] = [];

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function rebuildWordTable(): void {
  let size = 64;
  while (size < WORD_IDS.size * 3) size *= 2;
  wordTable = new Int32Array(size).fill(NO_WORD);
  wordTableMask = size - 1;
  wordById = new Array<string>(WORD_IDS.size);
  for (const [word, id] of WORD_IDS) {
    wordById[id] = word;
    let slot = hashOf(word, 0, word.length) & wordTableMask;
    while (wordTable[slot] !== NO_WORD) slot = (slot + 1) & wordTableMask;
    wordTable[slot] = id;
  }
  wordTableCount = WORD_IDS.size;
}

/** The id of the word text[start, end), NO_WORD when no phrase has it. */
function wordIdAt(text: string, start: number, end: number): number {
  if (wordTableCount !== WORD_IDS.size) rebuildWordTable();
  const length = end - start;
  let slot = hashOf(text, start, end) & wordTableMask;
  for (;;) {
    const id = wordTable[slot];
    if (id === NO_WORD) return NO_WORD;
    const word = wordById[id];
    if (word.length === length) {
      let same = true;
      for (let k = 0; k < length && same; k++) same = word.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return id;
    }
    slot = (slot + 1) & wordTableMask;
  }
}

const ANY_WORD_ID = wordId(ANY_WORD);
const A_YEAR_ID = wordId(A_YEAR);
const A_NONE_OF_ID = wordId(A_NONE_OF);

/**
 * A text's tokens, scanned forward from `start` as far as the ranges asked for need, with each
 * word's id and flags. Several matchers scan the same sentence (the triggers, then the triggers for
 * one kind of target, the scopes between a trigger and its target; a sentence's cue tables), so each
 * mode keeps runs for the last two texts (a sentence's own text and the note's) and a range is a
 * binary search in one, as text/rangeScan.ts does for regexes. A token that straddles a range's
 * start would be cut by a scan from there: then the range is tokenized on its own. A run's tokens
 * are typed arrays, reused when the run is started afresh: no allocation per token.
 */
interface TokenRun {
  lower: string;
  start: number;
  /** Where the scan goes on from. */
  next: number;
  /** How many tokens the arrays hold. */
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** The words' ids, NO_WORD for a word no phrase has. */
  ids: Int32Array;
  /** GAP_BEFORE (the token is separated from the one before as phrase words may be), YEAR_WORD, NONE_OF_WORD. */
  flags: Uint8Array;
  /** How many words WORD_IDS had: a matcher built since may know more of them. */
  known: number;
}

const GAP_BEFORE = 1;
const YEAR_WORD = 2;
const NONE_OF_WORD = 4;
/** Arrays grown past twice this many tokens (one huge range) are not kept when the run starts afresh. */
const MAX_RUN_TOKENS = 100_000;
const INITIAL_CAPACITY = 256;
/** Texts whose runs each mode keeps, most recently used first. */
const RUN_SLOTS = 2;

const plainRuns: TokenRun[] = [];
const punctuatedRuns: TokenRun[] = [];

function newRun(lower: string, start: number, capacity = INITIAL_CAPACITY): TokenRun {
  return {
    lower,
    start,
    next: start,
    count: 0,
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    ids: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    known: WORD_IDS.size,
  };
}

/** Starts the run afresh on lower from `start`, keeping its arrays (unless a huge range grew them far). */
function restart(run: TokenRun, lower: string, start: number): void {
  run.lower = lower;
  run.start = start;
  run.next = start;
  run.count = 0;
  run.known = WORD_IDS.size;
  if (run.starts.length > 2 * MAX_RUN_TOKENS) {
    run.starts = new Int32Array(INITIAL_CAPACITY);
    run.ends = new Int32Array(INITIAL_CAPACITY);
    run.ids = new Int32Array(INITIAL_CAPACITY);
    run.flags = new Uint8Array(INITIAL_CAPACITY);
  }
}

function grow(run: TokenRun): void {
  const capacity = run.starts.length * 2;
  const starts = new Int32Array(capacity);
  starts.set(run.starts);
  const ends = new Int32Array(capacity);
  ends.set(run.ends);
  const ids = new Int32Array(capacity);
  ids.set(run.ids);
  const flags = new Uint8Array(capacity);
  flags.set(run.flags);
  run.starts = starts;
  run.ends = ends;
  run.ids = ids;
  run.flags = flags;
}

function pushToken(run: TokenRun, start: number, end: number, minGap: number): void {
  const k = run.count;
  if (k === run.starts.length) grow(run);
  let flags = k > 0 && gapOk(run.lower, run.ends[k - 1], start, minGap) ? GAP_BEFORE : 0;
  if (isDigit(run.lower.charCodeAt(start))) {
    const word = run.lower.slice(start, end);
    if (YEAR.test(word)) flags |= YEAR_WORD;
    if (NONE_OF.test(word)) flags |= NONE_OF_WORD;
  }
  run.starts[k] = start;
  run.ends[k] = end;
  run.ids[k] = wordIdAt(run.lower, start, end);
  run.flags[k] = flags;
  run.count = k + 1;
}

/**
 * The next token with punctuation from `from`, as PUNCTUATED_TOKEN (/[a-z0-9]+|[^a-z0-9\s-]/g) run
 * from there finds it, by character codes. Returns its end (its start in tokenStart), or -1.
 */
function nextPunctuatedToken(lower: string, from: number): number {
  const length = lower.length;
  for (let i = from; i < length; i++) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      let end = i + 1;
      while (end < length && isWordChar(lower.charCodeAt(end))) end++;
      tokenStart = i;
      return end;
    }
    if (c !== 45 && !isSpace(c)) {
      tokenStart = i;
      return i + 1;
    }
  }
  return -1;
}

/** Scans on until the run holds every token that starts before `until`. */
function scanRun(run: TokenRun, until: number, punctuated: boolean): void {
  const lower = run.lower;
  const length = lower.length;
  while (run.next < until && run.next < length) {
    const token = punctuated ? nextPunctuatedToken(lower, run.next) : nextToken(lower, run.next);
    if (token === -1) {
      run.next = length;
      break;
    }
    pushToken(run, tokenStart, token, punctuated ? 0 : 1);
    run.next = token;
  }
}

/** Index of the run's first token that starts at or after `at`. */
function firstTokenAt(run: TokenRun, at: number): number {
  let lo = 0;
  let hi = run.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A kept run of lower that a range from `from` can read, moved to the front; else the least recently used one, started afresh at `from`. */
function runFor(lower: string, from: number, punctuated: boolean): TokenRun {
  const slots = punctuated ? punctuatedRuns : plainRuns;
  for (let s = 0; s < slots.length; s++) {
    const run = slots[s];
    if (run.lower !== lower || from < run.start || run.known !== WORD_IDS.size) continue;
    // An equal text may be another string (the same note reviewed again): keep the one asked for, so
    // that the next comparison is by reference, not character by character through the whole note.
    run.lower = lower;
    // A range past what the run has scanned reads none of its tokens: start afresh there rather
    // than tokenize the text in between (a scan from `from` is what a range means anyway).
    if (from >= run.next) restart(run, lower, from);
    if (s > 0) {
      slots[s] = slots[0];
      slots[0] = run;
    }
    return run;
  }
  const run = slots.length < RUN_SLOTS ? newRun(lower, from) : (slots.pop() as TokenRun);
  restart(run, lower, from);
  slots.unshift(run);
  return run;
}

/** tokensOf's range: run.starts[spanLo..spanHi). */
let spanLo = 0;
let spanHi = 0;

/** The tokens of lower[from, to), as a scan from `from` that stops at the first token running past `to` finds them: run.starts[spanLo..spanHi). */
function tokensOf(lower: string, from: number, to: number, punctuated: boolean): TokenRun {
  let run = runFor(lower, from, punctuated);
  scanRun(run, to, punctuated);
  let lo = firstTokenAt(run, from);
  if (lo > 0 && run.ends[lo - 1] > from) {
    // A token straddles `from`: tokenize the range on its own.
    run = newRun(lower, from, 16);
    scanRun(run, to, punctuated);
    lo = 0;
  }
  let hi = lo;
  while (hi < run.count && run.ends[hi] <= to) hi++;
  spanLo = lo;
  spanHi = hi;
  return run;
}

export class PhraseMatcher<T> {
  /**
   * The node after each first word, by word id: a dense array (every id below WORD_IDS.size as the
   * constructor ended), since one filled at scattered indices is a slow dictionary for V8. An id
   * added since is past its end: undefined.
   */
  private readonly roots: Array<TrieNode<T> | undefined>;
  private readonly punctuated: boolean;

  /** priority: which of two equally long overlapping matches wins (higher first; then the earlier). */
  constructor(phrases: Iterable<[string, T]>, private readonly priority: (value: T) => number = () => 0, options: PhraseMatcherOptions = {}) {
    this.punctuated = options.punctuation === true;
    let order = 0;
    const roots = new Map<number, TrieNode<T>>();
    for (const [phrase, value] of phrases) {
      const lower = phrase.trim().toLowerCase();
      const words = options.punctuation ? Array.from(lower.matchAll(PUNCTUATED_TOKEN), (m) => m[0]) : lower.split(WORD_SPLIT).filter(Boolean);
      if (words.length === 0) continue;
      if (words[0] === ANY_WORD) throw new Error(`phrase "${phrase}" starts with ${ANY_WORD}`);
      const first = wordId(words[0]);
      let node: TrieNode<T> | undefined = roots.get(first);
      if (node === undefined) roots.set(first, (node = newNode<T>()));
      for (let k = 1; k < words.length; k++) {
        const id = wordId(words[k]);
        let child: TrieNode<T> | undefined = node.next.get(id);
        if (child === undefined) node.next.set(id, (child = newNode<T>()));
        node = child;
      }
      node.entries.push({ length: words.length, order: order++, value });
    }
    this.roots = Array.from({ length: WORD_IDS.size }, (_, id) => roots.get(id));
  }

  /**
   * Matches in lower[from, to) of the (already lower-cased) text: the longest match at each token,
   * then, as spaCy's filter_spans, the longest spans win over the shorter ones they overlap
   * ("is not sure whether" is "not sure whether", not "is not"), earlier first among equals.
   * With `accept`, only the phrases whose value it accepts.
   */
  matchAll(lower: string, from: number, to: number, accept?: (value: T) => boolean): PhraseMatch<T>[] {
    const run = tokensOf(lower, from, to, this.punctuated);
    const lo = spanLo;
    const hi = spanHi;
    const { ids, flags, starts, ends } = run;
    const found: Array<{ first: number; length: number; value: T }> = [];
    const yearFirst = this.roots[A_YEAR_ID];
    const noneOfFirst = this.roots[A_NONE_OF_ID];
    for (let i = lo; i < hi; i++) {
      const id = ids[i];
      const root = id === NO_WORD ? undefined : this.roots[id];
      const match = root && this.longestFrom(root, run, hi, i, 1, accept, undefined);
      const year = yearFirst && (flags[i] & YEAR_WORD) !== 0 ? this.longestFrom(yearFirst, run, hi, i, 1, accept, undefined) : undefined;
      const noneOf = noneOfFirst && (flags[i] & NONE_OF_WORD) !== 0 ? this.longestFrom(noneOfFirst, run, hi, i, 1, accept, undefined) : undefined;
      const byClass = year && (!noneOf || year.length >= noneOf.length) ? year : noneOf;
      const best = byClass && (!match || byClass.length > match.length) ? byClass : match;
      if (best) found.push({ first: i, length: best.length, value: best.value });
    }
    if (found.length > 1) {
      const byLength = [...found].sort((a, b) => b.length - a.length || this.priority(b.value) - this.priority(a.value) || a.first - b.first);
      const taken = new Uint8Array(hi - lo);
      const kept = new Set<(typeof found)[number]>();
      for (const f of byLength) {
        let free = true;
        for (let k = f.first; k < f.first + f.length && free; k++) free = taken[k - lo] === 0;
        if (!free) continue;
        for (let k = f.first; k < f.first + f.length; k++) taken[k - lo] = 1;
        kept.add(f);
      }
      return found.filter((f) => kept.has(f)).map((f) => ({ start: starts[f.first], end: ends[f.first + f.length - 1], value: f.value }));
    }
    return found.map((f) => ({ start: starts[f.first], end: ends[f.first + f.length - 1], value: f.value }));
  }

  /**
   * Whether some phrase matches in lower[from, to): matchAll's answer is not empty (of overlapping
   * matches the longest is kept), found without collecting, sorting or filtering the matches.
   */
  occursIn(lower: string, from: number, to: number): boolean {
    const run = tokensOf(lower, from, to, this.punctuated);
    const lo = spanLo;
    const hi = spanHi;
    const { ids, flags } = run;
    const yearFirst = this.roots[A_YEAR_ID];
    const noneOfFirst = this.roots[A_NONE_OF_ID];
    for (let i = lo; i < hi; i++) {
      const id = ids[i];
      const root = id === NO_WORD ? undefined : this.roots[id];
      if (root && this.longestFrom(root, run, hi, i, 1, undefined, undefined)) return true;
      if (yearFirst && (flags[i] & YEAR_WORD) !== 0 && this.longestFrom(yearFirst, run, hi, i, 1, undefined, undefined)) return true;
      if (noneOfFirst && (flags[i] & NONE_OF_WORD) !== 0 && this.longestFrom(noneOfFirst, run, hi, i, 1, undefined, undefined)) return true;
    }
    return false;
  }

  /**
   * The best phrase through `node` (reached with `depth` words from word i): the longest, the one
   * given first among equally long ones, whose value `accept` accepts.
   */
  private longestFrom(node: TrieNode<T>, run: TokenRun, hi: number, i: number, depth: number, accept: ((value: T) => boolean) | undefined, best: Entry<T> | undefined): Entry<T> | undefined {
    for (const entry of node.entries) {
      if (best !== undefined && (best.length > entry.length || (best.length === entry.length && best.order < entry.order))) continue;
      if (!accept || accept(entry.value)) {
        best = entry;
        break;
      }
    }
    if (node.next.size === 0) return best;
    const k = i + depth;
    if (k >= hi || (run.flags[k] & GAP_BEFORE) === 0) return best;
    const word = run.ids[k];
    const exact = word === NO_WORD ? undefined : node.next.get(word);
    if (exact) best = this.longestFrom(exact, run, hi, i, depth + 1, accept, best);
    if (word !== ANY_WORD_ID) {
      const any = node.next.get(ANY_WORD_ID);
      if (any) best = this.longestFrom(any, run, hi, i, depth + 1, accept, best);
    }
    if ((run.flags[k] & YEAR_WORD) !== 0) {
      const year = node.next.get(A_YEAR_ID);
      if (year) best = this.longestFrom(year, run, hi, i, depth + 1, accept, best);
    }
    if ((run.flags[k] & NONE_OF_WORD) !== 0) {
      const none = node.next.get(A_NONE_OF_ID);
      if (none) best = this.longestFrom(none, run, hi, i, depth + 1, accept, best);
    }
    return best;
  }
}
