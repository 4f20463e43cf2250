import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewNote } from '../engine';
import { CachedReview, cachedReview, DocumentCache } from './documentCache';
import { Logger } from './logger';
import { DocumentSettings, SettingsService } from './settings';
import { AnalysisWorker, ReviewHeadline } from './worker';

/** What publishing needs: a full cached review, or the headline a worker sends ahead of it. */
export interface Publishable {
  uri: string;
  version: number;
  elapsedMs: number;
  review: ReviewHeadline;
}

/**
 * When notes are analysed.
 * - Each edit re-arms a short per-document timer (3 ms for a small note, up to 25 ms for a
 *   500 KB one). When it fires, the note joins a queue worked one note at a time, smallest first,
 *   yielding to the event loop between notes so requests and other notes are served in between.
 * - Notes above WORKER_THRESHOLD characters go to a worker thread instead, one at a time, the
 *   latest version only: a large note never blocks the small ones.
 * - A version superseded while it waited is dropped before analysis; a result is cached and
 *   published only if its version is still the open one.
 * - Requests (hover, tokens...) share the pending analysis instead of starting another.
 */
export const WORKER_THRESHOLD = 100_000;

export class AnalysisService {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue = new Set<string>();
  private readonly bigQueue = new Set<string>();
  private bigCurrent: string | undefined;
  /** The worker's note has its diagnostics back; only the copy of the full review remains. */
  private bigHeadlineIn = false;
  private readonly waiters = new Map<string, Array<(entry: CachedReview | undefined) => void>>();
  private draining = false;
  private readonly worker: AnalysisWorker | undefined;
  /** Fixed quiet time after an edit (setting clinicalReview.debounceMs); undefined: adaptive. */
  debounceMs: number | undefined;
  /** Number of analyses run (for tests and the benchmark). */
  analyses = 0;
  /** Called with each fresh result for the open version of a document. */
  onAnalyzed: (result: Publishable) => void = () => undefined;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsService,
    private readonly cache: DocumentCache,
    private readonly log: Logger,
    options: { worker?: boolean } = {},
  ) {
    this.worker = options.worker === false ? undefined : new AnalysisWorker();
  }

  /** A note opened or changed: analyse it after a short quiet time. */
  schedule(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.queue.delete(uri);
    const delay = this.debounceMs ?? adaptiveDelay(doc.getText().length);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.queue.add(uri);
        void this.drain();
      }, delay),
    );
  }

  /** Every open note again (settings changed). */
  scheduleAll(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  /** A note closed: drop its pending work. */
  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.queue.delete(uri);
    this.bigQueue.delete(uri);
    this.cache.delete(uri);
    // Closed while the worker reads it: stop the worker (a new one starts for the next large note).
    if (this.bigCurrent === uri) this.worker?.dispose();
    this.resolveWaiters(uri, undefined);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.worker?.dispose();
  }

  /** The review of the open version of a note, sharing a pending analysis when there is one. */
  async reviewFor(uri: string): Promise<CachedReview | undefined> {
    if (!this.documents.get(uri)) return undefined;
    const s = await this.settings.forUri(uri);
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.cache.get(uri, doc.version, s.key);
    if (hit) return hit;
    const wait = new Promise<CachedReview | undefined>((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
    if (this.timers.has(uri) || this.queue.has(uri) || this.bigQueue.has(uri) || this.bigCurrent === uri) return wait;
    if (this.isBig(doc)) {
      this.bigQueue.add(uri);
      void this.runBig();
      return wait;
    }
    this.analyze(doc, s);
    return wait;
  }

  /** A large note (analysed on the worker) whose analysis is still queued or running: hovers don't wait for it. */
  isBigAndPending(uri: string): boolean {
    const doc = this.documents.get(uri);
    if (!doc || !this.isBig(doc)) return false;
    return this.timers.has(uri) || this.queue.has(uri) || this.bigQueue.has(uri) || (this.bigCurrent === uri && !this.bigHeadlineIn);
  }

  private isBig(doc: TextDocument): boolean {
    return this.worker !== undefined && doc.getText().length >= WORKER_THRESHOLD;
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.size > 0) {
        const uri = this.nextUri();
        this.queue.delete(uri);
        const before = this.documents.get(uri);
        if (!before) continue;
        const version = before.version;
        const s = await this.settings.forUri(uri);
        const doc = this.documents.get(uri);
        // Superseded (a newer edit is waiting for its own turn) or closed: drop.
        if (!doc || doc.version !== version || this.timers.has(uri)) {
          this.log.trace(`Dropped stale analysis of ${uri} v${version}`);
          continue;
        }
        const hit = this.cache.get(uri, version, s.key);
        if (hit) {
          this.onAnalyzed(hit);
        } else if (this.isBig(doc)) {
          this.bigQueue.add(uri);
          void this.runBig();
          continue;
        } else {
          const entry = this.analyze(doc, s);
          if (entry && this.documents.get(uri)?.version === entry.version) this.onAnalyzed(entry);
        }
        await yieldToEventLoop();
      }
    } finally {
      this.draining = false;
    }
  }

  /** Large notes, one at a time on the worker, the open version of each. */
  private async runBig(): Promise<void> {
    if (this.bigCurrent !== undefined || !this.worker) return;
    try {
      while (this.bigQueue.size > 0) {
        const uri = this.bigQueue.values().next().value as string;
        this.bigQueue.delete(uri);
        this.bigCurrent = uri;
        this.bigHeadlineIn = false;
        const doc = this.documents.get(uri);
        if (!doc) continue;
        const version = doc.version;
        const s = await this.settings.forUri(uri);
        if (this.documents.get(uri)?.version !== version) continue;
        let entry = this.cache.get(uri, version, s.key);
        let published = false;
        if (!entry) {
          const text = doc.getText();
          // Publish as soon as the diagnostics are back, before the full review is copied over.
          const early = (headline: ReviewHeadline, elapsedMs: number) => {
            if (this.documents.get(uri)?.version !== version) return;
            published = true;
            this.bigHeadlineIn = true;
            this.onAnalyzed({ uri, version, elapsedMs, review: headline });
          };
          try {
            const { review, elapsedMs } = await this.worker.review(text, s.review, early);
            entry = cachedReview(uri, version, s, text, review, elapsedMs, true);
            this.analyses++;
            this.traceAnalysis(entry);
          } catch (e) {
            const current = this.documents.get(uri);
            if (current?.version === version) {
              this.log.warn(`Worker analysis of ${this.log.fileName(uri)} v${version} failed (${e instanceof Error ? e.message : 'error'}); analysing on the main thread.`);
              entry = this.analyze(current, s);
            }
          }
        }
        // Stale (edited meanwhile, the newer version is scheduled) or closed: drop.
        if (!entry || this.documents.get(uri)?.version !== version) {
          this.log.trace(`Dropped stale analysis of ${uri} v${version}`);
          continue;
        }
        this.cache.set(entry);
        this.resolveWaiters(uri, entry);
        if (!published) this.onAnalyzed(entry);
      }
    } finally {
      this.bigCurrent = undefined;
    }
  }

  /** Smallest queued note first: a large note never holds up the small ones queued with it. */
  private nextUri(): string {
    let best: string | undefined;
    let bestSize = Infinity;
    for (const uri of this.queue) {
      const size = this.documents.get(uri)?.getText().length ?? 0;
      if (size < bestSize) [best, bestSize] = [uri, size];
    }
    return best!;
  }

  private analyze(doc: TextDocument, s: DocumentSettings): CachedReview | undefined {
    const text = doc.getText();
    const started = performance.now();
    let entry: CachedReview | undefined;
    try {
      const review = reviewNote(text, s.review);
      entry = cachedReview(doc.uri, doc.version, s, text, review, performance.now() - started);
      this.analyses++;
      this.cache.set(entry);
      this.traceAnalysis(entry);
    } catch (e) {
      // Never the error message here: an engine error could quote the note.
      this.log.error(`Analysis of ${this.log.fileName(doc.uri)} v${doc.version} failed (${e instanceof Error ? e.name : 'error'}).`);
    }
    this.resolveWaiters(doc.uri, entry);
    return entry;
  }

  private traceAnalysis(entry: CachedReview): void {
    const { review } = entry;
    this.log.trace(
      `Analysed ${entry.uri} v${entry.version} (${entry.text.length} chars) in ${entry.elapsedMs.toFixed(1)} ms${entry.fromWorker ? ' on the worker' : ''}: ${review.findings.length} findings, ${review.diagnostics.length} diagnostics`,
      () => review.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.kind} ${f.assertion} "${f.text}"`).join('\n'),
    );
  }

  private resolveWaiters(uri: string, entry: CachedReview | undefined): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    this.waiters.delete(uri);
    for (const resolve of list) resolve(entry);
  }
}

/** Quiet time after an edit: 3 ms for a small note, growing to 25 ms at 500 KB. */
export function adaptiveDelay(length: number): number {
  return Math.min(25, Math.max(3, Math.round(length / 20_000)));
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
