/**
 * Language-server figures (not a timed test): starts the server as an editor would and prints
 *   - didChange -> publishDiagnostics latency, p50/p95, for a 5 KB and a 500 KB note
 *     (targets 20 ms / 300 ms),
 *   - the same for a 5 KB note while a 500 KB note is being edited (one slow note never blocks others),
 *   - hover latency,
 *   - server memory with 200 notes open.
 *   - a 16 MB note: time to diagnostics, hover while it is analysed, hovers across it once its review
 *     is in, memory after closing it
 *     (`--huge-only` runs just that part).
 * Run: npm run bench:lsp  (or: npx tsc -p . && node scripts/bundle.js && node out/bench/lsp-bench.js)
 */
import * as fs from 'fs';
import * as path from 'path';
import { LspClient, REPO, serverModule } from '../test/lsp/lspClient';

const SAMPLES = path.join(REPO, 'samples');
const FIXTURES = path.join(REPO, 'test', 'fixtures', 'notes');

function notes(): string[] {
  const dirs = [SAMPLES, FIXTURES].filter((d) => fs.existsSync(d));
  return dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.(note|rad)$/.test(f)).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
}

function noteOfSize(bytes: number, pool: string[]): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += `${pool[i % pool.length]}\n\n`;
  return out.slice(0, bytes);
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

function fmt(values: number[]): string {
  return `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms · max ${Math.max(...values).toFixed(1)} ms (n=${values.length})`;
}

/** Edits the note (a word near the end changes) and waits for the diagnostics of that version. */
async function editLatencies(client: LspClient, uri: string, text: string, rounds: number, pauseMs = 30): Promise<number[]> {
  const out: number[] = [];
  const lines = text.split('\n');
  const line = Math.max(0, lines.length - 2);
  for (let i = 0; i < rounds; i++) {
    const since = client.published.length;
    const started = performance.now();
    const version = await client.change(uri, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: i % 2 === 0 ? 'Current smoker. ' : '' },
    ]);
    await client.diagnosticsFor(uri, version, since, 30_000);
    out.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return out;
}

/** Engine time of the analyses reported (clinicalReview/didAnalyze) for a note since a point. */
function engineTimes(client: LspClient, uri: string, since: number): number[] {
  return client.notifications
    .slice(since)
    .filter((n) => n.method === 'clinicalReview/didAnalyze' && (n.params as { uri: string }).uri === uri)
    .map((n) => (n.params as { elapsedMs: number }).elapsedMs);
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** A 16 MB note in a fresh server: time to diagnostics, a hover sent while it is analysed, memory after closing it. */
async function hugeNote(pool: string[]): Promise<string[]> {
  const client = await LspClient.start();
  const pid = client.proc.pid!;
  await new Promise((r) => setTimeout(r, 300));
  const idle = rssMb(pid);
  const text = noteOfSize(16 * 1024 * 1024, pool);
  const started = performance.now();
  await client.open('untitled:huge', text);
  const hoverStarted = performance.now();
  await client.request('textDocument/hover', { textDocument: { uri: 'untitled:huge' }, position: { line: 3, character: 5 } });
  const hoverMs = performance.now() - hoverStarted;
  await client.diagnosticsFor('untitled:huge', 1, 0, 120_000);
  const diagnosticsMs = performance.now() - started;
  // The worker sends the diagnostics ahead of the full review; a hover once that is in.
  let hoverAfterMs = 0;
  for (let i = 0; i < 600; i++) {
    const t = performance.now();
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: 'untitled:huge' }, position: { line: 3, character: 5 } });
    hoverAfterMs = performance.now() - t;
    if (!h || !/still analysing/.test(h.contents.value)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const reviewInMs = performance.now() - started;
  // Then a reader hovers slips from the start of the note to its end (each hover asks every rule about its finding).
  const lines = text.split('\n');
  const slipLines = lines.flatMap((l, i) => (l.includes('Grade 1 isthmic anterolisthesis') ? [i] : []));
  const spread: number[] = [];
  for (let k = 0; k < 5 && slipLines.length > 0; k++) {
    const line = slipLines[Math.floor((k * (slipLines.length - 1)) / 4)];
    const t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: 'untitled:huge' }, position: { line, character: lines[line].indexOf('Grade 1 isthmic') + 3 } });
    spread.push(performance.now() - t);
  }
  const engineMs = Math.max(0, ...engineTimes(client, 'untitled:huge', 0));
  const peak = rssMb(pid);
  await client.close('untitled:huge');
  const closed = performance.now();
  const samples: string[] = [];
  for (const at of [1000, 3000, 10000]) {
    await new Promise((r) => setTimeout(r, at - (performance.now() - closed)));
    samples.push(`${rssMb(pid).toFixed(0)} MB after ${at / 1000} s`);
  }
  await client.stop();
  return [
    `16 MB note: diagnostics after ${(diagnosticsMs / 1000).toFixed(1)} s (the engine on the worker ${(engineMs / 1000).toFixed(1)} s of it); a hover sent while it is analysed answers in ${hoverMs.toFixed(0)} ms`,
    `  full review in after ${(reviewInMs / 1000).toFixed(1)} s; a hover sent with the diagnostics waits for its copy: ${hoverAfterMs.toFixed(0)} ms (no second analysis)`,
    `  five hovers on slips across the note after that: ${spread.map((t) => t.toFixed(0)).join(', ')} ms (target: tens of ms)`,
    `  server memory (RSS): idle ${idle.toFixed(0)} MB, with the note ${peak.toFixed(0)} MB; closed: ${samples.join(', ')}`,
  ];
}

