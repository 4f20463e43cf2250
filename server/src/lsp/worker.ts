import { availableParallelism } from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { AnyFinding, finishPartedReview, Review, reviewNote, reviewNotePart, ReviewSettings, startPartedReview } from '../engine';
import { HUGE_CHARS } from './memory';

/** What is needed to publish: sent ahead of the full review, which takes longer to copy. */
export type ReviewHeadline = Pick<Review, 'diagnostics' | 'warnings' | 'summary'>;

/**
 * Large notes are analysed on a worker thread, so a 500 KB note never blocks the small ones
 * (or hovers, or anything else) on the main thread. One worker, started on first need and
 * stopped when idle; the same script as the server (the bundle is one file), told apart by
 * workerData. Results come back as plain data (structured clone).
 */
const ROLE = 'clinical-review-analysis-worker';
const IDLE_MS = 5 * 60_000;
/** After a huge note the worker stops as soon as it is idle: its heap goes back to the system. */
const IDLE_AFTER_HUGE_MS = 1_000;
/** A short synthetic note, analysed once when the worker starts, to compile the engine's patterns. */
const WARM_UP = 'IMPRESSION: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm. No stenosis. Physical therapy x 6 wks.';

interface Job {
  onHeadline?: (h: ReviewHeadline, elapsedMs: number) => void;
  resolve: (r: { review: Review; elapsedMs: number; threads: number }) => void;
  reject: (e: Error) => void;
}

export class AnalysisWorker {
  private worker: Worker | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private lastWasHuge = false;

  constructor(private readonly script: string = __filename) {}

  /** Reviews a note on the worker; `onHeadline` gets the diagnostics and summary first. */
  /** `threads`: how many threads read the note (2 when a part worker read its second half). */
  review(text: string, settings: ReviewSettings, onHeadline?: (h: ReviewHeadline, elapsedMs: number) => void): Promise<{ review: Review; elapsedMs: number; threads: number }> {
    const worker = this.ensure();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const id = this.nextId++;
    this.lastWasHuge = text.length >= HUGE_CHARS;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { onHeadline, resolve, reject });
      worker.postMessage({ id, text, settings });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // A larger young generation: a 500 KB note allocates a lot of short-lived objects.
    const w = new Worker(this.script, { workerData: { role: ROLE }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    w.unref();
    w.on('message', (m: { id: number; headline?: ReviewHeadline; review?: Review; elapsedMs?: number; threads?: number; error?: string }) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      if (m.headline) {
        try {
          job.onHeadline?.(m.headline, m.elapsedMs ?? 0);
        } catch {
          // The full review follows anyway.
        }
        return;
      }
      this.jobs.delete(m.id);
      if (m.review) job.resolve({ review: m.review, elapsedMs: m.elapsedMs ?? 0, threads: m.threads ?? 1 });
      else job.reject(new Error(m.error ?? 'analysis failed'));
      if (this.jobs.size === 0) this.scheduleIdle();
    });
    const fail = (why: string) => {
      for (const job of this.jobs.values()) job.reject(new Error(why));
      this.jobs.clear();
      if (this.worker === w) this.worker = undefined;
    };
    w.on('error', (e) => fail(`worker error (${e.name})`));
    w.on('exit', () => fail('worker exited'));
    this.worker = w;
    return w;
  }

  private scheduleIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.dispose(), this.lastWasHuge ? IDLE_AFTER_HUGE_MS : IDLE_MS);
    this.idleTimer.unref();
  }

  dispose(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}

export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE;
}

/**
 * A note this long is read in two halves at once, the second on a part worker the analysis worker
 * starts for it (and stops after it, so its heap goes back at once): on two cores a 16 MB note
 * reaches its diagnostics in about 60 % of the time one thread takes. The review is the one a
 * single pass gives (engine: startPartedReview).
 */
export const PARALLEL_CHARS = 1_000_000;
const PART_ROLE = 'clinical-review-part-worker';

function isPartWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === PART_ROLE;
}

/** The second half's findings, from a part worker; undefined if it failed (the half is then read here). */
function secondHalf(text: string, settings: ReviewSettings): { findings: Promise<AnyFinding[] | undefined>; stop: () => void } {
  const w = new Worker(__filename, { workerData: { role: PART_ROLE }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
  const findings = new Promise<AnyFinding[] | undefined>((resolve) => {
    w.once('message', (m: { findings?: AnyFinding[] }) => resolve(m.findings));
    w.once('error', () => resolve(undefined));
    w.once('exit', () => resolve(undefined));
  });
  w.postMessage({ text, settings });
  return { findings, stop: () => void w.terminate() };
}

async function review(text: string, settings: ReviewSettings): Promise<{ result: Review; threads: number }> {
  if (text.length < PARALLEL_CHARS || availableParallelism() < 2) return { result: reviewNote(text, settings), threads: 1 };
  const other = secondHalf(text, settings);
  try {
    const started = startPartedReview(text, settings, 2);
    const half = await other.findings;
    return { result: finishPartedReview(started, [half]), threads: half ? 2 : 1 };
  } finally {
    other.stop();
  }
}

function runWorker(): void {
  try {
    reviewNote(WARM_UP);
  } catch {
    // Only a warm-up.
  }
  // One job at a time, in order: a parted review waits for its other half between its steps.
  let queue = Promise.resolve();
  parentPort!.on('message', (m: { id: number; text: string; settings: ReviewSettings }) => {
    queue = queue.then(async () => {
      const started = performance.now();
      try {
        const { result, threads } = await review(m.text, m.settings);
        const elapsedMs = performance.now() - started;
        const headline: ReviewHeadline = { diagnostics: result.diagnostics, warnings: result.warnings, summary: result.summary };
        parentPort!.postMessage({ id: m.id, headline, elapsedMs });
        parentPort!.postMessage({ id: m.id, review: result, elapsedMs, threads });
      } catch (e) {
        parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.name : 'error' });
      }
    });
  });
}

function runPartWorker(): void {
  parentPort!.once('message', (m: { text: string; settings: ReviewSettings }) => {
    let findings: AnyFinding[] | undefined;
    try {
      findings = reviewNotePart(m.text, m.settings, 1, 2);
    } catch {
      findings = undefined;
    }
    parentPort!.postMessage({ findings });
  });
}

if (isAnalysisWorker()) runWorker();
else if (isPartWorker()) runPartWorker();
