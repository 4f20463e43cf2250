/**
 * The workspace audit's messages between client and server (beside protocol.ts): type
 * declarations and method names only, no behaviour. The server decides each note's status; the
 * client only shows what it is sent.
 */
import type { AnalyzeWorkspaceResult } from './protocol';

/** Any request here takes a client work-done token: the server reports `$/progress` on it. */
interface WorkDoneParams {
  workDoneToken?: string | number;
}

/**
 * Request: review every note of the workspace (or `uris`), publish their diagnostics (Problems),
 * and answer one row per note with its status. Cancellable: a cancelled audit answers the notes
 * reviewed so far, with `cancelled: true`.
 */
export const AUDIT_WORKSPACE_REQUEST = 'clinicalReview/auditWorkspace';
export interface AuditWorkspaceParams extends WorkDoneParams {
  uris?: string[];
}
export interface AuditNoteRow {
  uri: string;
  /** Relative to its workspace folder (with the folder's name first when there are several). */
  path: string;
  /** A status id of `AuditWorkspaceResult.statuses`. */
  status: string;
  /** The rule ids of its diagnostics, sorted, each once. */
  rules: string[];
  counts: { errors: number; warnings: number; information: number; hints: number };
  /** When the current reviewer (`clinicalReview.reviewer`) marked the note reviewed; absent if not. */
  reviewed?: string;
}
export interface AuditUnreadRow {
  uri: string;
  path: string;
  reason: string;
}
export interface AuditWorkspaceResult extends AnalyzeWorkspaceResult {
  /** Every status in the order to show them, with its label and how many notes have it. */
  statuses: Array<{ id: string; label: string; count: number }>;
  notes: AuditNoteRow[];
  /** Notes that could not be read (binary, a pipe, too odd to review), with why. */
  unread: AuditUnreadRow[];
  cancelled: boolean;
}

/** Request: the report formats "Export Audit Report…" offers. */
export const AUDIT_FORMATS_REQUEST = 'clinicalReview/auditFormats';
export interface AuditFormatInfo {
  id: string;
  label: string;
  extension: string;
}

/**
 * Request: the audit, written as a report by the command-line audit's own writer for `format`
 * into the file `target` (a file: URI). A cancelled export leaves no file behind.
 */
export const EXPORT_AUDIT_REQUEST = 'clinicalReview/exportAuditReport';
export interface ExportAuditParams extends AuditWorkspaceParams {
  format: string;
  target: string;
}
export interface ExportAuditResult extends AuditWorkspaceResult {
  /** The report is complete in `target`. */
  written: boolean;
  /** Why it is not (an I/O error code, no file name). */
  error?: string;
}
