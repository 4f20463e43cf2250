import * as fs from 'fs';
import * as path from 'path';
import { matchesGlob } from './glob';
import { decodeNote } from './noteText';
import { errnoMessage, readRegularFile } from './readRegularFile';
import { CONFIG_FILE_NAME, ListOptions, MAX_CONFIG_BYTES, MAX_NOTE_BYTES, NOTE_EXTENSIONS, NoteWorkspace, ReadResult } from './workspace';

/** Folders never entered (besides hidden ones): installed dependencies. */
const SKIP_DIRS = new Set(['node_modules', 'bower_components']);

export interface NodeWorkspaceOptions {
  /** Folders a settings lookup does not climb above (the editor's workspace folders); none: up to the file system root. */
  configBoundaries?: () => readonly string[];
}

function isInside(folder: string, p: string): boolean {
  const rel = path.relative(folder, p);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The workspace on the local file system. */
export class NodeWorkspace implements NoteWorkspace {
  /** Folder -> the settings file that applies there (null: none). */
  private readonly configForDir = new Map<string, string | null>();

  constructor(private readonly options: NodeWorkspaceOptions = {}) {}

  listNotes(roots: readonly string[], options: ListOptions = {}): string[] {
    const out: string[] = [];
    const limit = options.limit ?? Infinity;
    const include = options.include ?? [];
    const onError = options.onError ?? (() => undefined);
    const isNote = (root: string, full: string, name: string) =>
      NOTE_EXTENSIONS.includes(path.extname(name).toLowerCase()) || include.some((g) => matchesGlob(path.relative(root, full).split(path.sep).join('/'), g));
    const walk = (root: string, dir: string) => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        onError(dir, (e as Error).message);
        return;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (out.length >= limit) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) walk(root, full);
        } else if (isNote(root, full, entry.name)) {
          // Links, pipes and devices with a note's name are listed: reading them says why they are refused.
          out.push(full);
        }
      }
    };
    for (const root of roots) {
      if (out.length >= limit) break;
      let stat: fs.Stats;
      try {
        stat = fs.statSync(root);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        onError(root, code === 'ENOENT' ? 'no such file or folder' : errnoMessage(e));
        continue;
      }
      if (stat.isDirectory()) walk(root, root);
      else out.push(root);
    }
    return out;
  }

  readNote(file: string): ReadResult {
    const raw = readRegularFile(file, MAX_NOTE_BYTES);
    return 'error' in raw ? raw : decodeNote(raw.bytes, raw.truncated);
  }

  readConfig(file: string): ReadResult {
    const raw = readRegularFile(file, MAX_CONFIG_BYTES);
    if ('error' in raw) return raw;
    if (raw.truncated) return { error: `is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB; not read` };
    return { text: raw.bytes.toString('utf8') };
  }

  findConfig(notePath: string): string | null {
    const start = path.resolve(path.dirname(notePath));
    const boundaries = (this.options.configBoundaries?.() ?? []).map((b) => path.resolve(b));
    const stopAt = boundaries.filter((b) => isInside(b, start)).sort((a, b) => b.length - a.length)[0];
    const visited: string[] = [];
    let dir = start;
    let found: string | null = null;
    for (;;) {
      const cached = this.configForDir.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (fs.existsSync(candidate)) {
        found = candidate;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || dir === stopAt) break;
      dir = parent;
    }
    for (const v of visited) this.configForDir.set(v, found);
    return found;
  }

  forgetConfigs(): void {
    this.configForDir.clear();
  }
}
