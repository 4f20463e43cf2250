/**
 * The language server's annotations: one sidecar per note (sidecarStore.ts), kept in memory in
 * step with the note's text (re-anchored after each change), written back after each change the
 * reviewer makes and when the note is saved. An undo stack per window.
 *
 * Restricted Mode: disabled. A shared folder's sidecar could hold rejections that hide red-flag
 * diagnostics, and writing into a folder the user has not trusted is not ours to do; the commands
 * say so, and granting trust loads the sidecars.
 */
import * as os from 'os';
import { editBetween } from '../annotations/anchor';
import { reanchorAll } from '../annotations/edits';
import { Sidecar } from '../annotations/model';
import { notePathIn, readSidecar, sidecarPath, writeSidecar } from '../annotations/sidecarStore';
import { mergeSidecars } from '../annotations/sidecar';
import { Logger } from './logger';
import { SettingsService, uriToPath } from './settings';

export interface NoteAnnotations {
  uri: string;
  file: string;
  sidecar: Sidecar;
  /** The text the anchors refer to. */
  text: string;
  /** Anchors moved since the last write. */
  dirty: boolean;
  error?: string;
  backup?: string;
}

export interface Unavailable {
  unavailable: string;
}

export interface UndoEntry {
  uri: string;
  label: string;
  undo: (s: Sidecar, time: string) => void;
}

export class AnnotationStore {
  private readonly notes = new Map<string, NoteAnnotations>();
  private readonly undoStack: UndoEntry[] = [];
  reviewer = defaultReviewer();
  showRejected = false;
  /** Called after a note's annotations changed (in memory or on disk). */
  onChanged: (uri: string) => void = () => undefined;

  constructor(
    private readonly settings: SettingsService,
    private readonly log: Logger,
  ) {}

  /** Reads the reviewer and the showRejected setting. */
  async readSettings(): Promise<void> {
    try {
      const s = (await this.settings.editorSettings()) as Record<string, unknown>;
      const name = typeof s.reviewer === 'string' ? s.reviewer.trim() : '';
      this.reviewer = name || defaultReviewer();
      const nested = s.annotations as { showRejected?: unknown } | null | undefined;
      this.showRejected = (nested && typeof nested === 'object' ? nested.showRejected : s['annotations.showRejected']) === true;
    } catch {
      this.reviewer = defaultReviewer();
    }
  }

  /** The note's annotations, re-anchored in `text`; or why there are none. */
  sync(uri: string, text: string): NoteAnnotations | Unavailable {
    if (!this.settings.isTrusted) return { unavailable: 'Annotations are off in Restricted Mode: trust this folder to review its notes.' };
    let note = this.notes.get(uri);
    if (!note) {
      const where = this.locate(uri);
      if ('unavailable' in where) return where;
      const read = readSidecar(where.file, where.rel);
      if (read.error) this.log.error(`An annotation file is corrupt (${read.error}); its content was kept as a backup and nothing was overwritten.`);
      note = { uri, file: where.file, sidecar: read.sidecar, text, dirty: false, error: read.error, backup: read.backup };
      note.dirty = reanchorAll(note.sidecar, text);
      this.notes.set(uri, note);
      return note;
    }
    if (note.text !== text) {
      if (reanchorAll(note.sidecar, text, editBetween(note.text, text))) note.dirty = true;
      note.text = text;
    }
    return note;
  }

  /** When this reviewer marked the note reviewed: from memory if the note is open, else from its sidecar on disk (read, not kept). */
  reviewedAt(uri: string): string | undefined {
    if (!this.settings.isTrusted) return undefined;
    const open = this.notes.get(uri);
    if (open) return open.sidecar.reviewed[this.reviewer];
    const where = this.locate(uri);
    if ('unavailable' in where) return undefined;
    return readSidecar(where.file, where.rel).sidecar.reviewed[this.reviewer];
  }

  private locate(uri: string): { file: string; rel: string } | Unavailable {
    const file = uriToPath(uri);
    if (!file) return { unavailable: 'Only a saved note in a workspace folder can be annotated.' };
    for (const folder of this.settings.workspaceFolders) {
      const rel = notePathIn(folder, file);
      if (rel) return { file: sidecarPath(folder, rel), rel };
    }
    return { unavailable: 'Annotations are kept beside the workspace: open the note inside a workspace folder to annotate it.' };
  }

  /** Applies a change, writes the sidecar (merged with the copy on disk), and records how to undo it. */
  async change(uri: string, text: string, apply: (s: Sidecar) => Omit<UndoEntry, 'uri'> | undefined): Promise<NoteAnnotations | Unavailable> {
    const note = this.sync(uri, text);
    if ('unavailable' in note) return note;
    const undo = apply(note.sidecar);
    if (undo) this.undoStack.push({ uri, ...undo });
    if (this.undoStack.length > 200) this.undoStack.shift();
    await this.write(note);
    return note;
  }

  async undo(textOf: (uri: string) => string | undefined): Promise<string | undefined> {
    const last = this.undoStack.pop();
    if (!last) return undefined;
    const note = this.notes.get(last.uri);
    const text = textOf(last.uri) ?? note?.text;
    if (!note || text === undefined) return undefined;
    this.sync(last.uri, text);
    last.undo(note.sidecar, new Date().toISOString());
    await this.write(note);
    return last.label;
  }

  private async write(note: NoteAnnotations): Promise<void> {
    const written = await writeSidecar(note.file, note.sidecar);
    note.sidecar = written.sidecar;
    reanchorAll(note.sidecar, note.text);
    note.dirty = false;
    if (written.error) {
      note.error = written.error;
      note.backup = written.backup;
    }
    this.onChanged(note.uri);
  }

  /** The note was saved: write anchors that moved. */
  async saved(uri: string, text: string): Promise<void> {
    const note = this.sync(uri, text);
    if ('unavailable' in note || !note.dirty) return;
    await this.write(note).catch((e) => this.log.error(`Annotations could not be saved (${e instanceof Error ? e.name : 'error'}).`));
  }

  /** A sidecar changed on disk (another window): merge it in. */
  reloadFile(file: string): void {
    for (const note of this.notes.values()) {
      if (note.file !== file) continue;
      const read = readSidecar(file, note.sidecar.note);
      if (read.error) {
        note.error = read.error;
        note.backup = read.backup;
      } else note.sidecar = mergeSidecars(note.sidecar, read.sidecar);
      reanchorAll(note.sidecar, note.text);
      this.onChanged(note.uri);
    }
  }

  /** Loaded notes (for refreshing after a settings change). */
  uris(): string[] {
    return [...this.notes.keys()];
  }

  forget(uri: string): void {
    this.notes.delete(uri);
  }

  /** Trust or folders changed: read every sidecar afresh. */
  clear(): void {
    this.notes.clear();
  }
}

function defaultReviewer(): string {
  try {
    return os.userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}
