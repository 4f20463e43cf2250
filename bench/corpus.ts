import * as fs from 'fs';
import * as path from 'path';

/**
 * Notes to benchmark on: the real transcriptions in ../shared/corpus when present (not shipped
 * with the product), else the fixture corpus. A tiny CSV reader: quoted fields, doubled quotes.
 * Fields are slices of the file, flat like a note read from disk or sent by the editor (a string
 * built a character at a time would make the engine pay for flattening it).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field: string;
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          j = text.length;
          break;
        }
        if (text[q + 1] === '"') j = q + 2;
        else {
          j = q;
          break;
        }
      }
      field = text.slice(i + 1, j).replace(/""/g, '"');
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (text[i] === '\r') i++;
    if (i >= text.length || text[i] === '\n') {
      rows.push(row);
      row = [];
    }
    i++;
  }
  return rows;
}

/** A copy that does not share the whole CSV file's memory, as a note read from its own file would not. */
function ownString(field: string): string {
  return Buffer.from(field, 'utf8').toString('utf8');
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
      notes.push(ownString(r[textCol]));
    }
    const lumbar = path.join(SHARED, 'lumbar-mri-notes.csv');
    if (fs.existsSync(lumbar)) for (const r of parseCsv(fs.readFileSync(lumbar, 'utf8')).slice(1)) if (r[1]) notes.push(ownString(r[1]));
    return { source: 'shared/corpus (MTSamples + lumbar MRI notes)', notes };
  }
  const dir = path.join(ROOT, 'test', 'fixtures', 'notes');
  for (const name of fs.readdirSync(dir)) notes.push(fs.readFileSync(path.join(dir, name), 'utf8'));
  return { source: 'test/fixtures/notes', notes };
}

/** The notes this project wrote about the lumbar spine: the samples and the test fixtures. */
export function spineNotes(): string[] {
  const dirs = [path.join(ROOT, 'samples'), path.join(ROOT, 'test', 'fixtures', 'notes')].filter((d) => fs.existsSync(d));
  return dirs.flatMap((d) => fs.readdirSync(d).map((name) => fs.readFileSync(path.join(d, name), 'utf8')));
}

/**
 * Spine-dense notes of realistic size: the spine notes concatenated, in a fixed order, into notes
 * of 5 to 50 KB (sizes cycling through 5, 10, 20 and 50 KB), about `totalBytes` in all.
 */
export function spineDenseNotes(totalBytes = 2_000_000): string[] {
  const spine = spineNotes();
  const sizes = [5_000, 10_000, 20_000, 50_000];
  const notes: string[] = [];
  let total = 0;
  let next = 0;
  while (total < totalBytes) {
    const size = sizes[notes.length % sizes.length];
    const parts: string[] = [];
    let length = 0;
    while (length < size) {
      const part = spine[next++ % spine.length];
      parts.push(part);
      length += part.length + 2;
    }
    const note = ownString(parts.join('\n\n'));
    notes.push(note);
    total += Buffer.byteLength(note);
  }
  return notes;
}
