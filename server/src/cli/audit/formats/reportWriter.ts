import { AuditResult } from '../auditResult';
import { NoteRef } from '../auditInput';
import { AuditSummaryJson } from '../auditSummary';

/**
 * One note's outcome, in input order: its review, or why there is none. A review is its JSON
 * text as the worker wrote it (what NDJSON and JSON reports write as is) and, for a report that
 * reads it, the result parsed from that text on first use.
 */
export type AuditRecord = { ref: NoteRef; json: string; readonly result: AuditResult } | { ref: NoteRef; error: string };

export function reviewedRecord(ref: NoteRef, json: string): AuditRecord {
  let parsed: AuditResult | undefined;
  return {
    ref,
    json,
    get result() {
      return (parsed ??= JSON.parse(json) as AuditResult);
    },
  };
}

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
