import { AuditResult } from '../auditResult';
import { NoteRef } from '../auditInput';
import { AuditSummaryJson } from '../auditSummary';

/** One note's outcome, in input order: its review, or why there is none. */
export type AuditRecord = { ref: NoteRef; result: AuditResult } | { ref: NoteRef; error: string };

/** A report format: written as the records arrive, never holding them all. */
export interface ReportWriter {
  begin(): void;
  record(r: AuditRecord): void;
  end(summary: AuditSummaryJson): void;
}

/** The note a row or result is about: its path, or its id on standard input (else its line number). */
export function noteName(ref: NoteRef): string {
  return 'path' in ref ? ref.path : ref.id !== null ? String(ref.id) : `line ${ref.line}`;
}
