/**
 * `clinical-review export-brat` / `export-bioc`: the analyzer's findings as brat standoff (a .txt
 * copy of each note, its .ann, and annotation.conf) or as one BioC XML collection, for
 * pre-annotation in brat or INCEpTION; with --from-sidecars, the reviewers' judgements instead (the
 * same writer as the editor's "Export Annotations…", annotations/exportFiles.ts).
 */
import { BiocDocument } from '../annotations/bioc';
import { EXPORT_FORMATS, ExportFormat, realPath, writeExport } from '../annotations/exportFiles';
import { checkDate, UsageError } from './args';
import { CliIo, problemReporter } from './cliIo';
import { analyzerSpans, listNotesWithRelative, sidecarDocuments } from './annotationFiles';
import { settingsResolver } from './settings';
import { oneOf, runSubcommand, walkSubcommandArgs } from './subcommand';
import { NodeWorkspace } from '../workspace';

export const EXPORT_USAGE = `Usage: clinical-review export-brat --out DIR [options] <file|folder>...
       clinical-review export-bioc --out FILE.xml|DIR [options] <file|folder>...
       clinical-review export-brat|export-bioc --from-sidecars [--reviewer NAME] --out PATH <workspace folder>...

Writes the analyzer's findings for pre-annotation. brat: for each note a UTF-8 .txt copy
and its .ann beside it under DIR (paths kept relative to the folder given; "a.note" becomes
a.note.txt and a.note.ann, "x.txt" x.txt and x.ann), and DIR/annotation.conf. BioC: one
collection (DIR/collection.xml, or the .xml file named), offsets in UTF-8 bytes.

With --from-sidecars: the reviewers' judgements instead, as the editor's "Export Annotations…"
writes them (the same bytes): for each note of the workspace folders that has a sidecar in
.clinical-review/annotations, its agree and add verdicts re-anchored in the note as it is on disk
(rejections are not findings; identical spans of several reviewers are written once). Paths are
the notes' paths in their folder.

Options:
  --out <path>           where to write (required)
  --format brat|bioc     export-brat --format bioc is export-bioc (default: brat)
  --from-sidecars        export the reviewers' judgements of the workspace folders given
  --reviewer <name>      with --from-sidecars: only this reviewer's (default: every reviewer's)
  --config <file>        settings file (default: the nearest .clinical-review.json)
  --date <YYYY-MM-DD>    date of service when a note carries none
  -h, --help             this help

Exit codes: 0 written, 2 a usage or I/O error (the other notes are still written).`;

interface ExportArgs {
  format: ExportFormat;
  out?: string;
  fromSidecars: boolean;
  reviewer?: string;
  config?: string;
  date?: string;
  paths: string[];
  help: boolean;
}

function parseExportArgs(argv: readonly string[], format: 'brat' | 'bioc'): ExportArgs {
  const args: ExportArgs = { format, fromSidecars: false, paths: [], help: false };
  walkSubcommandArgs(argv, args, (flag, value) => {
    if (flag === '--out') args.out = value();
    else if (flag === '--config') args.config = value();
    else if (flag === '--date') args.date = checkDate(value());
    else if (flag === '--format') args.format = oneOf(flag, value(), EXPORT_FORMATS);
    else if (flag === '--from-sidecars') args.fromSidecars = true;
    else if (flag === '--reviewer') args.reviewer = value();
    else return false;
    return true;
  });
  if (args.help) return args;
  if (!args.out) throw new UsageError('--out is required');
  if (args.paths.length === 0) throw new UsageError(args.fromSidecars ? 'no workspace folders given' : 'no files or folders given');
  if (args.reviewer !== undefined && !args.fromSidecars) throw new UsageError('--reviewer goes with --from-sidecars');
  return args;
}

export function runExport(argv: readonly string[], io: CliIo, format: ExportFormat): number {
  return runSubcommand(argv, io, EXPORT_USAGE, (a) => parseExportArgs(a, format), (args) => exportNotes(args, io));
}

/** The analyzer's findings of the notes named, and the notes read. */
function analyzedDocuments(args: ExportArgs, workspace: NodeWorkspace, problem: (where: string, message: string) => void, io: CliIo) {
  const settingsFor = settingsResolver(workspace, { config: args.config, date: args.date }, (m) => problem('settings', m));
  const notes = listNotesWithRelative(workspace, args.paths, problem);
  const documents: BiocDocument[] = [];
  for (const note of notes) {
    const read = workspace.readNote(note.file);
    if ('error' in read) {
      problem(note.file, read.error);
      continue;
    }
    if (read.warning) io.err(`clinical-review: ${note.file}: ${read.warning}`);
    documents.push({ id: note.rel, text: read.text, spans: analyzerSpans(read.text, settingsFor(note.file)) });
  }
  return { documents, notes: notes.map((n) => n.file) };
}

function exportNotes(args: ExportArgs, io: CliIo): number {
  const out = args.out as string;
  const { problem, failed } = problemReporter(io);
  const workspace = new NodeWorkspace();
  const { documents, notes } = args.fromSidecars ? sidecarDocuments(workspace, args.paths, args.reviewer, problem) : analyzedDocuments(args, workspace, problem, io);
  const written = writeExport(documents, { format: args.format, out, protect: new Set(notes.map(realPath)), problem });
  const what = args.fromSidecars ? 'judgement' : 'finding';
  io.out(`clinical-review: wrote ${written.notes} note${written.notes === 1 ? '' : 's'} with ${written.spans} ${what}${written.spans === 1 ? '' : 's'} (${args.format}) to ${out}`);
  return failed() ? 2 : 0;
}
