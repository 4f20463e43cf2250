#!/usr/bin/env node
// node scripts/fixtures-to-brat.js OUT_DIR [--tuning|--held-out]: the fixture gold
// (test/fixtures/gold/*.json) as brat standoff, so `clinical-review eval --gold OUT_DIR` scores the
// analyzer on it through the same path as any annotated corpus. A gold anchor is a short head word
// inside the mention (test/fixtures/README.md), so only the overlap pairings mean anything here.
// Needs `npm run compile` first.
'use strict';
const fs = require('fs');
const path = require('path');
const { writeAnn, annotationConf } = require('../out/server/src/annotations/brat');

const ROOT = path.join(__dirname, '..');
const FIX = path.join(ROOT, 'test', 'fixtures');
const [out, which] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node scripts/fixtures-to-brat.js OUT_DIR [--tuning|--held-out]\n');
  process.exit(2);
}
const heldOut = new Set(JSON.parse(fs.readFileSync(path.join(FIX, 'split.json'), 'utf8')).heldOut.map((n) => n.replace(/\.(note|rad|json)$/, '')));
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'annotation.conf'), annotationConf());
let notes = 0;
let spans = 0;
for (const name of fs.readdirSync(path.join(FIX, 'notes')).sort()) {
  const id = name.replace(/\.(note|rad)$/, '');
  if ((which === '--tuning' && heldOut.has(id)) || (which === '--held-out' && !heldOut.has(id))) continue;
  const goldFile = path.join(FIX, 'gold', id + '.json');
  if (!fs.existsSync(goldFile)) continue;
  const text = fs.readFileSync(path.join(FIX, 'notes', name), 'utf8');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
  const found = [];
  for (const f of gold.findings) {
    const lineText = text.slice(lineStarts[f.line], (lineStarts[f.line + 1] ?? text.length + 1) - 1).replace(/\r$/, '');
    let at = -1;
    for (let n = 0; n < (f.occurrence ?? 1); n++) at = lineText.indexOf(f.text, at + 1);
    if (at < 0) throw new Error(`${id}: anchor "${f.text}" not on line ${f.line}`);
    const start = lineStarts[f.line] + at;
    found.push({ kind: f.kind, start, end: start + f.text.length, assertion: f.assertion, attributes: f.attributes ?? {} });
  }
  fs.writeFileSync(path.join(out, name + '.txt'), text);
  fs.writeFileSync(path.join(out, name + '.ann'), writeAnn(text, found));
  notes++;
  spans += found.length;
}
process.stdout.write(`${notes} notes, ${spans} gold findings written to ${out}\n`);
