#!/usr/bin/env node
// node scripts/dump-diff.js OLD.ndjson NEW.ndjson [--all]: which notes changed between two dumps
// (npm run dump), and how: findings gained or lost (kind, assertion, text), case fields, diagnostics.
'use strict';
const fs = require('fs');
const [oldFile, newFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const all = process.argv.includes('--all');
if (!oldFile || !newFile) {
  console.error('usage: node scripts/dump-diff.js OLD.ndjson NEW.ndjson [--all]');
  process.exit(2);
}
const load = (f) => new Map(fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => [JSON.parse(l).id, l]));
const before = load(oldFile);
const after = load(newFile);
const finding = (f) => `${f.k} ${f.a}${f.by ? ` (${f.by})` : ''} ${f.at} "${f.t}" ${JSON.stringify(f.attr)}`;
const diag = (d) => `${d.code} ${d.sev} ${d.at}: ${d.msg}`;
function listDiff(a, b, show) {
  const A = a.map(show);
  const B = b.map(show);
  const out = [];
  const count = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) || 0) + 1), new Map());
  const ca = count(A);
  const cb = count(B);
  for (const [x, n] of ca) for (let i = cb.get(x) || 0; i < n; i++) out.push(`  - ${x}`);
  for (const [x, n] of cb) for (let i = ca.get(x) || 0; i < n; i++) out.push(`  + ${x}`);
  return out;
}
let changed = 0;
const report = [];
for (const id of new Set([...before.keys(), ...after.keys()])) {
  const a = before.get(id);
  const b = after.get(id);
  if (a === b) continue;
  changed++;
  if (!all && report.length > 400) continue;
  if (!a || !b) {
    report.push(`${id}: ${a ? 'gone' : 'new'}`);
    continue;
  }
  const x = JSON.parse(a);
  const y = JSON.parse(b);
  report.push(`${id}:`);
  report.push(...listDiff(x.findings, y.findings, finding));
  for (const k of new Set([...Object.keys(x.case), ...Object.keys(y.case)])) {
    const u = JSON.stringify(x.case[k]);
    const v = JSON.stringify(y.case[k]);
    if (u !== v) report.push(`  case.${k}: ${u} -> ${v}`);
  }
  report.push(...listDiff(x.diagnostics, y.diagnostics, diag));
}
console.log(report.join('\n'));
console.log(`${changed} of ${after.size} notes changed`);
