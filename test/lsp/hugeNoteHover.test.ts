import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SAMPLES, sleep } from './helpers';
import { LspClient } from './lspClient';

type HoverAnswer = { contents: { value: string } } | null;

/**
 * Issue 11 item 7: on a huge note whose review is in, a hover answers in tens of milliseconds. Each
 * hover asked every rule about the finding, and each rule recomputed the note's red flags (a pass
 * over the whole text) and filtered every finding: 0.4-0.9 s a hover on an 8 MB note, up to 3 s under
 * load. Through the server process over JSON-RPC; the bound is generous (a loaded machine), the
 * figures are in `npm run bench:lsp -- --huge-only`.
 */
describe('LSP hover on a huge note whose review is in', function () {
  this.timeout(240_000);
  let client: LspClient | undefined;
  after(async () => client?.stop());

  it('a 4 MB note: eight hovers across the note answer within a second together, without a second analysis', async () => {
    client = await LspClient.start();
    // Every sample in turn, as the benchmark builds its huge notes: slips, red flags, plans, therapy.
    const pool = fs.readdirSync(SAMPLES).filter((f) => /\.(note|rad)$/.test(f)).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    let text = '';
    for (let i = 0; text.length < 4 * 1024 * 1024; i++) text += `${pool[i % pool.length]}\n\n`;
    const uri = 'untitled:huge-hover.note';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1, 0, 200_000);

    const lines = text.split('\n');
    const slipLines = lines.flatMap((l, i) => (l.includes('Grade 1 isthmic anterolisthesis') ? [i] : []));
    const positionOn = (line: number) => ({ line, character: lines[line].indexOf('Grade 1 isthmic') + 3 });
    const hoverAt = (line: number) => client!.request<HoverAnswer>('textDocument/hover', { textDocument: { uri }, position: positionOn(line) });
    // The diagnostics come ahead of the full review; wait until it is in.
    let hover = await hoverAt(slipLines[0]);
    for (let i = 0; i < 600 && hover && /still analysing/.test(hover.contents.value); i++) {
      await sleep(200);
      hover = await hoverAt(slipLines[0]);
    }
    const analysed = () => client!.notifications.filter((n) => n.method === 'clinicalReview/didAnalyze' && (n.params as { uri: string }).uri === uri).length;
    const analyses = analysed();

    // Slips from the start to the end of the note, as a reader scrolls through it.
    const times: number[] = [];
    for (let k = 0; k < 8; k++) {
      const line = slipLines[Math.floor((k * (slipLines.length - 1)) / 7)];
      const started = performance.now();
      const answer = await hoverAt(line);
      times.push(performance.now() - started);
      assert.ok(answer, `a hover on the slip of line ${line + 1}`);
      assert.match(answer.contents.value, /Meyerding grade 1/, 'the hover carries the finding');
      assert.match(answer.contents.value, /Guideline ref/, 'and its recommendation');
    }
    // Measured: 4-15 ms each (before the fix about 200 ms each here, 1.6 s for the eight; 0.4-0.9 s each at 8 MB).
    // Generous for a loaded machine: the eight together within a second.
    const total = times.reduce((a, b) => a + b, 0);
    assert.ok(total < 1000, `eight hovers took ${total.toFixed(0)} ms: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    assert.strictEqual(analysed(), analyses, 'no second analysis of the note');
    process.stdout.write(`      hovers after the review: ${times.map((t) => t.toFixed(0)).join(', ')} ms\n`);
    await client.close(uri);
  });
});
