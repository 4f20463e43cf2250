import { DocumentKind } from '../../context/rule';
import { PhraseMatcher } from '../../context/phraseMatcher';
import { documentKinds } from '../../normalize/noteType';
import { anyPhrase, pattern } from '../../patterns';
import { GRADED_MOVEMENTS } from '../../vocabulary/motorExam';
import { NOT_SPINE_NOTE_PHRASES, SPINE_NOTE_WORDS } from '../../vocabulary/noteTypes';
import { isDigit, isLetter, isSpace } from '../../text/chars';
import { NoteContext, SentenceView } from '../types';

/**
 * Helpers shared by the clinic-note extractors (conservative therapy, red flags, surgical plan...):
 * cue words as data, and note-level facts computed once per note. Clauses: context/scope.ts.
 */

export interface Cue<V> {
  index: number;
  end: number;
  value: V;
  text: string;
}

/**
 * A table of phrases -> values, as the context rules' phrase matcher (context/phraseMatcher.ts)
 * matches them with punctuation as words ("p.t.", "bowel, bladder changes"): on token boundaries,
 * longest first, matches not overlapping.
 */
export class CueTable<V> {
  private readonly matcher: PhraseMatcher<V>;

  constructor(readonly id: string, table: ReadonlyArray<readonly [V, readonly string[]]>) {
    this.matcher = new PhraseMatcher(
      table.flatMap(([value, list]) => list.map((phrase): [string, V] => [phrase, value])),
      undefined,
      { punctuation: true },
    );
  }

  /** All cues in lower[from, to), offsets into lower. */
  scan(lower: string, from = 0, to = lower.length): Array<Cue<V>> {
    return this.matcher.matchAll(lower, from, to).map((m) => ({ index: m.start, end: m.end, value: m.value, text: lower.slice(m.start, m.end) }));
  }

  /** True when some phrase occurs in lower[from, to). */
  test(lower: string, from = 0, to = lower.length): boolean {
    return this.matcher.occursIn(lower, from, to);
  }

  /** The phrase that ends the text right before `end` (spaces skipped), looking back at most `window` chars. */
  endingAt(lower: string, end: number, window = 40): Cue<V> | undefined {
    let e = end;
    while (e > 0 && (lower[e - 1] === ' ' || lower[e - 1] === '-')) e--;
    const cues = this.scan(lower, Math.max(0, e - window), e);
    const last = cues[cues.length - 1];
    return last && last.end === e ? last : undefined;
  }

  /** The phrase that starts the text at `start` (spaces skipped), looking ahead at most `window` chars. */
  startingAt(lower: string, start: number, window = 60): Cue<V> | undefined {
    let s = start;
    while (s < lower.length && (lower[s] === ' ' || lower[s] === '-')) s++;
    const first = this.scan(lower, s, Math.min(lower.length, s + window))[0];
    return first && first.index === s ? first : undefined;
  }
}

/** Words of folded lower-case text (runs of letters/digits) and single punctuation marks; spaces and hyphens separate them. */
export interface Token {
  index: number;
  end: number;
  text: string;
}

/** The last tokenization, reused when several tables scan the same sentence (the pipeline runs one sentence at a time). */
let lastTokens: { lower: string; from: number; to: number; tokens: Token[] } | undefined;

export function tokenize(lower: string, from = 0, to = lower.length): Token[] {
  if (lastTokens && lastTokens.from === from && lastTokens.to === to && lastTokens.lower === lower) return lastTokens.tokens;
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < lower.length && isWordChar(lower.charCodeAt(j))) j++;
      // A word cut by the end of the range is not a token of the range.
      if (j > to) break;
      out.push({ index: i, end: j, text: lower.slice(i, j) });
      i = j;
    } else {
      if (c !== 45 && !isSpace(c)) out.push({ index: i, end: i + 1, text: lower[i] });
      i++;
    }
  }
  lastTokens = { lower, from, to, tokens: out };
  return out;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** A set of single words, for "is the word before/after one of these" checks. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

