import { decideAssertion, AssertionOptions, SentenceTriggers } from '../../context/assertion';
import { TriggerCategory } from '../../context/triggers';
import { anyOf, pattern, phraseSource } from '../../patterns';
import { Assertion, SectionCategory } from '../../types';
import { NoteContext, SentenceView } from '../types';

/**
 * Helpers shared by the clinic-note extractors (conservative therapy, red flags, surgical plan...):
 * clauses, cue words as data, ConText on demand, and note-level facts computed once per note.
 */

export interface Clause {
  /** Offsets into the sentence's lower text. */
  index: number;
  end: number;
}

/**
 * Where a sentence splits into clauses for attribute sharing: ";", "but", "however", "although",
 * "whereas", ", then", "and she/he/we/they/the patient", "and is/has/was/will/currently...", "after which". A duration, response or
 * status cue applies to the therapies in its own clause only.
 */
const CLAUSE_BREAK = pattern(
  'clinic.clauseBreak',
  '[;]|(?<![a-z])(?:but|however|although|though|whereas|while|yet|otherwise|after[ ]which|then)(?![a-z])|(?:,|,?[ ]and)(?=[ ](?:she|he|we|they|i|the[ ]patient|patient|pt|is|was|has|have|had|did|does|will|would|takes|uses|currently|now|then|also|still|recently)(?![a-z]))|\\.[ ]',
  'g',
);

export function clausesOf(lower: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(lower)) !== null) {
    if (m.index > start) out.push({ index: start, end: m.index });
    start = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  if (start < lower.length || out.length === 0) out.push({ index: start, end: lower.length });
  return out;
}

export function clauseAt(clauses: readonly Clause[], index: number): Clause {
  for (const c of clauses) if (index >= c.index && index < c.end) return c;
  // An index on a break itself: the clause that starts after it.
  for (const c of clauses) if (c.index > index) return c;
  return clauses[clauses.length - 1];
}

/** A scanner for a table of cue phrases -> values, matched on word boundaries, longest first. */
export class CueTable<V> {
  private readonly regex: RegExp;
  private readonly values = new Map<string, V>();

  constructor(id: string, table: ReadonlyArray<readonly [V, readonly string[]]>) {
    const phrases: string[] = [];
    for (const [value, list] of table) {
      for (const phrase of list) {
        const key = CueTable.key(phrase);
        if (!this.values.has(key)) {
          this.values.set(key, value);
          phrases.push(phrase);
        }
      }
    }
    phrases.sort((a, b) => b.length - a.length);
    this.regex = pattern(id, `(?<![a-z0-9])${anyOf(phrases.map(phraseSource))}(?![a-z0-9])`, 'g');
  }

  private static key(text: string): string {
    return text.trim().replace(/[\s-]+/g, ' ');
  }

  /** All cues in lower[from, to), offsets into lower. */
  scan(lower: string, from = 0, to = lower.length): Array<{ index: number; end: number; value: V; text: string }> {
    const out: Array<{ index: number; end: number; value: V; text: string }> = [];
    this.regex.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = this.regex.exec(lower)) !== null && m.index < to) {
      const end = m.index + m[0].length;
      if (end > to) break;
      const value = this.values.get(CueTable.key(m[0]));
      if (value !== undefined) out.push({ index: m.index, end, value, text: m[0] });
    }
    return out;
  }
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

const TRIGGER_CACHE = new WeakMap<SentenceView, SentenceTriggers>();

/**
 * What ConText says about a span of a sentence, computed now (for extractors that combine it with
 * their own cues). Offsets are sentence-relative. The sentence's triggers are found once per view.
 */
export function contextAssertion(view: SentenceView, index: number, end: number, options?: AssertionOptions): Assertion {
  let triggers = TRIGGER_CACHE.get(view);
  if (!triggers) {
    triggers = new SentenceTriggers(view.note.lower, view.start, view.start + view.lower.length);
    TRIGGER_CACHE.set(view, triggers);
  }
  return decideAssertion(triggers, view.start + index, view.start + end, view.section.category, options);
}

export const IGNORE_HYPOTHETICAL: ReadonlySet<TriggerCategory> = new Set<TriggerCategory>(['hypothetical']);
export const IGNORE_HISTORICAL: ReadonlySet<TriggerCategory> = new Set<TriggerCategory>(['historical']);
export const IGNORE_HYPOTHETICAL_AND_HISTORICAL: ReadonlySet<TriggerCategory> = new Set<TriggerCategory>(['hypothetical', 'historical']);

