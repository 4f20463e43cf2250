#!/usr/bin/env node
// npm run dump [-- --out FILE]: findings, case and diagnostics for every fixture, sample and
// shared-corpus note, one stable JSON line per note, sorted by note id. Diff two dumps to see
// what an engine change did (`diff old.ndjson new.ndjson | head`, or scripts/dump-diff.js).
'use strict';
const fs = require('fs');
const path = require('path');
const { reviewNote } = require('../out/server/src/engine/review');
const { parseCsv } = require('../out/bench/corpus');

const ROOT = path.join(__dirname, '..');
const SHARED = path.join(ROOT, '..', 'shared', 'corpus');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt !== -1 ? args[outAt + 1] : path.join(ROOT, 'test-artifacts', 'dump.ndjson');


function* folderNotes(dir, prefix) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).sort()) {
    if (/\.(note|rad|txt)$/.test(name)) yield { id: `${prefix}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') };
  }
}

function* csvNotes(file, prefix, idColumn, textColumn) {
  const full = path.join(SHARED, file);
  if (!fs.existsSync(full)) return;
  const rows = parseCsv(fs.readFileSync(full, 'utf8'));
  const header = rows[0];
  const ic = typeof idColumn === 'number' ? idColumn : header.indexOf(idColumn);
  const tc = typeof textColumn === 'number' ? textColumn : header.indexOf(textColumn);
  for (const row of rows.slice(1)) {
    const text = row[tc];
    if (text && text.trim()) yield { id: `${prefix}/${row[ic]}`, text };
  }
}

function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    const o = {};
    for (const k of Object.keys(value).sort()) o[k] = stable(value[k]);
    return o;
  }
  return value;
}

const pos = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

const decidedBy = { rule: 0, extractor: 0 };
function entry(id, text) {
  const r = reviewNote(text);
  for (const f of r.findings) if (f.assertedBy) decidedBy[f.assertedBy.startsWith('extractor ') ? 'extractor' : 'rule']++;
  return stable({
    id,
    findings: r.findings.map((f) => ({ k: f.kind, a: f.assertion, by: f.assertedBy, at: pos(f.range), t: f.text, attr: f.attributes })),
    case: r.case,
    diagnostics: r.diagnostics.map((d) => ({ code: d.code, sev: d.severity, at: pos(d.range), msg: d.message, related: d.related.map((x) => pos(x.range)) })),
  });
}

const t0 = Date.now();
const seen = new Set();
const lines = [];
const sources = [
  folderNotes(path.join(ROOT, 'test', 'fixtures', 'notes'), 'fixture'),
  folderNotes(path.join(ROOT, 'samples'), 'sample'),
  csvNotes('lumbar-mri-notes.csv', 'mri', 0, 1),
  csvNotes('mtsamples-lumbar.csv', 'mts-lumbar', 0, 'transcription'),
  csvNotes('mtsamples.csv', 'mts', 'sample_id', 'transcription'),
];
for (const source of sources) {
  for (const { id, text } of source) {
    if (seen.has(text)) continue; // the same report under several specialties or files
    seen.add(text);
    lines.push(JSON.stringify(entry(id, text)));
  }
}
lines.sort();
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`dump: ${lines.length} notes -> ${path.relative(process.cwd(), out)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`non-present assertions decided by context rules: ${decidedBy.rule}, by extractors: ${decidedBy.extractor}`);
