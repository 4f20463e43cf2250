import { CONFIG_FILE_NAME, MAX_ANALYZED_CHARS } from '../engine';

/**
 * The files a review reads, behind one interface (as vscode-markdown-languageservice injects its
 * IWorkspace): which notes a folder holds, a note's text, the settings file that applies to it.
 * The CLI and the language server share one implementation (nodeWorkspace.ts), so they find the
 * same notes and the same settings, and refuse the same non-files.
 */

/** Files with these extensions are notes; others only when an opt-in glob names them. */
export const NOTE_EXTENSIONS: readonly string[] = ['.note', '.rad'];
export { CONFIG_FILE_NAME };
/** A settings file above this size is refused. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** A note is read up to here: as many bytes as the engine analyses characters (a byte is at most a character). */
export const MAX_NOTE_BYTES = MAX_ANALYZED_CHARS;

/** The text read, with a warning when only part of it was (too large); or why nothing was. */
export type ReadResult = { text: string; warning?: string } | { error: string };

export interface ListOptions {
  /** Globs, relative to the root being listed, of further files to treat as notes ("notes/*.txt", "*.txt"). */
  include?: readonly string[];
  /** Stop after this many notes. */
  limit?: number;
  /** A root or folder that could not be listed. */
  onError?: (path: string, message: string) => void;
}

export interface NoteWorkspace {
  /**
   * The notes under each root, folder by folder in name order; a root that is not a folder is
   * kept as given. Hidden folders and dependency folders are not entered, nor symlinked folders.
   */
  listNotes(roots: readonly string[], options?: ListOptions): string[];
  /** A note's text (UTF-8, BOM dropped); refuses what is not a regular text file. */
  readNote(file: string): ReadResult;
  /** A settings file's text; refuses what is not a regular file or is over MAX_CONFIG_BYTES. */
  readConfig(file: string): ReadResult;
  /** The nearest settings file at or above the note's folder (not above the boundary holding it), or null. */
  findConfig(notePath: string): string | null;
  /** Forgets settings files looked up so far (one was created, changed or deleted). */
  forgetConfigs(): void;
}