/** The words (letter/digit tokens) just before `index`, nearest last, at most `count`. */
export function wordsBefore(lower: string, index: number, count: number, window = 60): string[] {
  const tokens = tokenize(lower, Math.max(0, index - window), index).filter((t) => isWordChar(t.text.charCodeAt(0)));
  return tokens.slice(-count).map((t) => t.text);
}

/** The words (letter/digit tokens) just after `end`, nearest first, at most `count`. */
export function wordsAfter(lower: string, end: number, count: number, window = 60): string[] {
  const out: string[] = [];
  for (const t of tokenize(lower, end, Math.min(lower.length, end + window))) {
    if (!isWordChar(t.text.charCodeAt(0))) {
      if (t.text === '.' || t.text === ';' || t.text === ',') break;
      continue;
    }
    out.push(t.text);
    if (out.length >= count) break;
  }
  return out;
}

/** The cue nearest before `index` in a list (by end offset), else the nearest after `end` within `maxAfter` chars. */
export function nearestCue<T extends { index: number; end: number }>(cues: readonly T[], index: number, end: number, maxAfter = Infinity): T | undefined {
  let before: T | undefined;
  let after: T | undefined;
  for (const c of cues) {
    if (c.end <= index) {
      if (!before || c.end > before.end) before = c;
    } else if (c.index >= end && c.index - end <= maxAfter) {
      if (!after || c.index < after.index) after = c;
    }
  }
  return before ?? after;
}

