import { analyzeNote, reviewNote } from '../server/src/engine';
import { realNotes, spineDenseNotes, spineNotes } from './corpus';
import { PATHOLOGICAL_INPUTS, repeatedTo } from './pathological';

/**
 * npm run bench — prints throughput and latency figures for the analysis engine (one core).
 * Not a test: nothing here passes or fails.
 */
const NOTE_COUNT = 5000;

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(fn: () => void, repeat = 1): number {
  const start = now();
  for (let i = 0; i < repeat; i++) fn();
  return (now() - start) / repeat;
}

// The cheapest useful pass over the same text: one regex scan for the targets' head words.
const BASELINE = /(?<![a-z])(?:listhesis|stenosis|narrowing|pars|spondylolysis|nerve root|therapy|gabapentin|odi|fusion)(?![a-z])/gi;
function baselinePass(text: string): number {
  let n = 0;
  BASELINE.lastIndex = 0;
  while (BASELINE.exec(text) !== null) n++;
  return n;
}

function main(): void {
  const { source, notes: pool } = realNotes();
  const notes: string[] = [];
  for (let i = 0; notes.length < NOTE_COUNT; i++) notes.push(pool[i % pool.length]);
  const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`Corpus: ${notes.length} notes (${pool.length} distinct) from ${source}, ${(bytes / 1e6).toFixed(2)} MB`);

  // Cold: the first pass over every distinct note, while the JIT is still compiling (an editor's first minutes).
  const poolBytes = pool.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const cold = time(() => pool.forEach((t) => analyzeNote(t))) / 1000;
  console.log(`Cold first pass over the ${pool.length} distinct notes: ${(poolBytes / 1e6 / cold).toFixed(1)} MB/s`);

  // Warm: the steady state that a batch run or a long editing session sees.
  const start = now();
  let findings = 0;
  for (const text of notes) findings += analyzeNote(text).findings.length;
  const total = (now() - start) / 1000;
  const baseline = time(() => notes.forEach(baselinePass)) / 1000;
  console.log(`End to end (warm): ${(bytes / 1e6 / total).toFixed(1)} MB/s, ${Math.round(notes.length / total)} notes/s, ${findings} findings`);

  // Per-note latency, timed one note at a time (the timer's own cost is included).
  const perNote = notes.map((text) => {
    const t0 = now();
    analyzeNote(text);
    return now() - t0;
  });
  perNote.sort((a, b) => a - b);
  console.log(`Per note: p50 ${percentile(perNote, 50).toFixed(3)} ms, p99 ${percentile(perNote, 99).toFixed(3)} ms, max ${perNote[perNote.length - 1].toFixed(1)} ms`);
  console.log(`Baseline (one regex pass): ${(bytes / 1e6 / baseline).toFixed(1)} MB/s; the engine costs ${(total / baseline).toFixed(1)}x a single regex scan`);

  // A 5 KB note: p50 over notes of 4-6 KB, each run 20 times.
  const fiveK = pool.filter((t) => t.length >= 4000 && t.length <= 6000).slice(0, 100);
  if (fiveK.length) {
    const times = fiveK.map((t) => time(() => analyzeNote(t), 20)).sort((a, b) => a - b);
    console.log(`5 KB notes (${fiveK.length}): p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`);
  }

  // Spine notes are denser in findings than the general corpus: every sentence wakes several extractors.
  const spine = spineNotes();
  const spineBytes = spine.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const spineRounds = Math.max(1, Math.ceil(2_000_000 / spineBytes));
  const spineSeconds = time(() => spine.forEach((t) => analyzeNote(t)), spineRounds) / 1000;
  const spineTimes = spine.map((t) => time(() => analyzeNote(t), 20)).sort((a, b) => a - b);
  console.log(
    `Spine notes (${spine.length} fixture and sample notes, ${(spineBytes / 1e3).toFixed(0)} KB): ${(spineBytes / 1e6 / spineSeconds).toFixed(1)} MB/s, ` +
      `p50 ${percentile(spineTimes, 50).toFixed(2)} ms per note (mean size ${(spineBytes / spine.length / 1e3).toFixed(1)} KB)`,
  );

  // Spine-dense notes of realistic size (5-50 KB), reviewed whole (findings and guideline rules): best of five rounds.
  const dense = spineDenseNotes();
  const denseBytes = dense.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const denseSeconds = Math.min(...[1, 2, 3, 4, 5].map(() => time(() => dense.forEach((t) => reviewNote(t))))) / 1000;
  console.log(`Spine-dense notes (${dense.length} notes of 5-50 KB, ${(denseBytes / 1e6).toFixed(2)} MB), reviewNote: ${(denseBytes / 1e6 / denseSeconds).toFixed(1)} MB/s (best of 5)`);

  // Linearity: the same text at growing sizes, and pathological inputs, reviewed whole (rules included).
  const joined = pool.join('\n\n');
  const sizes = [125_000, 250_000, 500_000, 1_000_000];
  const row = (label: string, make: (n: number) => string) => {
    const cells = sizes.map((n) => {
      const text = make(n);
      const ms = time(() => reviewNote(text), n <= 250_000 ? 3 : 1);
      return `${(n / 1e6).toFixed(3)} MB ${ms.toFixed(0)} ms (${(ms / (n / 1e6)).toFixed(0)} ms/MB)`;
    });
    console.log(`  ${label.padEnd(24)} ${cells.join(' | ')}`);
  };
  console.log('Cost against size, reviewNote (ms/MB should stay flat):');
  row('real notes', (n) => joined.slice(0, n));
  for (const { label, unit } of PATHOLOGICAL_INPUTS) row(label, (n) => repeatedTo(unit, n));
  const oneMb = joined.slice(0, 1_000_000);
  console.log(`A 1 MB note: ${time(() => analyzeNote(oneMb), 3).toFixed(1)} ms`);
  console.log(`Peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
