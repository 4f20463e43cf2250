import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reviewNote } from '../server/src/engine';
import { ndjsonOf, recombinedNotes } from '../test/support/recombinedNotes';

/**
 * npm run bench:audit — figures for `clinical-review audit`, whole process (start-up included):
 * 10,000 notes recombined from the tuning fixtures, as files in a temp folder and as NDJSON;
 * notes/s, MB/s and peak RSS with --jobs 1 and all cores, from a folder and through
 * --ndjson-stdin, and peak RSS at 1,000 against 10,000 notes. Not a test: nothing passes or fails.
 */
const NOTES = 10_000;
const FEW = 1_000;
const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'clinical-review.js');
const CORES = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

interface Corpus {
  dir: string;
  ndjson: string;
  notes: number;
  bytes: number;
}

function writeCorpus(root: string, notes: string[]): Corpus {
  const dir = path.join(root, `notes-${notes.length}`);
  fs.mkdirSync(dir);
  notes.forEach((text, i) => fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.note`), text));
  const ndjson = path.join(root, `notes-${notes.length}.ndjson`);
  fs.writeFileSync(ndjson, ndjsonOf(notes));
  return { dir, ndjson, notes: notes.length, bytes: notes.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

/** One CLI run under /usr/bin/time: wall seconds and the process's peak RSS (worker threads included). */
function timedAudit(label: string, corpus: Corpus, args: string[], stdin: boolean, out: string): void {
  const input = stdin ? fs.openSync(corpus.ndjson, 'r') : 'ignore';
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, BIN, 'audit', '--quiet', '--out', out, ...args, ...(stdin ? ['--ndjson-stdin'] : [corpus.dir])], {
    stdio: [input, 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (typeof input === 'number') fs.closeSync(input);
  const [rssKb, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const lines = fs.readFileSync(out, 'utf8').split('\n').length - 1;
  console.log(
    `${label.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s  ${Math.round(corpus.notes / seconds).toString().padStart(5)} notes/s  ${(corpus.bytes / 1e6 / seconds).toFixed(2).padStart(5)} MB/s  CPU ${(user + sys).toFixed(1)} s  peak RSS ${Math.round(rssKb / 1024)} MB  (${lines} results, exit ${r.status})`,
  );
}

/** The engine alone on the main thread, for the pipeline's overhead: reviewNote over the notes. */
function engineOnly(notes: string[]): void {
  const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const started = process.hrtime.bigint();
  for (const text of notes) reviewNote(text, {});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${'engine alone (reviewNote, 1 core)'.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s  ${Math.round(notes.length / seconds).toString().padStart(5)} notes/s  ${(bytes / 1e6 / seconds).toFixed(2).padStart(5)} MB/s  (${notes.length} notes, no start-up)`);
}

function main(): void {
  if (!fs.existsSync('/usr/bin/time')) throw new Error('bench:audit reads peak RSS from /usr/bin/time: apt-get install time');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-bench-'));
  try {
    const notes = recombinedNotes(NOTES);
    const many = writeCorpus(tmp, notes);
    const few = writeCorpus(tmp, notes.slice(0, FEW));
    console.log(`corpus: ${many.notes} notes recombined from the tuning fixtures, ${(many.bytes / 1e6).toFixed(1)} MB (mean ${Math.round(many.bytes / many.notes)} bytes), ${CORES} cores, load average ${os.loadavg()[0].toFixed(1)}`);
    const out = path.join(tmp, 'results.ndjson');
    engineOnly(notes.slice(0, 500));
    for (const stdin of [true, false]) {
      const mode = stdin ? '--ndjson-stdin' : 'folder';
      timedAudit(`${mode}, --jobs ${CORES}, ${few.notes}`, few, ['--jobs', String(CORES)], stdin, out);
      for (const jobs of [CORES, 1]) timedAudit(`${mode}, --jobs ${jobs}, ${many.notes}`, many, ['--jobs', String(jobs)], stdin, out);
    }
    console.log(`load average after: ${os.loadavg()[0].toFixed(1)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
