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

/** A listed note, or a root that could not be listed (with why). */
export type ListedNote = { path: string; unlisted?: string };

/**
 * The notes the arguments name, in order: each folder walked in name order (notes and .txt
 * files), each glob matched below its folder, each file as given. A root that cannot be listed is
 * an entry too, with its reason, so the counts add up.
 */
export function listInputs(args: readonly string[], workspace: NoteWorkspace): ListedNote[] {
  const out: ListedNote[] = [];
  for (const arg of args) {
    const { root, pattern } = splitGlob(arg);
    const onError = (p: string, message: string) => out.push({ path: p, unlisted: withoutPath(message, p) });
    let files = workspace.listNotes([root], { include: pattern ? [pattern] : FOLDER_INCLUDE, onError });
    if (pattern) {
      const re = globToRegExp(pattern);
      files = files.filter((f) => re.test(path.relative(root, f).split(path.sep).join('/')));
    }
    for (const file of files) out.push({ path: file });
  }
  return out;
}

/** The listed notes read one by one, as the audit asks for them: a note to review, or why not. */
export function* readInputs(listed: readonly ListedNote[], workspace: NoteWorkspace, settingsFor: (file: string) => ReviewSettings): Generator<AuditInput> {
  for (const { path: file, unlisted } of listed) {
    if (unlisted !== undefined) {
      yield { ref: { path: file }, skipped: unlisted };
      continue;
    }
    const read = workspace.readNote(file);
    if ('error' in read) yield { ref: { path: file }, skipped: read.error };
    else yield { ref: { path: file }, task: { text: read.text, settings: settingsFor(file), ...(read.warning ? { warning: read.warning } : {}) } };
  }
}
