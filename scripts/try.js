// Dev helper: node scripts/try.js "note text"  (or a file path) — prints findings.
const fs = require('fs');
const { analyzeNote } = require('../out/server/src/engine');
const arg = process.argv[2];
const text = fs.existsSync(arg) ? fs.readFileSync(arg, 'utf8') : arg;
const r = analyzeNote(text);
for (const f of r.findings) console.log(`${f.range.start.line}:${f.range.start.character} ${f.kind} ${f.assertion} "${f.text}" ${JSON.stringify(f.attributes)} [${f.section}]`);
if (process.argv[3]) console.log(JSON.stringify(r.case, null, 1));
