#!/usr/bin/env node
// Figures for `clinical-review audit` on the shared corpus: writes each CSV's notes to a temp
// folder (one .txt per note; MTSamples deduplicated by sample_id), then times the audit with
// --jobs 1 and --jobs 2 and through --ndjson-stdin. Prints figures only (no note text).
//   node scripts/audit-corpus.js [corpus folder, default ../shared/corpus]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { parse } = require('csv-parse/sync');

const root = path.resolve(__dirname, '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus'));
const BIN = path.join(root, 'bin', 'clinical-review.js');
const SOURCES = [
  { file: 'lumbar-mri-notes.csv', text: "Clinician's Notes", id: 'Patient ID' },
  { file: 'mtsamples-lumbar.csv', text: 'transcription', id: 'sample_id' },
  { file: 'mtsamples.csv', text: 'transcription', id: 'sample_id' },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-corpus-'));
const seen = new Set();
const lines = [];
let bytes = 0;
for (const s of SOURCES) {
  const rows = parse(fs.readFileSync(path.join(corpus, s.file), 'utf8'), { columns: true, relax_column_count: true });
  for (const row of rows) {
    const text = row[s.text] ?? '';
    const key = `${s.file === 'lumbar-mri-notes.csv' ? 'mri' : 'mts'}-${row[s.id]}`;
    if (!text.trim() || seen.has(key)) continue;
    seen.add(key);
    fs.writeFileSync(path.join(dir, `${key}.txt`), text);
    lines.push(JSON.stringify({ id: key, text }));
    bytes += Buffer.byteLength(text);
  }
}
const notes = seen.size;
console.log(`corpus: ${notes} notes, ${(bytes / 1e6).toFixed(1)} MB, in a temp folder`);

function timed(label, args, input) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'audit', '--quiet', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  const out = r.stdout.trim() ? r.stdout.trim().split('\n').length : 0;
  console.log(
    `${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s  ${Math.round(notes / seconds).toString().padStart(5)} notes/s  ${(bytes / 1e6 / seconds).toFixed(2)} MB/s  peak RSS ${Math.round(rssKb / 1024)} MB  (${out} result lines, exit ${r.status})`,
  );
}

try {
  for (const jobs of ['1', '2']) timed(`folder, --jobs ${jobs}`, ['--jobs', jobs, dir]);
  timed('--ndjson-stdin, --jobs 2', ['--ndjson-stdin', '--jobs', '2'], lines.join('\n') + '\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
