/**
 * Files of the annotation commands (export-brat, eval, agreement): the notes named on the command
 * line with their paths relative to the folder given, and gold annotations read from a folder of
 * brat `.ann` files or of sidecars. Reading problems are reported through `problem` and the rest
 * goes on; the commands then exit 2.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readAnn } from '../annotations/brat';
import { Sidecar, SIDECAR_DIR } from '../annotations/model';
import { goldSpans, SpanAnnotation } from '../annotations/spans';
import { reviewNote, ReviewSettings } from '../engine';
import { spanFromFinding } from '../annotations/spans';
import { BiocDocument } from '../annotations/bioc';
import { judgementSpans, reviewersOf } from '../annotations/judgements';
import { NodeWorkspace } from '../workspace';

/** Besides the note extensions, the annotation commands read every .txt file in the folders they are given. */
export const NOTE_INCLUDE = ['*.txt'];

export type Problem = (where: string, message: string) => void;

export interface ListedNote {
  file: string;
  /** Relative to the folder operand it was found in (forward slashes); a file operand's own name. */
  rel: string;
}

const slashes = (p: string) => p.split(path.sep).join('/');

export function listNotesWithRelative(workspace: NodeWorkspace, operands: readonly string[], problem: Problem, include = NOTE_INCLUDE): ListedNote[] {
  const out: ListedNote[] = [];
  for (const operand of operands) {
    const isDir = fs.existsSync(operand) && fs.statSync(operand).isDirectory();
    for (const file of workspace.listNotes([operand], { include, onError: problem })) {
      out.push({ file, rel: isDir ? slashes(path.relative(operand, file)) : path.basename(file) });
    }
  }
  return out;
}

/** The analyzer's findings for a note's text, as spans. */
export function analyzerSpans(text: string, settings: ReviewSettings): SpanAnnotation[] {
  return reviewNote(text, settings).findings.map(spanFromFinding);
}

export interface GoldDocument {
  /** The gold file (.ann or sidecar .json). */
  file: string;
  /** What a note must be called to match it: the path relative to the gold folder, without ".ann" (brat) or the sidecar's note. */
  key: string;
  /** The note the gold sits beside by default (x.txt for x.ann; the workspace's note for a sidecar), when known. */
  defaultNote?: string;
  /** The text the offsets refer to, when the gold carries it (brat's .txt); else the note's. */
  text?: string;
  /** Spans, or (without a text yet) a reader to call with the note's text. */
  spans: (text: string) => SpanAnnotation[];
  /** For a sidecar: the reviewers in it. */
  reviewers?: string[];
  sidecar?: Sidecar;
}

export type GoldFormat = 'brat' | 'sidecar';

export interface GoldFolder {
  format: GoldFormat;
  documents: GoldDocument[];
}

/** The sidecar folder of a workspace folder, or the folder itself when it is one. */
function sidecarLayout(dir: string): { sidecars: string; root: string } | undefined {
  const inside = path.join(dir, SIDECAR_DIR);
  if (fs.existsSync(inside) && fs.statSync(inside).isDirectory()) return { sidecars: inside, root: dir };
  const normal = slashes(path.resolve(dir));
  if (normal.endsWith('/' + SIDECAR_DIR)) return { sidecars: dir, root: path.resolve(dir, ...SIDECAR_DIR.split('/').map(() => '..')) };
  return undefined;
}

function listFiles(workspace: NodeWorkspace, dir: string, ext: string, problem: Problem): string[] {
  return workspace.listNotes([dir], { include: ['*' + ext], onError: problem }).filter((f) => f.toLowerCase().endsWith(ext));
}

/** A sidecar's JSON, checked for the fields the measurements read. */
export function parseSidecar(json: string): Sidecar | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
  const s = data as Partial<Sidecar>;
  if (typeof s !== 'object' || s === null || typeof s.note !== 'string' || !Array.isArray(s.annotations)) return 'not a sidecar (it needs "note" and "annotations")';
  for (const [i, a] of s.annotations.entries()) {
    const ok = a && typeof a === 'object' && typeof a.kind === 'string' && typeof a.verdict === 'string' && typeof a.reviewer === 'string' && a.anchor && Number.isInteger(a.anchor.start) && Number.isInteger(a.anchor.end) && a.anchor.start >= 0 && a.anchor.end >= a.anchor.start;
    if (!ok) return `annotation ${i + 1} needs kind, verdict, reviewer and anchor {start, end} (whole numbers, start <= end)`;
  }
  return { version: 1, reviewed: {}, queries: [], ...s } as Sidecar;
}

/** Spans of a sidecar whose anchors fit the text (others are reported). */
function sidecarSpans(sidecar: Sidecar, file: string, reviewer: string | undefined, problem: Problem) {
  return (text: string) =>
    goldSpans(sidecar, reviewer).filter((s) => {
      if (s.end <= text.length) return true;
      problem(file, `an annotation at ${s.start}-${s.end} lies beyond the note (${text.length} characters); skipped`);
      return false;
    });
}

