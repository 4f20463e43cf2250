import * as fs from 'fs';
import * as path from 'path';

/** Gold annotations of the fixture corpus (test/fixtures/gold/*.json); see test/fixtures/README.md. */
export interface GoldFinding {
  kind: string;
  assertion: string;
  line: number;
  text: string;
  occurrence?: number;
  attributes?: Record<string, unknown>;
}

export interface GoldNote {
  name: string;
  file: string;
  text: string;
  dateOfService?: string | null;
  findings: GoldFinding[];
  case?: Record<string, unknown>;
}

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

export function loadCorpus(): { notes: GoldNote[]; heldOut: Set<string> } {
  const notesDir = path.join(FIXTURES, 'notes');
  const goldDir = path.join(FIXTURES, 'gold');
  const split = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'split.json'), 'utf8')) as { heldOut: string[] };
  const notes: GoldNote[] = [];
  for (const name of fs.readdirSync(notesDir).sort()) {
    const goldFile = path.join(goldDir, name.replace(/\.[^.]+$/, '.json'));
    if (!fs.existsSync(goldFile)) continue;
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Omit<GoldNote, 'name' | 'file' | 'text'>;
    notes.push({ ...gold, name, file: path.join(notesDir, name), text: fs.readFileSync(path.join(notesDir, name), 'utf8') });
  }
  return { notes, heldOut: new Set(split.heldOut) };
}

/** Note offsets [start, end) of a gold finding's anchor text. */
export function goldSpan(note: GoldNote, g: GoldFinding): { start: number; end: number } | undefined {
  let lineStart = 0;
  for (let i = 0; i < g.line; i++) {
    const nl = note.text.indexOf('\n', lineStart);
    if (nl === -1) return undefined;
    lineStart = nl + 1;
  }
  let lineEnd = note.text.indexOf('\n', lineStart);
  if (lineEnd === -1) lineEnd = note.text.length;
  const line = note.text.slice(lineStart, lineEnd);
  let from = 0;
  let index = -1;
  for (let k = 0; k < (g.occurrence ?? 1); k++) {
    index = line.indexOf(g.text, from);
    if (index === -1) return undefined;
    from = index + 1;
  }
  return { start: lineStart + index, end: lineStart + index + g.text.length };
}
