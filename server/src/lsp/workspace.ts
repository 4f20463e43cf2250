import { pathToFileURL } from 'url';
import { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewNote } from '../engine';
import { yieldToEventLoop } from './analysis';
import { toLspDiagnostics } from './diagnostics';
import { DocLinks } from './docs';
import { Logger } from './logger';
import { AnalyzeWorkspaceResult } from './protocol';
import { SettingsService, uriToPath } from './settings';

const MAX_FILES = 20_000;

/**
 * "Analyze all notes in the workspace": every .note and .rad file (and files matching
 * `clinicalReview.files`) is reviewed from disk and its diagnostics published, so the Problems
 * view lists the whole folder. Open notes are left to the live analysis. One note at a time,
 * yielding between notes; cancellable from the progress notification.
 */
export class WorkspaceAnalysis {
  /** Closed files whose diagnostics come from a workspace analysis (kept in Problems). */
  readonly analysed = new Set<string>();
  private workDoneProgress = false;
  /** Why notes were skipped in the current run, with counts: what the log says without names. */
  private skipReasons = new Map<string, number>();

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
    this.skipReasons = new Map();
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
    const reasons = [...this.skipReasons].map(([why, n]) => `${n} ${why}`).join('; ');
    this.log.info(`Workspace analysis: ${files} notes, ${diagnostics} diagnostics, ${skipped} skipped${reasons ? ` (${reasons})` : ''}, ${elapsedMs} ms.`);
    return { files, diagnostics, skipped, elapsedMs };
  }

  /** Reviews a note from disk and publishes its diagnostics; undefined when it cannot be read. */
  async analyseClosed(uri: string): Promise<number | undefined> {
    const file = uriToPath(uri);
    if (!file) return undefined;
    const read = this.settings.workspace.readNote(file);
    if ('error' in read) {
      this.countSkip(read.error);
      this.log.warn(`Skipped ${this.log.fileName(uri)}: ${read.error}.`);
      return undefined;
    }
    const s = await this.settings.forUri(uri);
    if (this.documents.get(uri)) return 0; // opened meanwhile
    let review;
    try {
      review = reviewNote(read.text, s.review);
    } catch (e) {
      this.log.error(`Analysis of ${this.log.fileName(uri)} failed (${e instanceof Error ? e.name : 'error'}).`);
      return undefined;
    }
    if (read.warning) review.warnings.unshift(read.warning);
    const diagnostics = toLspDiagnostics(review, uri, this.docs);
    void this.connection.sendDiagnostics({ uri, diagnostics });
    this.analysed.add(uri);
    return diagnostics.length;
  }

  private countSkip(why: string): void {
    this.skipReasons.set(why, (this.skipReasons.get(why) ?? 0) + 1);
  }

  /** The note files of every workspace folder. */
  async collect(): Promise<string[]> {
    const editor = await this.settings.editorSettings();
    const include = Array.isArray(editor.files) ? editor.files.filter((p): p is string => typeof p === 'string') : [];
    const onError = (p: string, message: string) => this.log.warn(`Could not list ${this.log.fileName(p)}: ${message}.`);
    return this.settings.workspace.listNotes(this.settings.workspaceFolders, { include, limit: MAX_FILES, onError }).map((f) => pathToFileURL(f).href);
  }
}
