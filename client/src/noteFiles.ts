import * as vscode from 'vscode';
import { SECTION } from './settings';

/**
 * Opt-in: files matching `clinicalReview.files` (glob patterns, relative to a workspace folder,
 * e.g. "notes/**\/*.txt") are switched to the clinical-note language when they open, so they get
 * the grammar and the language server like .note and .rad files.
 */
export const LANGUAGE_ID = 'clinical-note';

export function notePatterns(): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<unknown>('files', []);
  return Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

export function matchesNotePatterns(doc: vscode.TextDocument, patterns = notePatterns()): boolean {
  if (patterns.length === 0 || doc.uri.scheme !== 'file') return false;
  for (const p of patterns) {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (vscode.languages.match({ pattern: new vscode.RelativePattern(folder, p) }, doc) > 0) return true;
    }
    if (vscode.languages.match({ pattern: p }, doc) > 0) return true;
  }
  return false;
}

async function adopt(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId === LANGUAGE_ID || doc.isClosed) return;
  if (!matchesNotePatterns(doc)) return;
  try {
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  } catch {
    // The document closed meanwhile.
  }
}

export function registerNoteFiles(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void adopt(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.files`)) for (const doc of vscode.workspace.textDocuments) void adopt(doc);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) void adopt(doc);
}
