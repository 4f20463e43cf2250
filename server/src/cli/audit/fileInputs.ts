import * as path from 'path';
import { globToRegExp } from '../../workspace/glob';
import { NoteWorkspace } from '../../workspace';
import { ReviewSettings } from '../../engine';
import { AuditInput } from './auditInput';

/** Besides the note extensions, the CLI reads every .txt file in the folders it is given. */
const FOLDER_INCLUDE = ['*.txt'];
const GLOB_CHARS = /[*?[{]/;

/** "notes/**\/*.txt" -> the folder to walk ("notes") and the pattern below it; a plain path has none. */
export function splitGlob(arg: string): { root: string; pattern?: string } {
  const parts = arg.replace(/\\/g, '/').split('/');
  const first = parts.findIndex((p) => GLOB_CHARS.test(p));
  if (first === -1) return { root: arg };
  const root = parts.slice(0, first).join('/');
  return { root: root === '' ? (arg.startsWith('/') ? '/' : '.') : root, pattern: parts.slice(first).join('/') };
}

/** A listing error message without the path in it (the summary on stderr names no file). */
function withoutPath(message: string, p: string): string {
  return message.split(p).join('…');
}

/**
 * The notes the arguments name, in order: each folder walked in name order (notes and .txt
 * files), each glob matched below its folder, each file as given. Files that cannot be listed or
 * read are inputs too, skipped with their reason, so the counts add up.
 */
export function* fileInputs(args: readonly string[], workspace: NoteWorkspace, settingsFor: (file: string) => ReviewSettings): Generator<AuditInput> {
  for (const arg of args) {
    const { root, pattern } = splitGlob(arg);
    const unlisted: AuditInput[] = [];
    const onError = (p: string, message: string) => unlisted.push({ ref: { path: p }, skipped: withoutPath(message, p) });
    let files = workspace.listNotes([root], { include: pattern ? [pattern] : FOLDER_INCLUDE, onError });
    if (pattern) {
      const re = globToRegExp(pattern);
      files = files.filter((f) => re.test(path.relative(root, f).split(path.sep).join('/')));
    }
    yield* unlisted;
    for (const file of files) {
      const read = workspace.readNote(file);
      if ('error' in read) yield { ref: { path: file }, skipped: read.error };
      else yield { ref: { path: file }, task: { text: read.text, settings: settingsFor(file), ...(read.warning ? { warning: read.warning } : {}) } };
    }
  }
}
