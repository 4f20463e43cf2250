import * as fs from 'fs';
import * as path from 'path';

export const NOTE_EXTENSIONS = ['.note', '.rad', '.txt'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Expands folders into the note files under them, sorted; files are kept as given. */
export function collectFiles(inputs: string[], onError: (p: string, message: string) => void): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(dir, (e as Error).message);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && NOTE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        out.push(full);
      }
    }
  };
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      onError(input, 'no such file or folder');
      continue;
    }
    if (stat.isDirectory()) walk(input);
    else out.push(input);
  }
  return out;
}

export type ReadResult = { text: string } | { error: string };

/** Reads a note as UTF-8 text; refuses binary files with a one-line reason. */
export function readNote(file: string): ReadResult {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code === 'EISDIR' ? 'is a folder' : err.code === 'EACCES' ? 'permission denied' : err.code === 'ENOENT' ? 'no such file' : err.message };
  }
  const head = buffer.subarray(0, 8192);
  if (head.includes(0)) return { error: 'looks binary (contains NUL bytes); not a text note' };
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sample = text.slice(0, 8192);
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replaced++;
  if (sample.length > 0 && replaced / sample.length > 0.1) return { error: 'is not UTF-8 text (binary or another encoding)' };
  return { text };
}

/** The nearest .clinical-review.json at or above a file's folder. */
export function findConfigFor(file: string, cache: Map<string, string | null>): string | null {
  let dir = path.resolve(path.dirname(file));
  const visited: string[] = [];
  for (;;) {
    const cached = cache.get(dir);
    if (cached !== undefined) {
      for (const v of visited) cache.set(v, cached);
      return cached;
    }
    visited.push(dir);
    const candidate = path.join(dir, '.clinical-review.json');
    if (fs.existsSync(candidate)) {
      for (const v of visited) cache.set(v, candidate);
      return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      for (const v of visited) cache.set(v, null);
      return null;
    }
    dir = parent;
  }
}