/**
 * Reads a gold folder: brat (.ann files, each against the .txt beside it) or sidecars (a workspace
 * folder holding .clinical-review/annotations, or that folder itself).
 */
export function readGoldFolder(workspace: NodeWorkspace, dir: string, options: { reviewer?: string }, problem: Problem): GoldFolder | undefined {
  if (!fs.existsSync(dir)) return problem(dir, 'no such folder'), undefined;
  if (!fs.statSync(dir).isDirectory()) return problem(dir, 'is not a folder'), undefined;
  const layout = sidecarLayout(dir);
  if (layout) {
    const documents: GoldDocument[] = [];
    for (const file of listFiles(workspace, layout.sidecars, '.json', problem)) {
      const read = workspace.readNote(file);
      if ('error' in read) {
        problem(file, read.error);
        continue;
      }
      const sidecar = parseSidecar(read.text);
      if (typeof sidecar === 'string') {
        problem(file, sidecar);
        continue;
      }
      const reviewers = reviewersOf(sidecar);
      documents.push({ file, key: sidecar.note, defaultNote: path.join(layout.root, ...sidecar.note.split('/')), spans: sidecarSpans(sidecar, file, options.reviewer, problem), reviewers, sidecar });
    }
    return { format: 'sidecar', documents };
  }
  const anns = listFiles(workspace, dir, '.ann', problem);
  if (anns.length === 0) {
    problem(dir, `holds no brat .ann files and no sidecar folder (${SIDECAR_DIR})`);
    return undefined;
  }
  const documents: GoldDocument[] = [];
  for (const file of anns) {
    const read = workspace.readNote(file);
    if ('error' in read) {
      problem(file, read.error);
      continue;
    }
    const txt = file.slice(0, -'.ann'.length) + '.txt';
    const txtRead = fs.existsSync(txt) ? workspace.readNote(txt) : undefined;
    if (txtRead && 'error' in txtRead) problem(txt, txtRead.error);
    const text = txtRead && 'text' in txtRead ? txtRead.text : undefined;
    const spans = (t: string) => {
      const r = readAnn(read.text, t);
      for (const p of r.problems) problem(`${file}:${p.line}`, p.message);
      return r.spans;
    };
    documents.push({ file, key: slashes(path.relative(dir, file)).slice(0, -'.ann'.length), defaultNote: text !== undefined ? txt : undefined, text, spans });
  }
  return { format: 'brat', documents };
}

const stripExt = (p: string) => (path.posix.extname(p) ? p.slice(0, -path.posix.extname(p).length) : p);

/**
 * The note for each gold document: named on the command line (same relative path, with or without
 * its extension, else the only note of that file name), or by default the one beside it.
 */
export function matchNotes(gold: readonly GoldDocument[], notes: readonly ListedNote[] | undefined): Array<{ doc: GoldDocument; note?: string }> {
  if (!notes) return gold.map((doc) => ({ doc, note: doc.defaultNote }));
  return gold.map((doc) => {
    const tests = [(n: ListedNote) => n.rel === doc.key, (n: ListedNote) => stripExt(n.rel) === doc.key, (n: ListedNote) => n.rel === stripExt(doc.key)];
    const exact = tests.map((t) => notes.filter(t)).find((found) => found.length > 0)?.[0];
    if (exact) return { doc, note: exact.file };
    const name = path.posix.basename(stripExt(doc.key));
    const byName = notes.filter((n) => path.posix.basename(stripExt(n.rel)) === name);
    return { doc, note: byName.length === 1 ? byName[0].file : undefined };
  });
}

export interface SidecarExport {
  /** One per note a sidecar judges (of the reviewer, when one is named), its id the note's path in its workspace folder. */
  documents: BiocDocument[];
  /** The notes read. */
  notes: string[];
}

/**
 * The reviewers' judgements in the sidecars of workspace folders, for export: each note's text as
 * it is on disk, with the agree and add verdicts re-anchored in it (judgements.ts). With a
 * reviewer, only the notes that reviewer annotated or marked reviewed, and only their verdicts.
 */
export function sidecarDocuments(workspace: NodeWorkspace, folders: readonly string[], reviewer: string | undefined, problem: Problem): SidecarExport {
  const out: SidecarExport = { documents: [], notes: [] };
  for (const folder of folders) {
    const gold = readGoldFolder(workspace, folder, { reviewer }, problem);
    if (!gold) continue;
    if (gold.format !== 'sidecar') {
      problem(folder, `holds brat files, not sidecars (${SIDECAR_DIR})`);
      continue;
    }
    for (const doc of gold.documents) {
      if (reviewer !== undefined && !doc.reviewers?.includes(reviewer)) continue;
      const note = doc.defaultNote as string;
      if (!fs.existsSync(note)) {
        problem(doc.file, `its note ${doc.key} is not in the workspace; not exported`);
        continue;
      }
      const read = workspace.readNote(note);
      if ('error' in read) {
        problem(note, read.error);
        continue;
      }
      out.notes.push(note);
      out.documents.push({ id: doc.key, text: read.text, spans: judgementSpans(doc.sidecar as Sidecar, read.text, reviewer) });
    }
  }
  return out;
}
