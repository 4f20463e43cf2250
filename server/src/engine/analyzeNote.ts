import { decideAssertion, SentenceTriggers } from './context/assertion';
import { buildCase } from './case/buildCase';
import { EXTRACTORS } from './extractors';
import { customTargetExtractor } from './extractors/customTargets';
import { AnyCandidate, Extractor, NoteContext, SentenceView } from './extractors/types';
import { findDateOfService } from './normalize/dates';
import { LineIndex } from './text/lineIndex';
import { normalizeForMatching } from './text/normalize';
import { findSections } from './text/sections';
import { splitSentences } from './text/sentences';
import { AnalyzeOptions, AnyFinding, Case, Section, Sentence } from './types';

export interface NoteAnalysis {
  findings: AnyFinding[];
  case: Case;
  sections: Section[];
  sentences: Sentence[];
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

function toFinding(candidate: AnyCandidate, text: string, lines: LineIndex, assertion: AnyFinding['assertion'], section: Section): AnyFinding {
  return {
    kind: candidate.kind,
    assertion,
    text: text.slice(candidate.start, candidate.end),
    range: lines.rangeOf(candidate.start, candidate.end),
    attributes: candidate.attributes,
    start: candidate.start,
    end: candidate.end,
    section: section.category,
  } as AnyFinding;
}

function sameFinding(a: AnyFinding, b: AnyFinding): boolean {
  return a.kind === b.kind && a.start === b.start && a.end === b.end && JSON.stringify(a.attributes) === JSON.stringify(b.attributes);
}

/** Text -> sections -> sentences -> targets -> ConText assertion -> findings -> case. */
export function analyzeNote(input: string, options: AnalyzeOptions = {}): NoteAnalysis {
  const warnings = inputWarnings(input);
  const text = input.length > MAX_ANALYZED_CHARS ? input.slice(0, MAX_ANALYZED_CHARS) : input;
  const lower = normalizeForMatching(text);
  const lines = new LineIndex(text);
  const sections = findSections(text, lower);
  const sentences = splitSentences(text, lower, sections);
  const dateOfService = options.dateOfService ?? findDateOfService(text, lower);
  const note: NoteContext = { dateOfService, lower };
  const extractors: Extractor[] = [...EXTRACTORS];
  if (options.customTargets && options.customTargets.length > 0) extractors.push(customTargetExtractor(options.customTargets));

  const findings: AnyFinding[] = [];
  for (const sentence of sentences) {
    const section = sections[sentence.section];
    let view: SentenceView | undefined;
    let triggers: SentenceTriggers | undefined;
    const sentenceStartIndex = findings.length;
    const sentenceLower = lower.slice(sentence.start, sentence.end);
    for (const extractor of extractors) {
      extractor.anchor.lastIndex = 0;
      if (!extractor.anchor.test(sentenceLower)) continue;
      view ??= { text: text.slice(sentence.start, sentence.end), lower: sentenceLower, start: sentence.start, section, note };
      for (const candidate of extractor.extract(view)) {
        let assertion = candidate.assertion;
        if (assertion === undefined) {
          triggers ??= new SentenceTriggers(lower, sentence.start, sentence.end);
          assertion = decideAssertion(triggers, candidate.start, candidate.end, section.category, candidate.context);
        }
        const finding = toFinding(candidate, text, lines, assertion, section);
        let duplicate = false;
        for (let i = sentenceStartIndex; i < findings.length && !duplicate; i++) duplicate = sameFinding(findings[i], finding);
        if (!duplicate) findings.push(finding);
      }
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const sentenceAround = (offset: number): string => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return s ? lower.slice(s.start, s.end) : '';
  };
  const noteCase = buildCase(findings, {
    dateOfService,
    sentenceAround,
    conservativeCareMinimumMonths: options.conservativeCareMinimumMonths ?? 3,
    endplateWidthMm: options.endplateWidthMm ?? 35.7,
  });
  return { findings, case: noteCase, sections, sentences, dateOfService, warnings };
}
