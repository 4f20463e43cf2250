import { StemAnchor } from '../text/stemScanner';
import { TableRow } from '../text/tables';
import { AssertionOptions } from '../context/assertion';
import { SpineRegion } from '../normalize/reportTitle';
import { AttributeMap, FindingKind, ImagingModality, NoteType, Section } from '../types';

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
  /** Context that is neither the sentence nor the whole note, computed when first asked for. */
  context: SentenceSurroundings;
}

export interface SentenceSurroundings {
  /**
   * Imaging modality for a measurement in this sentence: named earlier on its line ("CT myelogram
   * 03/2026: ... 3 mm retrolisthesis"), in its section's heading ("Imaging (MRI 03/2026):"), or in the report title.
   */
  readonly modality: ImagingModality | undefined;
  /** The table row the sentence is (text/tables.ts), with each cell's column meaning; note offsets. */
  readonly tableRow: TableRow | undefined;
  /**
   * Whether the context rules leave another mention of the sentence standing (offsets into the sentence's lower
   * text), by the rules for any finding: present or history, not denied, hedged, conditional or another person's.
   * A cause the note names for a complaint may itself be denied ("denies BPH").
   */
  mentionStands(index: number, end: number): boolean;
}

export interface NoteContext {
  /** ISO date of service, when known. */
  dateOfService: string | null;
  /** The whole note, folded lower-case. */
  lower: string;
  /** Imaging modality of the report, from its title lines, when it names one. */
  modality?: ImagingModality;
  /** Spinal region the report's title names, when it names one. */
  region?: SpineRegion;
  /** What the note is (read once from its title, headings and sections). */
  noteType?: NoteType;
}

/** A mention an extractor found; offsets are note offsets. */
export interface Candidate<K extends FindingKind = FindingKind> {
  kind: K;
  start: number;
  end: number;
  attributes: AttributeMap[K];
  /** How ConText should treat this mention. */
  context?: Pick<AssertionOptions, 'isAction'>;
  /**
   * The words ConText judges, when not the whole span: in "pars interarticularis, which may
   * represent an early stress reaction" the hedge governs "stress reaction", not "pars".
   */
  head?: { start: number; end: number };
  /** Where the note states a value an attribute was read from ("3 mm", "x 6 wks"), note offsets. */
  valueAt?: ValueAt;
  /** Kept only when its stated attribute (context/rule.ts StatedAttribute) takes one of these values: hardware alone is a finding only as a plan. */
  onlyStated?: readonly string[];
  /** See Finding.referent. */
  referent?: true;
}

export type ValueAt = Partial<Record<'mm' | 'durationDays', { start: number; end: number }>>;

export type AnyCandidate = { [K in FindingKind]: Candidate<K> }[FindingKind];

export interface Extractor {
  /** File-name-like id, e.g. "stenosis". */
  name: string;
  /**
   * What must occur in the sentence's lower text before extract() runs: word stems (scanned for
   * all built-in extractors at once, see text/stemScanner.ts), or a regex for user-defined targets.
   */
  anchor: StemAnchor | RegExp;
  extract(sentence: SentenceView): AnyCandidate[];
}