/** The cue closest to a span on either side (character distance). */
export function closestCue<T extends { index: number; end: number }>(cues: readonly T[], index: number, end: number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of cues) {
    const d = c.end <= index ? index - c.end : c.index >= end ? c.index - end : 0;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const SPINE_NOTE = pattern(
  'clinic.spineNote',
  `(?<![a-z])(?!(?:${anyPhrase(NOT_SPINE_NOTE_PHRASES)})(?![a-z]))(?:l[1-5][ ]?[-/][ ]?(?:l?[1-6]|s1)|${anyPhrase(SPINE_NOTE_WORDS)})(?![a-z])`,
);
const SPINE_NOTE_CACHE = new WeakMap<NoteContext, boolean>();

/** True when the note is about the lumbar spine at all (computed once per note). */
export function isSpineNote(note: NoteContext): boolean {
  let v = SPINE_NOTE_CACHE.get(note);
  if (v === undefined) {
    // The first 20,000 characters say what a note is about; a huge note is not scanned to its end.
    v = SPINE_NOTE.test(note.lower.length > 20_000 ? note.lower.slice(0, 20_000) : note.lower);
    SPINE_NOTE_CACHE.set(note, v);
  }
  return v;
}

/** Expands [index, end) leftwards to include up to `maxChars` of a preceding modifier match ending right before it. */
export function extendLeft(lower: string, index: number, regex: RegExp, window = 40): number {
  const from = Math.max(0, index - window);
  const m = regex.exec(lower.slice(from, index));
  return m ? from + m.index : index;
}

const NOTE_KIND_CACHE = new WeakMap<NoteContext, Readonly<Record<DocumentKind, boolean>>>();

/** What kind of document the note is, for the context rules' document rules: an operative report, an imaging report. */
export function noteKind(note: NoteContext): Readonly<Record<DocumentKind, boolean>> {
  let v = NOTE_KIND_CACHE.get(note);
  if (!v) {
    v = documentKinds(note.lower);
    NOTE_KIND_CACHE.set(note, v);
  }
  return v;
}

const SPINE_WORDS = pattern(
  'clinic.spineWords',
  '(?<![a-z])(?:back|lumbar|lumbosacral|spine|spinal|sciatica|radicul[a-z]*|l[1-5](?:[ ]?[-/][ ]?(?:l?[1-6]|s1))?|s1|sacroiliac|si[ ]joint|pars|spondyl[a-z]*|listhesis|disc|disk|stenosis)(?![a-z])',
);
/** "hip strengthening", "hip flexor stretches": exercises of a lumbar rehabilitation program, not care for the hip. */
const LUMBOPELVIC_EXERCISE = '(?![ ]{1,2}(?:and[ ]{1,2}core[ ]{1,2})?(?:strengthening|stretching|stretches|mobility|(?:flexors?|abductors?|extensors?)[ ]{1,2}(?:strengthening|stretch\\w*))(?![a-z]))';
const OTHER_PART = pattern(
  'clinic.otherPart',
  `(?<![a-z])(?:knee|knees|shoulder|shoulders|(?:hip|hips)(?![a-z])${LUMBOPELVIC_EXERCISE}|ankle|ankles|wrist|wrists|elbow|elbows|hand|hands|finger|fingers|neck|cervical|cataract|eye|eyes|chest|abdomen|abdominal|jaw|headache|headaches)(?![a-z])`,
);
/**
 * A joint named as a graded movement of the motor exam ("declining left ankle dorsiflexion", "knee
 * extension 4/5"): a nerve root's myotome, not a note about the ankle or the knee (a "knee flexion
 * contracture" still is).
 */
const GRADED_MOVEMENT = pattern('clinic.gradedMovement', `(?<![a-z])${anyPhrase(GRADED_MOVEMENTS.filter((m) => m.includes(' ')))}(?![a-z])(?![ ]{1,2}(?:contractures?|deformity|deformities|range|rom)(?![a-z]))`, 'g');
const FOCUS_CACHE = new WeakMap<NoteContext, boolean>();
/** The title and chief complaint: where a note says what it is about. */
const FOCUS_AREA = 300;

/**
 * True when the note is about another body part: its opening (title, chief complaint) names a knee,
 * shoulder, neck... and no back or spine word. Therapy, pain scores and functional limits in such a
 * note are not the guideline's unless their own sentence names the spine.
 */
export function otherFocusNote(note: NoteContext): boolean {
  let v = FOCUS_CACHE.get(note);
  if (v === undefined) {
    const head = note.lower.slice(0, FOCUS_AREA).replace(GRADED_MOVEMENT, (m) => ' '.repeat(m.length));
    v = OTHER_PART.test(head) && !SPINE_WORDS.test(head);
    FOCUS_CACHE.set(note, v);
  }
  return v;
}

/** Conditions a drug in the same sentence is taken for instead ("amitriptyline for her migraines"); they say nothing about a whole note. */
const OTHER_CONDITION = pattern(
  'clinic.otherCondition',
  '(?<![a-z])for[ ]{1,2}(?:(?:her|his|their|the|treatment[ ]{1,2}of|control[ ]{1,2}of)[ ]{1,2}){0,3}(?:migraines?|seizures?|epilepsy|insomnia|hypertension|diabetes|gout|asthma|copd|reflux|gerd)(?![a-z])',
);

/** A sentence about another body part or condition ("physical therapy for the knee") and not about the spine. */
export function otherBodyPart(lower: string): boolean {
  return (OTHER_PART.test(lower) || OTHER_CONDITION.test(lower)) && !SPINE_WORDS.test(lower);
}

/** Skip this sentence for spine-care facts: a non-spine note's sentence that does not name the spine, or a sentence about another part. */
export function notAboutSpine(view: SentenceView): boolean {
  if (otherBodyPart(view.lower)) return true;
  return otherFocusNote(view.note) && !SPINE_WORDS.test(view.lower);
}

/** The note's first line, in capitals and without a number ("OUTPATIENT PHYSICAL THERAPY"): its title, which names the kind of note, not a fact. */
export function isNoteTitle(view: SentenceView): boolean {
  const { text } = view;
  if (text.length > 60 || !allCapitals(text)) return false;
  const lower = view.note.lower;
  let first = 0;
  while (first < view.start && isSpace(lower.charCodeAt(first))) first++;
  return first === view.start;
}

function allCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || isDigit(c)) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 3;
}