async function main(): Promise<void> {
  const pool = notes();
  console.log(`Language server: ${path.relative(REPO, serverModule())} · Node ${process.version} · ${pool.length} source notes`);
  if (process.argv.includes('--huge-only')) {
    for (const r of await hugeNote(pool)) console.log(r);
    return;
  }
  const client = await LspClient.start();
  const results: string[] = [];

  // Warm up (JIT, lazy modules).
  const small = noteOfSize(5 * 1024, pool);
  await client.open('untitled:warm', small);
  await client.diagnosticsFor('untitled:warm', 1, 0, 30_000);
  await editLatencies(client, 'untitled:warm', small, 10, 5);
  await client.close('untitled:warm');

  // 5 KB.
  await client.open('untitled:small', small);
  await client.diagnosticsFor('untitled:small', 1, 0, 30_000);
  let mark = client.notifications.length;
  const smallLat = await editLatencies(client, 'untitled:small', small, 100);
  results.push(`didChange → publishDiagnostics, 5 KB note:   ${fmt(smallLat)}   (target p50 20 ms)`);
  results.push(`  of which the engine (reviewNote):          ${fmt(engineTimes(client, 'untitled:small', mark))}`);

  // 500 KB.
  const big = noteOfSize(500 * 1024, pool);
  let since = client.published.length;
  await client.open('untitled:big', big);
  await client.diagnosticsFor('untitled:big', 1, since, 60_000);
  mark = client.notifications.length;
  const bigLat = await editLatencies(client, 'untitled:big', big, 20, 100);
  results.push(`didChange → publishDiagnostics, 500 KB note: ${fmt(bigLat)}   (target p95 300 ms)`);
  results.push(`  of which the engine (reviewNote, worker):  ${fmt(engineTimes(client, 'untitled:big', mark))}`);

  // 5 KB edits while the 500 KB note is being edited too.
  const bigLines = big.split('\n');
  let stop = false;
  const background = (async () => {
    let i = 0;
    while (!stop) {
      await client.change('untitled:big', [
        { range: { start: { line: bigLines.length - 3, character: 0 }, end: { line: bigLines.length - 3, character: 0 } }, text: i++ % 2 ? 'x' : '' },
      ]);
      await new Promise((r) => setTimeout(r, 120));
    }
  })();
  const contended = await editLatencies(client, 'untitled:small', small, 40, 40);
  stop = true;
  await background;
  results.push(`5 KB note while a 500 KB note is edited:     ${fmt(contended)}`);
  // Let the last version of the large note settle before hovering on it.
  since = client.published.length;
  const settle = await client.change('untitled:big', [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
  await client.diagnosticsFor('untitled:big', settle, since, 60_000);

  // Hover.
  const lines = small.split('\n');
  const positions: Array<{ line: number; character: number }> = [];
  lines.forEach((l, i) => {
    const m = /grade|stenosis|smoker|physical therapy|gabapentin/i.exec(l);
    if (m) positions.push({ line: i, character: m.index + 2 });
  });
  const hoverLat: number[] = [];
  for (let i = 0; i < 200; i++) {
    const p = positions[i % positions.length];
    const started = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: 'untitled:small' }, position: p });
    hoverLat.push(performance.now() - started);
  }
  results.push(`hover, 5 KB note (analysed):                 ${fmt(hoverLat)}`);
  const bigHover: number[] = [];
  const bigPositions: Array<{ line: number; character: number }> = [];
  bigLines.forEach((l, i) => {
    const m = /grade 1|stenosis/i.exec(l);
    if (m && i % 97 === 0) bigPositions.push({ line: i, character: m.index + 2 });
  });
  for (let i = 0; i < 50 && bigPositions.length; i++) {
    const started = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: 'untitled:big' }, position: bigPositions[i % bigPositions.length] });
    bigHover.push(performance.now() - started);
  }
  if (bigHover.length) results.push(`hover, 500 KB note (analysed):               ${fmt(bigHover)}`);
  await client.close('untitled:big');
  await client.close('untitled:small');

  await client.stop();

  // Memory with 200 notes open, in a fresh server.
  const fresh = await LspClient.start();
  const pid = fresh.proc.pid!;
  await new Promise((r) => setTimeout(r, 300));
  const baseline = rssMb(pid);
  since = fresh.published.length;
  const opened: string[] = [];
  for (let i = 0; i < 200; i++) {
    const uri = `untitled:note-${i}`;
    opened.push(uri);
    await fresh.open(uri, pool[i % pool.length]);
  }
  await fresh.waitFor(() => (opened.every((u) => fresh.published.slice(since).some((p) => p.uri === u)) ? true : undefined), '200 notes analysed', 120_000);
  const totalBytes = opened.reduce((n, _u, i) => n + pool[i % pool.length].length, 0);
  await new Promise((r) => setTimeout(r, 500));
  results.push(`server memory (RSS), 200 notes open (${(totalBytes / 1024).toFixed(0)} KB of text): ${rssMb(pid).toFixed(0)} MB (idle server: ${baseline.toFixed(0)} MB)`);
  await fresh.stop();

  results.push(...(await hugeNote(pool)));

  console.log('');
  for (const r of results) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
