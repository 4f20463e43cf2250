import * as fs from 'fs';
import * as path from 'path';

/**
 * Notes to benchmark on: the real transcriptions in ../shared/corpus when present (not shipped
 * with the product), else the fixture corpus. A tiny CSV reader: quoted fields, doubled quotes.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const ROOT = path.join(__dirname, '..', '..');
const SHARED = path.join(ROOT, '..', 'shared', 'corpus');

export function realNotes(): { source: string; notes: string[] } {
  const notes: string[] = [];
  const mtsamples = path.join(SHARED, 'mtsamples.csv');
  if (fs.existsSync(mtsamples)) {
    const rows = parseCsv(fs.readFileSync(mtsamples, 'utf8'));
    const header = rows[0];
    const textCol = header.indexOf('transcription');
    const idCol = header.indexOf('sample_id');
    const seen = new Set<string>();
    for (const r of rows.slice(1)) {
      if (!r[textCol] || seen.has(r[idCol])) continue;
      seen.add(r[idCol]);
      notes.push(r[textCol]);
    }
    const lumbar = path.join(SHARED, 'lumbar-mri-notes.csv');
    if (fs.existsSync(lumbar)) for (const r of parseCsv(fs.readFileSync(lumbar, 'utf8')).slice(1)) if (r[1]) notes.push(r[1]);
    return { source: 'shared/corpus (MTSamples + lumbar MRI notes)', notes };
  }
  const dir = path.join(ROOT, 'test', 'fixtures', 'notes');
  for (const name of fs.readdirSync(dir)) notes.push(fs.readFileSync(path.join(dir, name), 'utf8'));
  return { source: 'test/fixtures/notes', notes };
}
