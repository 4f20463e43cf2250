/**
 * Sidecar files on disk: `<workspace folder>/.clinical-review/annotations/<note path>.json`, never
 * the note itself.
 *
 * - Reading: a missing file is an empty sidecar; a corrupt one is copied to a backup
 *   (`<name>.json.corrupt-<content hash>`: one backup per corrupt content, however often it is read),
 *   reported with a clear message, and never overwritten before that copy exists.
 * - Writing: under a lock file (`<name>.json.lock`, created exclusively, taken over when stale),
 *   the copy on disk is re-read and merged with ours (sidecar.ts), written to a temporary file
 *   and renamed over the sidecar, so a reader never sees half a file and two windows writing at
 *   once lose nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash, randomBytes } from 'crypto';
import { emptySidecar, Sidecar, SIDECAR_DIR } from './model';
import { mergeSidecars, parseSidecar, serializeSidecar, SidecarError } from './sidecar';

export interface SidecarRead {
  sidecar: Sidecar;
  /** A corrupt file: what is wrong, and where its content was kept. */
  error?: string;
  backup?: string;
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 15_000;

/** The note's path relative to its folder with forward slashes, or undefined when outside it. */
export function notePathIn(folder: string, notePath: string): string | undefined {
  const rel = path.relative(folder, notePath);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

export function sidecarPath(folder: string, relNote: string): string {
  return path.join(folder, ...SIDECAR_DIR.split('/'), ...relNote.split('/')) + '.json';
}

export function isSidecarFile(file: string): boolean {
  return file.endsWith('.json') && file.split(path.sep).join('/').includes(`/${SIDECAR_DIR}/`);
}

/** A backup's name says which content it keeps: the same corrupt file read again (another window, an audit) is backed up once. */
function contentTag(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 12);
}

/** Reads a sidecar; a corrupt one is backed up and reported. */
export function readSidecar(file: string, relNote: string): SidecarRead {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { sidecar: emptySidecar(relNote) };
    return { sidecar: emptySidecar(relNote), error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { sidecar: parseSidecar(raw) };
  } catch (e) {
    const why = e instanceof SidecarError ? e.message : 'unreadable';
    const backup = `${file}.corrupt-${contentTag(raw)}`;
    try {
      fs.writeFileSync(backup, raw, { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return { sidecar: emptySidecar(relNote), error: `${why}; no backup could be written (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    return { sidecar: emptySidecar(relNote), error: why, backup };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withLock<T>(file: string, f: () => T): Promise<T> {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > LOCK_STALE_MS) fs.rmSync(lock, { force: true });
      } catch {
        // gone meanwhile: try again
      }
      if (Date.now() > deadline) throw new Error('another window holds the annotation file lock');
      await sleep(5 + Math.random() * Math.min(50, 5 * attempt));
    }
  }
  try {
    return f();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

export interface SidecarWrite extends SidecarRead {
  /** The merged sidecar as written. */
  sidecar: Sidecar;
}

/** Merges ours with the copy on disk and writes the result atomically. */
export async function writeSidecar(file: string, ours: Sidecar): Promise<SidecarWrite> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return withLock(file, () => {
    const disk = readSidecar(file, ours.note);
    const merged = mergeSidecars(ours, disk.sidecar);
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.writeFileSync(tmp, serializeSidecar(merged), { flag: 'wx' });
      fs.renameSync(tmp, file);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
    return { ...disk, sidecar: merged };
  });
}
