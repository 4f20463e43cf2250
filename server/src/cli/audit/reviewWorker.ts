import { parentPort } from 'worker_threads';
import { auditNote, ReviewTask } from './auditResult';

/** A worker thread of the audit: reviews batches of notes and answers with their results, in order. */
export interface WorkerRequest {
  batch: number;
  tasks: ReviewTask[];
}
export interface WorkerReply {
  batch: number;
  results: Array<{ ok: true; result: ReturnType<typeof auditNote> } | { ok: false; error: string }>;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: WorkerRequest) => {
    const results = req.tasks.map((t): WorkerReply['results'][number] => {
      try {
        return { ok: true, result: auditNote(t) };
      } catch {
        // The engine does not throw on note content; this guards the contract "one result per note".
        return { ok: false, error: 'the review failed on this note' };
      }
    });
    port.postMessage({ batch: req.batch, results } satisfies WorkerReply);
  });
}
