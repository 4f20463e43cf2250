import { AssertionOptions, Cue, explainAssertion, SentenceTriggers } from './context/assertion';
import { DocumentKind } from './context/rule';
import { pattern } from './patterns';
import { buildCase } from './case/buildCase';
import { EXTRACTORS } from './extractors';
import { customTargetPlan } from './extractors/customTargets';
import { noteKind } from './extractors/shared/clinicClauses';
import { AnyCandidate, Extractor, NoteContext, SentenceSurroundings, SentenceView } from './extractors/types';
import { resolveMentions } from './mentions';
import { findDateOfService } from './normalize/dates';
import { detectNoteType } from './normalize/noteType';
import { modalityIn, noteModality, noteRegion } from './normalize/reportTitle';
import { LineIndex } from './text/lineIndex';
import { withLineFeeds } from './text/lineBreaks';
import { normalizeForMatching } from './text/normalize';
import { findQueryBlocks, maskQueryBlocks, QueryBlock, withQuerySections } from './text/queryBlocks';
import { findSections } from './text/sections';
import { splitSentences } from './text/sentences';
import { findTables, rowAt, splitAtRows, TableRow, tableRows } from './text/tables';
import { StemScanner } from './text/stemScanner';
import { AnalyzeOptions, AnyFinding, Assertion, Case, ImagingModality, Section, Sentence } from './types';

export interface NoteAnalysis {
  findings: AnyFinding[];
  case: Case;
  sections: Section[];
  sentences: Sentence[];
  /** The physician queries inserted in the note: not read as note text, but their ticked answers. */
  queryBlocks: QueryBlock[];
  /** ISO date of service used for durations ("since 06/24/2026"), or null. */
  dateOfService: string | null;
  /** Problems with the input itself (binary, truncated...). Never contains note text. */
  warnings: string[];
}

/** Notes longer than this are analysed up to here, with a warning: the rest is not read. */
export const MAX_ANALYZED_CHARS = 8_000_000;

function inputWarnings(text: string): string[] {
  const warnings: string[] = [];
  if (text.length > MAX_ANALYZED_CHARS) {
    warnings.push(`The note is ${text.length.toLocaleString('en-US')} characters long; only the first ${MAX_ANALYZED_CHARS.toLocaleString('en-US')} were analysed.`);
  }
  if (text.indexOf('\u0000') !== -1) warnings.push('The note contains NUL bytes (binary data?); it was analysed as text.');
  return warnings;
}

/** Properties set in this order, as the JSON of a finding lists them (no spread of temporary objects). */
function toFinding(candidate: AnyCandidate, text: string, lines: LineIndex, assertion: AnyFinding['assertion'], cue: string | undefined, section: Section): AnyFinding {
  const finding: Record<string, unknown> = { kind: candidate.kind, assertion };
  if (cue) finding.assertedBy = cue;
  finding.text = text.slice(candidate.start, candidate.end);
  finding.range = lines.rangeOf(candidate.start, candidate.end);
  finding.attributes = candidate.attributes;
  finding.start = candidate.start;
  finding.end = candidate.end;
  finding.section = section.category;
  if (candidate.valueAt) finding.valueAt = candidate.valueAt;
  if (candidate.referent) finding.referent = true;
  return finding as unknown as AnyFinding;
}

/**
 * A negated finding keeps what it is (location, level, side...) but not how much of it, nor how it
 * went: "no severe stenosis" is no stenosis, "has not had PT" has no status or response.
 */
const MAGNITUDES = ['severity', 'degree', 'grade', 'mm', 'percent', 'lowGrade', 'change', 'value', 'response', 'durationDays', 'status'];

function withoutMagnitudes(attributes: object): object {
  const copy: Record<string, unknown> = { ...attributes };
  for (const key of MAGNITUDES) delete copy[key];
  return copy;
}

const IMAGING_KINDS = new Set(['parsDefect', 'listhesis', 'stenosis', 'nerveRootContact', 'spondylosis']);
const LUMBAR_PLACE = pattern('analyze.lumbarPlace', '^(?:L|S1|T12-L1)');

/** An imaging finding with no lumbar level, in a cervical/thoracic report or paragraph, is not the guideline's. */
function outsideLumbarSpine(candidate: AnyCandidate, section: Section, note: NoteContext): boolean {
  if (!IMAGING_KINDS.has(candidate.kind)) return false;
  if (section.region === undefined && (note.region === undefined || note.region === 'lumbar')) return false;
  const a = candidate.attributes as { level?: string; upper?: string; root?: string };
  const place = a.level ?? a.upper ?? a.root;
  return !(place && LUMBAR_PLACE.test(place) && place !== 'T12');
}

/** "negation.forward 'no'": the rule that decided, and the note's trigger words. */
function describeCue(cue: Cue, text: string): string {
  return cue.start === undefined ? cue.rule : `${cue.rule} '${text.slice(cue.start, cue.end)}'`;
}

