/**
 * Re-anchoring figures (not a timed test): a note of 20 KB and one of 500 KB with 200 annotations
 * spread over it, then
 *   - an edit below them all (each still at its offset),
 *   - an edit above them all with the edit known (the server's case: offsets shifted, checked by hash),
 *   - the same edit unknown (a note changed outside the editor: every anchor searched in its window),
 *   - an edit inside every span (every anchor searched, none found: all orphaned).
 * Prints milliseconds per pass (median of 5) and per annotation.
 * Run: npx tsc -p . && node out/bench/annotations-bench.js
 */
import * as fs from 'fs';
import * as path from 'path';
import { editBetween, makeAnchor } from '../server/src/annotations/anchor';
import { reanchorAll } from '../server/src/annotations/edits';
import { emptySidecar, Sidecar } from '../server/src/annotations/model';

const FIXTURES = path.join(__dirname, '..', '..', 'samples');

function noteOfSize(chars: number): string {
  const pool = fs.readdirSync(FIXTURES).filter((f) => /\.(note|rad)$/.test(f)).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${pool[i % pool.length]}\n\n`;
  return out.slice(0, chars);
}

function sidecarFor(text: string, count: number): Sidecar {
  const s = emptySidecar('bench.note');
  for (let i = 0; i < count; i++) {
    const start = Math.floor(((i + 0.5) * text.length) / count);
    s.annotations.push({ id: String(i), reviewer: 'bench', time: new Date().toISOString(), verdict: 'agree', kind: 'listhesis', anchor: makeAnchor(text, start, Math.min(text.length, start + 24)) });
  }
  return s;
}

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[2];
}

const COUNT = 200;
for (const size of [20_000, 500_000]) {
  const text = noteOfSize(size);
  const cases: Array<[string, string, boolean]> = [
    ['edit below', `${text}\nADDENDUM: reviewed.\n`, true],
    ['edit above, edit known', `CHIEF COMPLAINT: back pain.\n${text}`, true],
    ['edit above, edit unknown (search)', `CHIEF COMPLAINT: back pain.\n${text}`, false],
  ];
  for (const [name, changed, known] of cases) {
    const ms = median(() => reanchorAll(sidecarFor(text, COUNT), changed, known ? editBetween(text, changed) : undefined));
    const base = median(() => sidecarFor(text, COUNT));
    const net = Math.max(0, ms - base);
    console.log(`${(size / 1000).toFixed(0).padStart(4)} KB, ${COUNT} annotations, ${name.padEnd(34)} ${net.toFixed(1).padStart(7)} ms  (${((net / COUNT) * 1000).toFixed(0)} µs each)`);
  }
  // Every span edited: each anchor searched in its window and orphaned.
  const s = sidecarFor(text, COUNT);
  const broken = s.annotations.reduceRight((t, a) => t.slice(0, a.anchor.start + 1) + '#' + t.slice(a.anchor.start + 2), text);
  const ms = median(() => reanchorAll(sidecarFor(text, COUNT), broken));
  const orphans = sidecarFor(text, COUNT);
  reanchorAll(orphans, broken);
  console.log(`${(size / 1000).toFixed(0).padStart(4)} KB, ${COUNT} annotations, ${'every span edited (all searched)'.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  (${orphans.annotations.filter((a) => a.orphaned).length} orphaned)`);
}
