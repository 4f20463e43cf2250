/**
 * The sidecars of the whole workspace, for the client: "Export Annotations…" (the reviewers'
 * judgements written as brat standoff or BioC XML by the CLI's own code, annotationFiles.ts
 * sidecarDocuments and annotations/exportFiles.ts, so the editor and `clinical-review export-brat
 * --from-sidecars` write the same bytes), the reviewers who judged notes, and which notes are
 * marked reviewed. Off in Restricted Mode, as the annotations are.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Connection } from 'vscode-languageserver/node';
import { EXPORT_FORMATS, realPath, writeExport } from '../annotations/exportFiles';
import { reviewersOf } from '../annotations/judgements';
import { SIDECAR_DIR } from '../annotations/model';
import { readGoldFolder, sidecarDocuments } from '../cli/annotationFiles';
import { NodeWorkspace } from '../workspace';
import {
  ANNOTATION_REVIEWERS_REQUEST,
  AnnotationReviewersResult,
  EXPORT_ANNOTATIONS_REQUEST,
  ExportAnnotationsParams,
  ExportAnnotationsResult,
  REVIEWED_NOTES_REQUEST,
  ReviewedNotesResult,
} from './annotationProtocol';
import { SettingsService, uriToPath } from './settings';

const RESTRICTED = 'Annotations are off in Restricted Mode: trust this folder to export its annotations.';

/** The workspace folders that hold sidecars. */
function annotatedFolders(settings: SettingsService): string[] {
  return settings.workspaceFolders.filter((f) => fs.existsSync(path.join(f, ...SIDECAR_DIR.split('/'))));
}

export function exportAnnotations(p: ExportAnnotationsParams, settings: SettingsService): ExportAnnotationsResult {
  const none = (message: string): ExportAnnotationsResult => ({ ok: false, message, notes: 0, spans: 0, problems: [] });
  if (!settings.isTrusted) return none(RESTRICTED);
  if (!p || !EXPORT_FORMATS.includes(p.format)) return none('Choose brat or BioC.');
  const out = typeof p.target === 'string' ? uriToPath(p.target) : undefined;
  if (!out) return none('Choose a folder (or file) on disk to export to.');
  const folders = annotatedFolders(settings);
  if (folders.length === 0) return none('No note of the workspace has annotations yet.');
  const problems: string[] = [];
  const problem = (where: string, message: string) => problems.push(`${where}: ${message}`);
  const reviewer = typeof p.reviewer === 'string' && p.reviewer ? p.reviewer : undefined;
  const { documents, notes } = sidecarDocuments(new NodeWorkspace(), folders, reviewer, problem);
  const written = writeExport(documents, { format: p.format, out, protect: new Set(notes.map(realPath)), problem });
  const what = `${written.notes} note${written.notes === 1 ? '' : 's'} with ${written.spans} judgement${written.spans === 1 ? '' : 's'}`;
  const ok = problems.length === 0;
  return { ok, message: `Exported ${what}${reviewer ? ` of ${reviewer}` : ''} (${p.format}) to ${written.target}${ok ? '.' : `; ${problems.length} could not be exported.`}`, notes: written.notes, spans: written.spans, target: written.target, problems };
}

/** Every readable sidecar of the workspace folders, with its note's path (none in Restricted Mode). */
function workspaceSidecars(settings: SettingsService) {
  if (!settings.isTrusted) return [];
  const workspace = new NodeWorkspace();
  return annotatedFolders(settings).flatMap((folder) => readGoldFolder(workspace, folder, {}, () => undefined)?.documents ?? []);
}

export function annotationReviewers(settings: SettingsService, me: string): AnnotationReviewersResult {
  const reviewers = new Set<string>();
  for (const doc of workspaceSidecars(settings)) if (doc.sidecar) reviewersOf(doc.sidecar).forEach((r) => reviewers.add(r));
  return { reviewers: [...reviewers].sort(), me };
}

export function reviewedNotes(settings: SettingsService, me: string): ReviewedNotesResult {
  const notes: ReviewedNotesResult['notes'] = {};
  for (const doc of workspaceSidecars(settings)) {
    if (doc.sidecar && doc.defaultNote && Object.keys(doc.sidecar.reviewed).length > 0) notes[pathToFileURL(doc.defaultNote).href] = { ...doc.sidecar.reviewed };
  }
  return { notes, me };
}

export function registerAnnotationWorkspace(connection: Connection, settings: SettingsService, me: () => string): void {
  connection.onRequest(EXPORT_ANNOTATIONS_REQUEST, (p: ExportAnnotationsParams) => exportAnnotations(p, settings));
  connection.onRequest(ANNOTATION_REVIEWERS_REQUEST, () => annotationReviewers(settings, me()));
  connection.onRequest(REVIEWED_NOTES_REQUEST, () => reviewedNotes(settings, me()));
}