function sameFinding(a: AnyFinding, b: AnyFinding): boolean {
  return a.kind === b.kind && a.start === b.start && a.end === b.end && JSON.stringify(a.attributes) === JSON.stringify(b.attributes);
}

/** What a mention asserts when it stands: the patient has it now or had it. */
const STANDING: ReadonlySet<Assertion> = new Set(['present', 'historical']);

/** Lazily computed context around a sentence (see SentenceSurroundings): a class, so no getter closures per sentence. */
class Surroundings implements SentenceSurroundings {
  private known: ImagingModality | undefined | null = null;
  private sentenceTriggers?: SentenceTriggers;

  constructor(
    private readonly lower: string,
    private readonly sentenceStart: number,
    private readonly sentenceEnd: number,
    private readonly section: Section,
    private readonly note: NoteContext,
    private readonly rows: readonly TableRow[],
  ) {}

  /** The context triggers of the sentence, found once for its findings and for what an extractor asks. */
  get triggers(): SentenceTriggers {
    return (this.sentenceTriggers ??= new SentenceTriggers(this.lower, this.sentenceStart, this.sentenceEnd, this.note.dateOfService));
  }

  mentionStands(index: number, end: number): boolean {
    return STANDING.has(explainAssertion(this.triggers, this.sentenceStart + index, this.sentenceStart + end, this.section.category).assertion);
  }

  get tableRow(): TableRow | undefined {
    return rowAt(this.rows, this.sentenceStart);
  }

  get modality(): ImagingModality | undefined {
    if (this.known === null) {
      const { lower, sentenceStart, section } = this;
      // The start of the sentence's line, looking back no further than 300 characters.
      let lineStart = sentenceStart;
      while (lineStart > 0 && sentenceStart - lineStart < 300 && lower.charCodeAt(lineStart - 1) !== 10) lineStart--;
      this.known =
        modalityIn(lower.slice(lineStart, sentenceStart)) ??
        (section.category === 'imaging' || section.category === 'findings' || section.category === 'impression' ? modalityIn(lower.slice(section.start, Math.min(section.end, section.bodyStart + 60))) : undefined) ??
        this.note.modality;
    }
    return this.known;
  }
}

interface ExtractorPlan {
  extractors: readonly Extractor[];
  /** Extractor i's stems set bit i. */
  scanner: StemScanner;
  hasRegexAnchors: boolean;
}

function planFor(extractors: readonly Extractor[]): ExtractorPlan {
  return {
    extractors,
    scanner: new StemScanner(extractors.map((x) => (x.anchor instanceof RegExp ? {} : x.anchor))),
    hasRegexAnchors: extractors.some((x) => x.anchor instanceof RegExp),
  };
}

const BUILT_IN_PLAN = planFor(EXTRACTORS);

function anchored(extractor: Extractor, index: number, mask: number, lower: string, sentence: Sentence): boolean {
  const anchor = extractor.anchor;
  if (!(anchor instanceof RegExp)) return (mask & (1 << index)) !== 0;
  anchor.lastIndex = 0;
  return anchor.test(lower.slice(sentence.start, sentence.end));
}

/** A note read as far as structure goes (text, sections, tables, sentences): what extraction runs over. */
export interface PreparedNote {
  warnings: string[];
  text: string;
  lower: string;
  lines: LineIndex;
  sections: Section[];
  rows: TableRow[];
  sentences: Sentence[];
  queryBlocks: QueryBlock[];
  dateOfService: string | null;
  note: NoteContext;
  isDocument: (kind: DocumentKind) => boolean;
  plan: ExtractorPlan;
  options: AnalyzeOptions;
}

/** Text -> sections -> tables -> sentences (a table row is one). */
export function prepareNote(input: string, options: AnalyzeOptions = {}): PreparedNote {
  const warnings = inputWarnings(input);
  const written = withLineFeeds(input.length > MAX_ANALYZED_CHARS ? input.slice(0, MAX_ANALYZED_CHARS) : input);
  const writtenLower = normalizeForMatching(written);
  // The note as read: its physician queries blanked out but their answers (same offsets).
  const queryBlocks = findQueryBlocks(writtenLower);
  const text = maskQueryBlocks(written, queryBlocks);
  const lower = maskQueryBlocks(writtenLower, queryBlocks);
  const lines = new LineIndex(text);
  const sections = withQuerySections(findSections(text, lower), queryBlocks);
  const rows = tableRows(findTables(text, lower));
  const sentences = splitAtRows(text, splitSentences(text, lower, sections), rows);
  const dateOfService = options.dateOfService ?? findDateOfService(text, lower);
  const note: NoteContext = { dateOfService, lower, modality: noteModality(lower), region: noteRegion(lower), noteType: detectNoteType(lower, sections) };
  const isDocument = (kind: DocumentKind) => noteKind(note)[kind];
  const plan = options.customTargets && options.customTargets.length > 0 ? customTargetPlan(options.customTargets, (custom) => planFor([...EXTRACTORS, custom])) : BUILT_IN_PLAN;
  return { warnings, text, lower, lines, sections, rows, sentences, queryBlocks, dateOfService, note, isDocument, plan, options };
}

