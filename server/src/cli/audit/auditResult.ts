import { Case, diagnosticToJson, DiagnosticJson, findingToJson, FindingJson, Review, reviewNote, ReviewSettings } from '../../engine';
import { NoteTally, tallyOf } from './auditSummary';

/** One note's review as the audit formats write it: the CLI's JSON contract without the path. */
export interface AuditResult {
  findings: FindingJson[];
  case: Case;
  diagnostics: DiagnosticJson[];
  summary: { line: string; statusBar: string };
  warnings: string[];
}

/** What a worker is asked to review. */
export interface ReviewTask {
  text: string;
  settings: ReviewSettings;
  /** A warning from reading the note (only part of it was read). */
  warning?: string;
}

export function auditNote(task: ReviewTask): AuditResult {
  return auditResultOf(reviewNote(task.text, task.settings), task.warning);
}

/** A review made elsewhere (the language server's) as the audit formats write it. */
export function auditResultOf(review: Review, readWarning?: string): AuditResult {
  const warnings = readWarning ? [readWarning, ...review.warnings] : review.warnings;
  return {
    findings: review.findings.map(findingToJson),
    case: review.case,
    diagnostics: review.diagnostics.map(diagnosticToJson),
    summary: { line: review.summary.line, statusBar: review.summary.statusBar },
    warnings,
  };
}

/** A reviewed note as it leaves the thread that reviewed it: the result as JSON text, and the summary's tally. */
export interface ReviewedNote {
  json: string;
  tally: NoteTally;
}

export function reviewedNote(task: ReviewTask): ReviewedNote {
  const result = auditNote(task);
  return { json: JSON.stringify(result), tally: tallyOf(result) };
}
