import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readNote } from '../cli/files';
import { reviewNote } from '../engine/review/reviewNote';
import { yieldToEventLoop } from './analysis';
import { toLspDiagnostics } from './diagnostics';
import { DocLinks } from './docs';
import { matchesGlob } from './glob';
import { Logger } from './logger';
import { AnalyzeWorkspaceResult } from './protocol';
import { SettingsService, uriToPath } from './settings';

/**
 * "Analyze all notes in the workspace": every .note and .rad file (and files matching
 * `clinicalReview.files`) is reviewed from disk and its diagnostics published, so the Problems
 * view lists the whole folder. Open notes are left to the live analysis. One note at a time,
 * yielding between notes; cancellable from the progress notification.
 */
export const NOTE_EXTENSIONS = ['.note', '.rad'];
const SKIP_DIRS = new Set(['node_modules', 'bower_components']);
const MAX_FILES = 20_000;
const MAX_BYTES = 10 * 1024 * 1024;

export class WorkspaceAnalysis {
  /** Closed files whose diagnostics come from a workspace analysis (kept in Problems). */
  readonly analysed = new Set<string>();
  private workDoneProgress = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsService,
    private readonly docs: DocLinks,
    private readonly log: Logger,
  ) {}

  init(workDoneProgress: boolean): void {
    this.workDoneProgress = workDoneProgress;
  }

  async run(uris: string[] | undefined, token?: CancellationToken): Promise<AnalyzeWorkspaceResult> {
    const started = performance.now();
    const targets = uris && uris.length ? uris : await this.collect();
    const progress = this.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Clinical Note Review', 0, `Analyzing ${targets.length} notes`, true);
    let files = 0;
    let diagnostics = 0;
    let skipped = 0;
    for (let i = 0; i < targets.length; i++) {
      if (token?.isCancellationRequested || progress?.token.isCancellationRequested) break;
      const uri = targets[i];
      if (this.documents.get(uri)) {
        files++; // open: the live analysis publishes it
        continue;
      }
      const count = await this.analyseClosed(uri);
      if (count === undefined) skipped++;
      else {
        files++;
        diagnostics += count;
      }
      if (progress && i % 5 === 0) progress.report(Math.round((100 * i) / targets.length), `${i + 1}/${targets.length}`);
      await yieldToEventLoop();
    }
    progress?.done();
    const elapsedMs = Math.round(performance.now() - started);
    this.log.info(`Workspace analysis: ${files} notes, ${diagnostics} diagnostics, ${skipped} skipped, ${elapsedMs} ms.`);
    return { files, diagnostics, skipped, elapsedMs };
  }

  /** Reviews a note from disk and publishes its diagnostics; undefined when it cannot be read. */
  async analyseClosed(uri: string): Promise<number | undefined> {
    const file = uriToPath(uri);
    if (!file) return undefined;
    try {
      if (fs.statSync(file).size > MAX_BYTES) {
        this.log.warn(`Skipped ${uri}: larger than ${MAX_BYTES / 1024 / 1024} MB.`);
        return undefined;
      }
    } catch {
      return undefined;
    }
    const read = readNote(file);
    if ('error' in read) {
      this.log.warn(`Skipped ${uri}: ${read.error}.`);
      return undefined;
    }
    const s = await this.settings.forUri(uri);
    if (this.documents.get(uri)) return 0; // opened meanwhile
    let review;
    try {
      review = reviewNote(read.text, s.review);
    } catch (e) {
      this.log.error(`Analysis of ${uri} failed (${e instanceof Error ? e.name : 'error'}).`);
      return undefined;
    }
    const diagnostics = toLspDiagnostics(review, uri, this.docs);
    void this.connection.sendDiagnostics({ uri, diagnostics });
    this.analysed.add(uri);
    return diagnostics.length;
  }

  /** The note files of every workspace folder. */
  async collect(): Promise<string[]> {
    const editor = await this.settings.editorSettings();
    const patterns = Array.isArray(editor.files) ? editor.files.filter((p): p is string => typeof p === 'string') : [];
    const out: string[] = [];
    for (const folder of this.settings.workspaceFolders) {
      const walk = (dir: string) => {
        if (out.length >= MAX_FILES) return;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(dir, { withFileTypes: true });
        } catch {
          return;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const e of entries) {
          const full = path.join(dir, e.name);
          if (e.isDirectory()) {
            if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) walk(full);
          } else if (e.isFile()) {
            const rel = path.relative(folder, full).split(path.sep).join('/');
            if (NOTE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()) || patterns.some((p) => matchesGlob(rel, p))) {
              out.push(pathToFileURL(full).href);
              if (out.length >= MAX_FILES) return;
            }
          }
        }
      };
      walk(folder);
    }
    return out;
  }
}
