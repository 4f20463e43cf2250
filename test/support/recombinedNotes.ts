import * as fs from 'fs';
import * as path from 'path';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

/** The tuning fixtures' paragraphs (blank-line separated), one list per note; held-out notes are left out. */
function fixtureParagraphs(): string[][] {
  const heldOut = new Set((JSON.parse(fs.readFileSync(path.join(FIXTURES, 'split.json'), 'utf8')) as { heldOut: string[] }).heldOut);
  const dir = path.join(FIXTURES, 'notes');
  return fs
    .readdirSync(dir)
    .filter((name) => !heldOut.has(name))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n\s*\r?\n/))
    .filter((paragraphs) => paragraphs.length > 0);
}

/**
 * `count` notes, each the first half of one fixture's paragraphs and the second half of another's,
 * chosen by the note's number: many distinct notes of fixture-like size and wording.
 */
export function recombinedNotes(count: number): string[] {
  const pool = fixtureParagraphs();
  const notes: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = pool[i % pool.length];
    const b = pool[(i * 7 + Math.floor(i / pool.length) + 3) % pool.length];
    notes.push([...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join('\n\n'));
  }
  return notes;
}

/** The notes as `audit --ndjson-stdin` lines, ids "n0", "n1", ... */
export function ndjsonOf(notes: readonly string[]): string {
  return notes.map((text, i) => JSON.stringify({ id: `n${i}`, text }) + '\n').join('');
}
