import * as path from 'path';
import { Worker } from 'worker_threads';
import { reviewedNote, ReviewTask } from './auditResult';
import { WorkerReply, WorkerRequest } from './reviewWorker';

export type ReviewOutcome = WorkerReply['results'][number];

/** Reviews notes, one promise per note; results may arrive in any order (ordered.ts restores it). */
export interface Reviewer {
  review(task: ReviewTask): Promise<ReviewOutcome>;
  close(): Promise<void>;
}

/** Notes sent to a worker in one message: fewer messages, same order. */
const BATCH_NOTES = 16;
const BATCH_CHARS = 1 << 20;

/** --jobs 1: the main thread reviews, no worker to start or feed. */
export class InProcessReviewer implements Reviewer {
  review(task: ReviewTask): Promise<ReviewOutcome> {
    try {
      return Promise.resolve({ ok: true, reviewed: reviewedNote(task) });
    } catch {
      return Promise.resolve({ ok: false, error: 'the review failed on this note' });
    }
  }
  async close(): Promise<void> {}
}

interface Waiting {
  task: ReviewTask;
  resolve: (o: ReviewOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Notes sent and not yet answered. */
  load: number;
  batches: Map<number, Waiting[]>;
}

/** Worker threads across cores; each note goes to the least loaded worker, in batches. */
export class WorkerReviewer implements Reviewer {
  private readonly slots: Slot[] = [];
  private queue: Waiting[] = [];
  private queuedChars = 0;
  private flushScheduled = false;
  private nextBatch = 0;
  private closing = false;

  constructor(jobs: number) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.start());
  }

  review(task: ReviewTask): Promise<ReviewOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.queuedChars += task.text.length;
      if (this.queue.length >= BATCH_NOTES || this.queuedChars >= BATCH_CHARS) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.flush();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const worker = new Worker(path.join(__dirname, 'reviewWorker.js'));
    const slot: Slot = { worker, load: 0, batches: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const waiting = slot.batches.get(reply.batch);
      if (!waiting) return;
      slot.batches.delete(reply.batch);
      slot.load -= waiting.length;
      waiting.forEach((w, i) => w.resolve(reply.results[i]));
    });
    // A worker that dies (out of memory, say) costs its notes an error result each, never a missing one.
    worker.on('error', () => this.replace(slot));
    worker.on('exit', (code) => {
      if (code !== 0) this.replace(slot);
    });
    return slot;
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i === -1 || this.closing) return;
    this.slots[i] = this.start();
    for (const waiting of slot.batches.values()) for (const w of waiting) w.resolve({ ok: false, error: 'the worker reviewing this note stopped' });
    slot.batches.clear();
  }

  private flush(): void {
    if (this.queue.length === 0) return;
    const waiting = this.queue;
    this.queue = [];
    this.queuedChars = 0;
    const slot = this.slots.reduce((a, b) => (b.load < a.load ? b : a));
    const batch = this.nextBatch++;
    slot.batches.set(batch, waiting);
    slot.load += waiting.length;
    slot.worker.postMessage({ batch, tasks: waiting.map((w) => w.task) } satisfies WorkerRequest);
  }
}

export function makeReviewer(jobs: number): Reviewer {
  return jobs <= 1 ? new InProcessReviewer() : new WorkerReviewer(jobs);
}
