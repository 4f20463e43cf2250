import * as assert from 'assert';
import { reviewNote } from '../../server/src/engine';
import { AnalysisWorker, PARALLEL_CHARS } from '../../server/src/lsp/worker';
import { recombinedNotes } from '../support/recombinedNotes';

describe('the analysis worker on a note long enough to be read in two halves at once', () => {
  it('publishes the review a single pass gives (findings, case, diagnostics, summary)', async function () {
    this.timeout(240_000);
    const pool = recombinedNotes(1500);
    let text = '';
    for (let i = 0; text.length < PARALLEL_CHARS + 50_000; i++) text += pool[i % pool.length] + '\n\n';
    const worker = new AnalysisWorker();
    try {
      const settings = { dateOfService: '2026-05-01' };
      const { review, threads } = await worker.review(text, settings);
      assert.strictEqual(threads, 2, 'the second half was read by a part worker');
      const single = reviewNote(text, settings);
      assert.ok(single.findings.length > 1000 && single.diagnostics.length > 0);
      assert.strictEqual(JSON.stringify(review.findings), JSON.stringify(single.findings));
      assert.deepStrictEqual(review.case, single.case);
      assert.strictEqual(JSON.stringify(review.diagnostics), JSON.stringify(single.diagnostics));
      assert.deepStrictEqual(review.summary, single.summary);
    } finally {
      worker.dispose();
    }
  });
});
