import { parentPort } from 'worker_threads';
import { ReviewedNote, reviewedNote, ReviewTask } from './auditResult';

/** A worker thread of the audit: reviews batches of notes and answers with their results, in order. */
export interface WorkerRequest {
  batch: number;
  tasks: ReviewTask[];
}
export interface WorkerReply {
  batch: number;
  /** Text and a small tally, not the result object: a string crosses threads far cheaper than a deep clone. */
  results: Array<{ ok: true; reviewed: ReviewedNote } | { ok: false; error: string }>;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: WorkerRequest) => {
    const results = req.tasks.map((t): WorkerReply['results'][number] => {
      try {
        return { ok: true, reviewed: reviewedNote(t) };
      } catch {
        // The engine does not throw on note content; this guards the contract "one result per note".
        return { ok: false, error: 'the review failed on this note' };
      }
    });
    port.postMessage({ batch: req.batch, results } satisfies WorkerReply);
  });
}
