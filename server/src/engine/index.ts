/**
 * Public entry of the analysis engine: text -> findings -> case -> recommendations.
 * Pure library: no vscode or LSP imports anywhere under engine/. The CLI and the language
 * server import the engine through this file only.
 */
export * from './types';
export { analyzeNote, NoteAnalysis, MAX_ANALYZED_CHARS } from './analyzeNote';
export * from './review';
export { findingToJson, diagnosticToJson, DiagnosticJson, FindingJson, FileResultJson } from './serialize';
/** Helpers the editor's inlay hints and incremental cache use. */
export { findDurations, DurationMention } from './normalize/durations';
export { gradeForPercent, percentFromMm, TYPICAL_ENDPLATE_WIDTH_MM } from './rules/meyerding';
export { normalizeForMatching } from './text/normalize';
/** Calendar-checked date parsing, for the CLI's --date. */
export { parseDate } from './normalize/dates';
/** The physician queries the engine writes, as found in a note (for the editor's quick fixes). */
export { findQueryBlocks, queryTopic, QueryBlock } from './text/queryBlocks';
