/**
 * `clinical-review export-brat` / `export-bioc`: the analyzer's findings as brat standoff (a .txt
 * copy of each note, its .ann, and annotation.conf) or as one BioC XML collection, for
 * pre-annotation in brat or INCEpTION.
 */
import * as fs from 'fs';
import * as path from 'path';
import { annotationConf, writeAnn } from '../annotations/brat';
import { BiocDocument, writeBioc } from '../annotations/bioc';
import { checkDate, UsageError } from './args';
import { CliIo, problemReporter } from './cliIo';
import { analyzerSpans, listNotesWithRelative } from './annotationFiles';
import { settingsResolver } from './settings';
import { oneOf, runSubcommand, walkSubcommandArgs } from './subcommand';
import { NodeWorkspace } from '../workspace';

export const EXPORT_USAGE = `Usage: clinical-review export-brat --out DIR [options] <file|folder>...
       clinical-review export-bioc --out FILE.xml|DIR [options] <file|folder>...

Writes the analyzer's findings for pre-annotation. brat: for each note a UTF-8 .txt copy
and its .ann beside it under DIR (paths kept relative to the folder given; "a.note" becomes
a.note.txt and a.note.ann, "x.txt" x.txt and x.ann), and DIR/annotation.conf. BioC: one
collection (DIR/collection.xml, or the .xml file named), offsets in UTF-8 bytes.

Options:
  --out <path>           where to write (required)
  --format brat|bioc     export-brat --format bioc is export-bioc (default: brat)
  --config <file>        settings file (default: the nearest .clinical-review.json)
  --date <YYYY-MM-DD>    date of service when a note carries none
  -h, --help             this help

Exit codes: 0 written, 2 a usage or I/O error (the other notes are still written).`;

interface ExportArgs {
  format: 'brat' | 'bioc';
  out?: string;
  config?: string;
  date?: string;
  paths: string[];
  help: boolean;
}

function parseExportArgs(argv: readonly string[], format: 'brat' | 'bioc'): ExportArgs {
  const args: ExportArgs = { format, paths: [], help: false };
  walkSubcommandArgs(argv, args, (flag, value) => {
    if (flag === '--out') args.out = value();
    else if (flag === '--config') args.config = value();
    else if (flag === '--date') args.date = checkDate(value());
    else if (flag === '--format') args.format = oneOf(flag, value(), ['brat', 'bioc']);
    else return false;
    return true;
  });
  if (args.help) return args;
  if (!args.out) throw new UsageError('--out is required');
  if (args.paths.length === 0) throw new UsageError('no files or folders given');
  return args;
}

const real = (p: string) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** The brat base name for a note: "x.txt" -> "x", "a.note" -> "a.note". */
const bratBase = (rel: string) => (rel.toLowerCase().endsWith('.txt') ? rel.slice(0, -4) : rel);

/** yyyymmdd, as BioC dates are written. */
const biocDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');

export function runExport(argv: readonly string[], io: CliIo, format: 'brat' | 'bioc'): number {
  return runSubcommand(argv, io, EXPORT_USAGE, (a) => parseExportArgs(a, format), (args) => exportNotes(args, io));
}

function exportNotes(args: ExportArgs, io: CliIo): number {
  const out = args.out as string;
  const { problem, failed } = problemReporter(io);
  const workspace = new NodeWorkspace();
  const settingsFor = settingsResolver(workspace, { config: args.config, date: args.date }, (m) => problem('settings', m));
  const notes = listNotesWithRelative(workspace, args.paths, problem);
  const inputs = new Set(notes.map((n) => real(n.file)));
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
  const write = (file: string, content: string): boolean => {
    if (inputs.has(real(file))) {
      problem(file, 'is one of the notes read; not overwritten (choose another --out)');
      return false;
    }
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content, 'utf8');
      return true;
    } catch (e) {
      problem(file, (e as Error).message);
      return false;
    }
  };
  let written = 0;
  let spans = 0;
  if (args.format === 'bioc') {
    const file = out.toLowerCase().endsWith('.xml') ? out : path.join(out, 'collection.xml');
    if (write(file, writeBioc(documents, biocDate(new Date())))) {
      written = documents.length;
      spans = documents.reduce((n, d) => n + d.spans.length, 0);
    }
  } else {
    write(path.join(out, 'annotation.conf'), annotationConf());
    const taken = new Map<string, string>();
    for (const doc of documents) {
      const base = path.join(out, ...bratBase(doc.id).split('/'));
      const clash = taken.get(base.toLowerCase());
      if (clash !== undefined) {
        problem(doc.id, `would overwrite the export of ${clash}; export the folders one at a time`);
        continue;
      }
      taken.set(base.toLowerCase(), doc.id);
      if (write(base + '.txt', doc.text) && write(base + '.ann', writeAnn(doc.text, doc.spans))) {
        written++;
        spans += doc.spans.length;
      }
    }
  }
  io.out(`clinical-review: wrote ${written} note${written === 1 ? '' : 's'} with ${spans} finding${spans === 1 ? '' : 's'} (${args.format}) to ${out}`);
  return failed() ? 2 : 0;
}