/**
 * Where a note's sentences split into `parts` runs of about equal size: part k is sentences
 * [bounds[k], bounds[k + 1]). Extraction reads one sentence at a time (with the whole note around
 * it), so the parts can be read apart, on other threads, and joined (finishAnalysis).
 */
export function partBounds(prepared: PreparedNote, parts: number): number[] {
  const { sentences, text } = prepared;
  const bounds = [0];
  let k = 0;
  for (let part = 1; part < parts; part++) {
    const until = (text.length * part) / parts;
    while (k < sentences.length && sentences[k].end <= until) k++;
    bounds.push(k);
  }
  bounds.push(sentences.length);
  return bounds;
}

/** Targets -> ConText assertion -> findings, over sentences [from, to). */
export function extractFindings(prepared: PreparedNote, from = 0, to = prepared.sentences.length): AnyFinding[] {
  const { text, lower, lines, sections, rows, sentences, note, isDocument, plan } = prepared;
  const extracted: AnyFinding[] = [];
  for (let s = from; s < to; s++) {
    const sentence = sentences[s];
    const mask = plan.scanner.maskOf(lower, sentence.start, sentence.end);
    if (mask === 0 && !plan.hasRegexAnchors) continue;
    const section = sections[sentence.section];
    let view: SentenceView | undefined;
    let surroundings: Surroundings | undefined;
    const sentenceStartIndex = extracted.length;
    for (let e = 0; e < plan.extractors.length; e++) {
      const extractor = plan.extractors[e];
      if (!anchored(extractor, e, mask, lower, sentence)) continue;
      view ??= { text: text.slice(sentence.start, sentence.end), lower: lower.slice(sentence.start, sentence.end), start: sentence.start, section, note, context: (surroundings = new Surroundings(lower, sentence.start, sentence.end, section, note, rows)) };
      for (const candidate of extractor.extract(view)) {
        if (outsideLumbarSpine(candidate, section, note)) continue;
        // One set of the sentence's triggers for its findings and for what its extractors asked (mentionStands).
        const triggers = (surroundings as Surroundings).triggers;
        const target = { kind: candidate.kind, type: (candidate.attributes as { type?: string }).type, section: section.category, attributes: candidate.attributes };
        const options: AssertionOptions = { isAction: candidate.context?.isAction, target, isDocument, tableRow: view.context.tableRow };
        const decided = explainAssertion(triggers, candidate.head?.start ?? candidate.start, candidate.head?.end ?? candidate.end, section.category, options);
        if (decided.unanswered) continue;
        const assertion = decided.assertion;
        const cue = decided.cue && describeCue(decided.cue, text);
        if (candidate.onlyStated && !candidate.onlyStated.includes(String(decided.stated?.value))) continue;
        if (assertion === 'absent') {
          candidate.attributes = withoutMagnitudes(candidate.attributes) as never;
          delete candidate.valueAt;
        }
        // What the context states ("notIndicated") is kept whatever the assertion.
        if (decided.stated) candidate.attributes = { ...candidate.attributes, [decided.stated.attribute]: decided.stated.value };
        const finding = toFinding(candidate, text, lines, assertion, cue, section);
        let duplicate = false;
        for (let i = sentenceStartIndex; i < extracted.length && !duplicate; i++) duplicate = sameFinding(extracted[i], finding);
        if (!duplicate) extracted.push(finding);
      }
    }
  }
  return extracted;
}

/**
 * Findings (of every part, in order) -> mentions read together -> case. The findings are sorted
 * here, so parts joined in order give what one pass gives.
 */
export function finishAnalysis(prepared: PreparedNote, extracted: AnyFinding[]): NoteAnalysis {
  const { text, lower, lines, sections, sentences, queryBlocks, dateOfService, warnings, options } = prepared;
  extracted.sort((a, b) => a.start - b.start || a.end - b.end);
  const findings = resolveMentions(extracted, { text, lower, lines, sections, sentences });
  const noteCase = buildCase(findings, {
    dateOfService,
    noteType: prepared.note.noteType ?? 'unknown',
    conservativeCareMinimumMonths: options.conservativeCareMinimumMonths ?? 3,
    endplateWidthMm: options.endplateWidthMm ?? 35.7,
    text,
  });
  return { findings, case: noteCase, sections, sentences, queryBlocks, dateOfService, warnings };
}

/** Text -> sections -> tables -> sentences (a table row is one) -> targets -> ConText assertion -> findings -> mentions read together -> case. */
export function analyzeNote(input: string, options: AnalyzeOptions = {}): NoteAnalysis {
  const prepared = prepareNote(input, options);
  return finishAnalysis(prepared, extractFindings(prepared));
}
