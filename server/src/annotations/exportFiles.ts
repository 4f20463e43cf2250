/**
 * Writing an export to disk: brat standoff (for each document a UTF-8 .txt copy and its .ann under
 * the folder, paths kept, and the folder's annotation.conf) or one BioC XML collection. The CLI
 * (export-brat, export-bioc) and the language server ("Export Annotations…") both write through
 * here, so the same documents give the same bytes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { annotationConf, writeAnn } from './brat';
import { BiocDocument, writeBioc } from './bioc';

export type ExportFormat = 'brat' | 'bioc';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'bioc'];

export interface ExportOptions {
  format: ExportFormat;
  /** brat: the folder; BioC: the .xml file, or a folder to hold collection.xml. */
  out: string;
  /** Files never overwritten (the notes read), as real paths (see realPath). */
  protect?: ReadonlySet<string>;
  problem: (where: string, message: string) => void;
  /** The collection's date (BioC); default now. */
  now?: Date;
}

export interface ExportWritten {
  notes: number;
  spans: number;
  /** The BioC file, or the brat folder. */
  target: string;
}

/** The real path of a file, or its absolute path when it does not exist (yet). */
export function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** The brat base name for a document id: "x.txt" -> "x", "a.note" -> "a.note". */
const bratBase = (rel: string) => (rel.toLowerCase().endsWith('.txt') ? rel.slice(0, -4) : rel);

/** yyyymmdd, as BioC dates are written. */
const biocDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');

/** Where a BioC export goes: the .xml file named, or collection.xml in the folder. */
export const biocFile = (out: string) => (out.toLowerCase().endsWith('.xml') ? out : path.join(out, 'collection.xml'));

/** Writes the documents; a file that cannot be written is a problem, and the others are still written. */
export function writeExport(documents: readonly BiocDocument[], options: ExportOptions): ExportWritten {
  const { out, problem } = options;
  const write = (file: string, content: string): boolean => {
    if (options.protect?.has(realPath(file))) {
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
  const countSpans = (docs: readonly BiocDocument[]) => docs.reduce((n, d) => n + d.spans.length, 0);
  if (options.format === 'bioc') {
    const file = biocFile(out);
    const ok = write(file, writeBioc(documents, biocDate(options.now ?? new Date())));
    return { notes: ok ? documents.length : 0, spans: ok ? countSpans(documents) : 0, target: file };
  }
  write(path.join(out, 'annotation.conf'), annotationConf());
  const taken = new Map<string, string>();
  const written: BiocDocument[] = [];
  for (const doc of documents) {
    const base = path.join(out, ...bratBase(doc.id).split('/'));
    const clash = taken.get(base.toLowerCase());
    if (clash !== undefined) {
      problem(doc.id, `would overwrite the export of ${clash}; export the folders one at a time`);
      continue;
    }
    taken.set(base.toLowerCase(), doc.id);
    if (write(base + '.txt', doc.text) && write(base + '.ann', writeAnn(doc.text, doc.spans))) written.push(doc);
  }
  return { notes: written.length, spans: countSpans(written), target: out };
}
