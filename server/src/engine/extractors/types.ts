import { AssertionOptions } from '../context/assertion';
import { Assertion, AttributeMap, FindingKind, Section } from '../types';

/** What an extractor sees: one sentence, in the original and in the folded lower-case form. */
export interface SentenceView {
  /** Original text of the sentence. */
  text: string;
  /** Same-length folded lower-case text (see text/normalize.ts). */
  lower: string;
  /** Offset of the sentence in the note. */
  start: number;
  section: Section;
  note: NoteContext;
}

export interface NoteContext {
  /** ISO date of service, when known. */
  dateOfService: string | null;
  /** The whole note, folded lower-case. */
  lower: string;
}

/** A mention an extractor found; offsets are note offsets. */
export interface Candidate<K extends FindingKind = FindingKind> {
  kind: K;
  start: number;
  end: number;
  attributes: AttributeMap[K];
  /** Set when the extractor knows better than ConText (e.g. "former smoker" is historical). */
  assertion?: Assertion;
  /** How ConText should treat this mention. */
  context?: AssertionOptions;
}

export type AnyCandidate = { [K in FindingKind]: Candidate<K> }[FindingKind];

export interface Extractor {
  /** File-name-like id, e.g. "stenosis". */
  name: string;
  /** A cheap regex that must match the sentence's lower text before extract() runs. */
  anchor: RegExp;
  extract(sentence: SentenceView): AnyCandidate[];
}
