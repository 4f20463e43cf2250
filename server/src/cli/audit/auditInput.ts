import { ReviewTask } from './auditResult';

/** Which note a record is about: a file, or a line of standard input (its id, when it has one). */
export type NoteRef = { path: string } | { line: number; id: string | number | null; /** The meta member's source text, passed through as written. */
  meta?: string };

/** One unit of the audit, in input order: a note to review, or one that cannot be, with why. */
export type AuditInput = { ref: NoteRef; task: ReviewTask } | { ref: NoteRef; skipped: string };
