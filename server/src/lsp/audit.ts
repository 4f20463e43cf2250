import * as fs from 'fs';
import * as path from 'path';
import { CancellationToken, Connection, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { NOTE_STATUS_LABEL, NOTE_STATUSES, noteStatus, NoteStatus, Review } from '../engine';
import { AuditSummary, tallyOf } from '../cli/audit/auditSummary';
import { auditResultOf } from '../cli/audit/auditResult';
import { REPORT_FORMATS, reportFormat } from '../cli/audit/formats';
import { reviewedRecord } from '../cli/audit/formats/reportWriter';
import { Output } from '../cli/audit/output';
import {
  AuditFormatInfo,
  AuditNoteRow,
  AuditUnreadRow,
  AuditWorkspaceParams,
  AuditWorkspaceResult,
  ExportAuditParams,
  ExportAuditResult,
} from './auditProtocol';
import { Logger } from './logger';
import { uriToPath } from './settings';
import { NoteOutcome, WorkspaceAnalysis } from './workspace';

/** A note's row: its status (decided by the engine's noteStatus), its rules and counts. */
export function auditRow(uri: string, relative: string, review: Review, reviewed?: string): AuditNoteRow {
  const counts = { errors: 0, warnings: 0, information: 0, hints: 0 };
  const key = { error: 'errors', warning: 'warnings', information: 'information', hint: 'hints' } as const;
  for (const d of review.diagnostics) counts[key[d.severity]]++;
  const row: AuditNoteRow = { uri, path: relative, status: noteStatus(review.case, review.diagnostics), rules: [...new Set(review.diagnostics.map((d) => d.code))].sort(), counts };
  if (reviewed) row.reviewed = reviewed;
  return row;
}

/** A note's path for the Review view: relative to its workspace folder (named first when there are several). */
export function relativePath(uri: string, folders: readonly string[]): string {
  const file = uriToPath(uri);
  if (!file) return uri;
  const folder = folders.filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep)).sort((a, b) => b.length - a.length)[0];
  if (!folder) return path.basename(file);
  const rel = path.relative(folder, file).split(path.sep).join('/');
  return folders.length > 1 ? `${path.basename(folder)}/${rel}` : rel;
}

/**
 * "Audit Workspace" and "Export Audit Report…": the workspace analysis (the same walk, the same
 * reviews, Problems filled as it goes) with one status row per note, and, for an export, the
 * command-line audit's report writer fed the same reviews.
 */
export class WorkspaceAudit {
  constructor(
    private readonly connection: Connection,
    private readonly workspace: WorkspaceAnalysis,
    private readonly folders: () => readonly string[],
    private readonly log: Logger,
    /** When the current reviewer marked a note reviewed (its annotations sidecar). */
    private readonly reviewedAt: (uri: string) => string | undefined = () => undefined,
  ) {}

  formats(): AuditFormatInfo[] {
    return REPORT_FORMATS.filter((f) => f.editorExport).map(({ id, label, extension }) => ({ id, label, extension }));
  }

  async audit(params: AuditWorkspaceParams, token: CancellationToken, onNote?: (uri: string, outcome: NoteOutcome) => Promise<void>): Promise<AuditWorkspaceResult> {
    const notes: AuditNoteRow[] = [];
    const unread: AuditUnreadRow[] = [];
    const folders = this.folders();
    const progress = params.workDoneToken !== undefined ? this.connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
    const uris = Array.isArray(params.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : undefined;
    const run = await this.workspace.run(uris, token, {
      progress,
      verb: 'Auditing',
      onNote: async (uri, outcome) => {
        const rel = relativePath(uri, folders);
        if ('error' in outcome) unread.push({ uri, path: rel, reason: outcome.error });
        else notes.push(auditRow(uri, rel, outcome.review, this.reviewedAt(uri)));
        await onNote?.(uri, outcome);
      },
    });
    const count = new Map<string, number>();
    for (const n of notes) count.set(n.status, (count.get(n.status) ?? 0) + 1);
    const statuses = NOTE_STATUSES.map((id: NoteStatus) => ({ id, label: NOTE_STATUS_LABEL[id], count: count.get(id) ?? 0 }));
    // Counts only: file names are PHI.
    const reviewed = notes.filter((n) => n.reviewed).length;
    this.log.info(`Audit: ${statuses.map((s) => `${s.label.toLowerCase()} ${s.count}`).join(', ')}; ${reviewed} reviewed; ${unread.length} not read${run.cancelled ? '; cancelled' : ''}.`);
    return { ...run, statuses, notes, unread };
  }

  async export(params: ExportAuditParams, token: CancellationToken): Promise<ExportAuditResult> {
    const format = reportFormat(String(params.format));
    if (!format || !format.editorExport) throw new ResponseError(ErrorCodes.InvalidParams, `unknown report format "${String(params.format)}"`);
    const file = typeof params.target === 'string' ? uriToPath(params.target) : undefined;
    if (!file) throw new ResponseError(ErrorCodes.InvalidParams, 'the report goes to a file: URI');
    let out: Output;
    try {
      out = Output.toFile(file);
    } catch (e) {
      throw new ResponseError(ErrorCodes.InternalError, `cannot write the report (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const writer = format.create(out, {});
    const summary = new AuditSummary();
    writer.begin();
    const result = await this.audit(params, token, async (uri, outcome) => {
      const ref = { path: uriToPath(uri) ?? uri };
      if ('error' in outcome) {
        summary.skipped(ref, outcome.error);
        writer.record({ ref, error: outcome.error });
      } else {
        const audited = auditResultOf(outcome.review);
        summary.reviewed(tallyOf(audited));
        writer.record(reviewedRecord(ref, JSON.stringify(audited)));
      }
      await out.drained();
    });
    if (!result.cancelled) writer.end(summary.toJson());
    await out.close();
    const error = out.error;
    if (result.cancelled || error) fs.rmSync(file, { force: true });
    this.log.info(`Audit report (${format.id}): ${result.cancelled ? 'cancelled, not kept' : error ? `not written (${error})` : 'written'}.`);
    return { ...result, written: !result.cancelled && !error, ...(error ? { error } : {}) };
  }
}
