import * as fs from 'fs';
import * as path from 'path';

/**
 * Reads a regular file, at most `cap` bytes of it, without ever blocking on something that is
 * not one: a FIFO with no writer, /dev/zero, a socket. The path is stat'ed first (a symlink is
 * followed once; a link to a link is refused), opened non-blocking, checked again on the open
 * descriptor (it may have been swapped meanwhile) and read in bounded chunks.
 */

export type RawRead = { bytes: Buffer; truncated: boolean } | { error: string };

const CHUNK_BYTES = 64 * 1024;
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/** Why a file of this type is not read, or undefined for a regular file. */
function notRegular(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'is a folder';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file; not read';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file; not read';
  if (stat.isSocket()) return 'is a socket, not a regular file; not read';
  if (stat.isSymbolicLink()) return 'is a symbolic link to another symbolic link; not followed';
  return 'is not a regular file; not read';
}

export function errnoMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'is a symbolic link that loops or is nested too deep; not followed';
    default:
      return err.message;
  }
}

/** The path to open: the file itself, or the target of a symlink (followed once). */
function resolveOnce(file: string): { target: string } | { error: string } {
  const stat = fs.lstatSync(file);
  if (!stat.isSymbolicLink()) {
    const why = notRegular(stat);
    return why ? { error: why } : { target: file };
  }
  const target = path.resolve(path.dirname(file), fs.readlinkSync(file));
  const why = notRegular(fs.lstatSync(target));
  return why ? { error: why } : { target };
}

export function readRegularFile(file: string, cap: number): RawRead {
  let fd: number | undefined;
  try {
    const resolved = resolveOnce(file);
    if ('error' in resolved) return resolved;
    fd = fs.openSync(resolved.target, OPEN_FLAGS);
    const why = notRegular(fs.fstatSync(fd));
    if (why) return { error: why };
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the cap tells a file of exactly `cap` bytes from a longer one.
    while (total <= cap) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, cap + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    const bytes = Buffer.concat(chunks, total);
    return total > cap ? { bytes: bytes.subarray(0, cap), truncated: true } : { bytes, truncated: false };
  } catch (e) {
    return { error: errnoMessage(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
