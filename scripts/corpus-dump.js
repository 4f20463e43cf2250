// Dev helper: node scripts/corpus-dump.js [mri|mts] [kind] — findings on the shared real corpus, for reading.
const { analyzeNote } = require('../out/server/src/engine');
const { parseCsv } = require('../out/bench/corpus');
const fs = require('fs');
const which = process.argv[2] || 'mri';
const kind = process.argv[3];
const file = which === 'mri' ? '../shared/corpus/lumbar-mri-notes.csv' : '../shared/corpus/mtsamples-lumbar.csv';
const rows = parseCsv(fs.readFileSync(file, 'utf8'));
const col = which === 'mri' ? 1 : rows[0].indexOf('transcription');
for (const r of rows.slice(1)) {
  const text = r[col];
  if (!text) continue;
  const a = analyzeNote(text);
  const fs2 = a.findings.filter((f) => !kind || f.kind === kind);
  if (!fs2.length) continue;
  console.log(`--- ${r[0]}`);
  for (const f of fs2) {
    const line = text.split('\n')[f.range.start.line];
    console.log(`  ${f.kind} ${f.assertion} "${f.text}" ${JSON.stringify(f.attributes)}\n      | ${line.slice(Math.max(0, f.range.start.character - 60), f.range.start.character + 100)}`);
  }
}