/** Sections of an imaging report or a procedure description: what they name already exists. */
export const IMAGING_SECTIONS: ReadonlySet<SectionCategory> = new Set<SectionCategory>(['comparison', 'technique', 'findings', 'impression', 'imaging', 'level']);

const SPINE_NOTE = pattern(
  'clinic.spineNote',
  '(?<![a-z])(?:lumbar|lumbosacral|l[1-5][ ]?[-/][ ]?(?:l?[1-6]|s1)|l5s1|spondylolisthesis|anterolisthesis|spondylolysis|spondylosis|radiculopathy|sciatica|back[ ]pain|spinal[ ]stenosis|pars[ ]defect)(?![a-z])',
);
const SPINE_NOTE_CACHE = new WeakMap<NoteContext, boolean>();

/** True when the note is about the lumbar spine at all (computed once per note). */
export function isSpineNote(note: NoteContext): boolean {
  let v = SPINE_NOTE_CACHE.get(note);
  if (v === undefined) {
    v = SPINE_NOTE.test(note.lower);
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

/**
 * A negation word before a span in its clause ("she is not considered a surgical candidate"),
 * for extractors that double-check ConText: its "is not" is a backward-only trigger, so a forward
 * "is not ..." negates nothing. "if not", "whether or not", "not only" do not negate.
 */
const NEG_BEFORE_WORD = pattern(
  'clinic.negBefore',
  "(?<![a-z])(?:no|not|never|without|denies|denied|none|neither|nor|cannot|hasn't|haven't|hadn't|isn't|wasn't|didn't|doesn't|don't|won't)(?![a-z])",
  'g',
);
const NOT_A_NEGATION_BEFORE = pattern('clinic.notNegationBefore', '(?<![a-z])(?:if|whether[ ]{1,2}or)[ ]{1,2}$');
const NOT_A_NEGATION_AFTER = pattern('clinic.notNegationAfter', '^[ ]{1,2}(?:only|just|necessarily|certain|sure)(?![a-z])');

export function negatedBefore(lower: string, clause: Clause, start: number, maxChars = 60): boolean {
  const from = Math.max(clause.index, start - maxChars);
  NEG_BEFORE_WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = NEG_BEFORE_WORD.exec(lower)) !== null && m.index < start) {
    const end = m.index + m[0].length;
    if (NOT_A_NEGATION_BEFORE.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (NOT_A_NEGATION_AFTER.test(lower.slice(end, end + 16))) continue;
    return true;
  }
  return false;
}

/** "if not, ..." before the span: ConText's "not" there negates nothing. */
export function ifNotBefore(lower: string, clauseStart: number, start: number): boolean {
  return /(?<![a-z])(?:if|whether[ ]{1,2}or)[ ]{1,2}not(?![a-z])/.test(lower.slice(Math.max(0, clauseStart - 20), start));
}

const OPERATIVE_NOTE = pattern(
  'clinic.operativeNote',
  '(?<![a-z])(?:procedures?[ ]{1,2}performed|operations?[ ]{1,2}performed|operative[ ]{1,2}(?:report|note|procedure)|principal[ ]{1,2}procedure|title[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?(?:operation|procedure)|name[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?(?:operation|procedure)|estimated[ ]{1,2}blood[ ]{1,2}loss|postoperative[ ]{1,2}diagnosis)(?![a-z])',
);
const IMAGING_REPORT = pattern('clinic.imagingReport', '(?:^|\n)[ ]{0,4}(?:findings|technique|comparison)[ ]{0,2}:');
const NOTE_KIND_CACHE = new WeakMap<NoteContext, { operative: boolean; imaging: boolean }>();

/** What kind of document the note is: an operative report (surgery told is surgery done), an imaging report. */
export function noteKind(note: NoteContext): { operative: boolean; imaging: boolean } {
  let v = NOTE_KIND_CACHE.get(note);
  if (!v) {
    v = { operative: OPERATIVE_NOTE.test(note.lower), imaging: IMAGING_REPORT.test(note.lower) };
    NOTE_KIND_CACHE.set(note, v);
  }
  return v;
}
