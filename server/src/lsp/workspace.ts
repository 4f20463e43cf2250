import { pathToFileURL } from 'url';
import { CancellationToken, Connection, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Review, reviewNote } from '../engine';
import { yieldToEventLoop } from './analysis';
import { PublishedDiagnostics, toLspDiagnostics } from './diagnostics';
import { DocLinks } from './docs';
import { Logger } from './logger';
import { AnalyzeWorkspaceResult } from './protocol';
import { SettingsService, uriToPath } from './settings';

const MAX_FILES = 20_000;

/** A note of the run: its review (as published), or why it could not be read. */
export type NoteOutcome = { review: Review } | { error: string };

export interface RunOptions {
  /** Report on this (a request's work-done token) instead of creating a progress of its own. */
  progress?: WorkDoneProgressReporter;
  /** What the progress says it does ("Analyzing", "Auditing"). */
  verb?: string;
  /** Called for each note, in order; awaited (a report being written holds the run back). */
  onNote?: (uri: string, outcome: NoteOutcome) => void | Promise<void>;
}

export type RunResult = AnalyzeWorkspaceResult & { cancelled: boolean };

/**
 * "Analyze all notes in the workspace": every .note and .rad file (and files matching
 * `clinicalReview.files`) is reviewed from disk and its diagnostics published, so the Problems
 * view lists the whole folder. Open notes are left to the live analysis. One note at a time,
 * yielding between notes; cancellable from the progress notification. The counts it returns are
 * those of the diagnostics published for the notes it was given, open ones included.
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
    private readonly published: PublishedDiagnostics,
    /** Resolves once an open note's live analysis is published, with its review (none when it closed meanwhile). */
    private readonly publishOpen: (uri: string) => Promise<Review | undefined>,
  ) {}

  init(workDoneProgress: boolean): void {
    this.workDoneProgress = workDoneProgress;
  }

  async run(uris: string[] | undefined, token?: CancellationToken, options: RunOptions = {}): Promise<RunResult> {
    const started = performance.now();
    this.skipReasons = new Map();
    const targets = uris && uris.length ? uris : await this.collect();
    const created = options.progress || !this.workDoneProgress ? undefined : await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    const progress = options.progress ?? created;
    progress?.begin('Clinical Note Review', 0, `${options.verb ?? 'Analyzing'} ${targets.length} notes`, true);
    let files = 0;
    let problems = 0;
    let hints = 0;
    let skipped = 0;
    let cancelled = false;
    for (let i = 0; i < targets.length; i++) {
      if (token?.isCancellationRequested || created?.token.isCancellationRequested) {
        cancelled = true;
        break;
      }
      const uri = targets[i];
      const outcome = await this.reviewOne(uri);
      await options.onNote?.(uri, outcome);
      if ('error' in outcome) {
        skipped++;
        continue;
      }
      files++;
      const counts = this.published.countsFor(uri);
      problems += counts.problems;
      hints += counts.hints;
      if (progress && i % 5 === 0) progress.report(Math.round((100 * i) / targets.length), `${i + 1}/${targets.length}`);
      await yieldToEventLoop();
    }
    progress?.done();
    const elapsedMs = Math.round(performance.now() - started);
    const reasons = [...this.skipReasons].map(([why, n]) => `${n} ${why}`).join('; ');
    this.log.info(`Workspace analysis: ${files} notes, ${problems} diagnostics in Problems and ${hints} hints, ${skipped} skipped${reasons ? ` (${reasons})` : ''}, ${elapsedMs} ms${cancelled ? ', cancelled' : ''}.`);
    return { files, diagnostics: problems + hints, problems, hints, skipped, elapsedMs, cancelled };
  }

  /** An open note is the live analysis's (its current text); a closed one is read from disk. */
  private async reviewOne(uri: string): Promise<NoteOutcome> {
    if (this.documents.get(uri)) {
      const review = await this.publishOpen(uri);
      if (review) return { review };
    }
    return this.analyseClosed(uri);
  }

  /** Reviews a note from disk and publishes its diagnostics; the reason when it cannot be read. */
  async analyseClosed(uri: string): Promise<NoteOutcome> {
    const file = uriToPath(uri);
    if (!file) return { error: 'is not a file on disk' };
    const read = this.settings.workspace.readNote(file);
    if ('error' in read) {
      this.countSkip(read.error);
      this.log.warn(`Skipped ${this.log.fileName(uri)}: ${read.error}.`);
      return { error: read.error };
    }
    const s = await this.settings.forUri(uri);
    if (this.documents.get(uri)) {
      // Opened meanwhile: the live analysis publishes it.
      const live = await this.publishOpen(uri);
      if (live) return { review: live };
    }
    let review;
    try {
      review = reviewNote(read.text, s.review);
    } catch (e) {
      this.log.error(`Analysis of ${this.log.fileName(uri)} failed (${e instanceof Error ? e.name : 'error'}).`);
      return { error: 'the review failed on this note' };
    }
    if (read.warning) review.warnings.unshift(read.warning);
    this.published.publish(uri, toLspDiagnostics(review, uri, this.docs));
    this.analysed.add(uri);
    return { review };
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
