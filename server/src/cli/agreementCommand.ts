/**
 * `clinical-review agreement A B` (two brat folders) or `agreement --reviewers A,B <folder>`
 * (sidecars): inter-annotator agreement per kind and overall.
 */
import * as path from 'path';
import { agreement, KindAgreement } from '../annotations/agreement';
import { Kappa } from '../annotations/kappa';
import { goldSpans, SpanAnnotation } from '../annotations/spans';
import { UsageError } from './args';
import { GoldDocument, readGoldFolder } from './annotationFiles';
import { CliIo, problemReporter } from './cliIo';
import { fixed } from './evalCommand';
import { oneOf, runSubcommand, walkSubcommandArgs } from './subcommand';
import { NodeWorkspace } from '../workspace';

export const AGREEMENT_USAGE = `Usage: clinical-review agreement [options] <brat folder A> <brat folder B>
       clinical-review agreement --reviewers A,B [options] <folder with sidecars>

Inter-annotator agreement, per finding kind and overall: span F1 (exact and overlapping
spans), the spans the other annotator has no overlapping span for, and Cohen's kappa over
the overlap-matched spans on the assertion and on each attribute (an attribute one side
does not state counts as "(not stated)"). brat notes are paired by their path under each
folder; with sidecars, a note counts when both reviewers annotated it or marked it reviewed.

Options:
  --reviewers A,B        compare two reviewers of the sidecars in one folder
  --format text|json     output format (default: text)
  -h, --help             this help

Exit codes: 0 measured, 2 a usage or I/O error or an unreadable annotation (the rest is measured).`;

interface AgreementArgs {
  reviewers?: [string, string];
  format: 'text' | 'json';
  paths: string[];
  help: boolean;
}

function parseAgreementArgs(argv: readonly string[]): AgreementArgs {
  const args: AgreementArgs = { format: 'text', paths: [], help: false };
  walkSubcommandArgs(argv, args, (flag, value) => {
    if (flag === '--reviewers') {
      const names = value().split(',').map((s) => s.trim());
      if (names.length !== 2 || names.some((n) => n === '') || names[0] === names[1]) throw new UsageError('--reviewers takes two different names: --reviewers A,B');
      args.reviewers = [names[0], names[1]];
    } else if (flag === '--format') args.format = oneOf(flag, value(), ['text', 'json']);
    else return false;
    return true;
  });
  if (args.help) return args;
  const want = args.reviewers ? 1 : 2;
  if (args.paths.length !== want) throw new UsageError(args.reviewers ? 'with --reviewers, give one folder (of sidecars)' : 'give two brat folders (or --reviewers A,B and one sidecar folder)');
  return args;
}

type Pair = { a: SpanAnnotation[]; b: SpanAnnotation[] };

function bratPairs(workspace: NodeWorkspace, dirs: string[], problem: (w: string, m: string) => void): Pair[] | undefined {
  const folders = dirs.map((d) => readGoldFolder(workspace, d, {}, problem));
  if (folders.some((f) => !f)) return undefined;
  const [fa, fb] = folders as NonNullable<(typeof folders)[number]>[];
  if (fa.format !== 'brat' || fb.format !== 'brat') {
    problem(fa.format !== 'brat' ? dirs[0] : dirs[1], 'holds sidecars: compare reviewers with --reviewers A,B');
    return undefined;
  }
  const byKey = new Map(fb.documents.map((d) => [d.key, d]));
  const pairs: Pair[] = [];
  const textOf = (d: GoldDocument) => {
    if (d.text === undefined) problem(d.file, 'no .txt beside it: its character offsets cannot be read');
    return d.text;
  };
  for (const da of fa.documents) {
    const db = byKey.get(da.key);
    byKey.delete(da.key);
    if (!db) {
      problem(da.file, `has no counterpart in ${dirs[1]}; not compared`);
      continue;
    }
    const [ta, tb] = [textOf(da), textOf(db)];
    if (ta === undefined || tb === undefined) continue;
    if (ta !== tb) {
      problem(db.file, `annotates another text than ${da.file} (the .txt files differ); not compared`);
      continue;
    }
    pairs.push({ a: da.spans(ta), b: db.spans(tb) });
  }
  for (const db of byKey.values()) problem(db.file, `has no counterpart in ${dirs[0]}; not compared`);
  return pairs;
}

function sidecarPairs(workspace: NodeWorkspace, dir: string, [ra, rb]: [string, string], problem: (w: string, m: string) => void, io: CliIo): Pair[] | undefined {
  const folder = readGoldFolder(workspace, dir, {}, problem);
  if (!folder) return undefined;
  if (folder.format !== 'sidecar') {
    problem(dir, 'holds brat files, not sidecars: give two brat folders without --reviewers');
    return undefined;
  }
  const pairs: Pair[] = [];
  let skipped = 0;
  for (const d of folder.documents) {
    const reviewers = d.reviewers ?? [];
    if (!reviewers.includes(ra) || !reviewers.includes(rb)) {
      skipped++;
      continue;
    }
    const sidecar = d.sidecar as NonNullable<GoldDocument['sidecar']>;
    pairs.push({ a: goldSpans(sidecar, ra), b: goldSpans(sidecar, rb) });
  }
  if (skipped > 0) io.err(`clinical-review: ${skipped} note${skipped === 1 ? '' : 's'} not reviewed by both ${ra} and ${rb}; not compared`);
  return pairs;
}

const kappaCell = (k: Kappa) => `${fixed(k.kappa)} (${k.n})`.padEnd(12);

function row(name: string, k: KindAgreement): string {
  return `${name.padEnd(22)} ${String(k.a).padStart(4)} ${String(k.b).padStart(4)}  ${fixed(k.exact.f1).padStart(8)} ${fixed(k.overlap.f1).padStart(10)} ${String(k.onlyA).padStart(7)} ${String(k.onlyB).padStart(7)}  ${kappaCell(k.assertion)}`;
}

export function runAgreement(argv: readonly string[], io: CliIo): number {
  return runSubcommand(argv, io, AGREEMENT_USAGE, parseAgreementArgs, (args) => measureAgreement(args, io));
}

function measureAgreement(args: AgreementArgs, io: CliIo): number {
  const { problem, failed } = problemReporter(io);
  const workspace = new NodeWorkspace();
  const pairs = args.reviewers ? sidecarPairs(workspace, args.paths[0], args.reviewers, problem, io) : bratPairs(workspace, args.paths, problem);
  if (!pairs) return 2;
  const result = agreement(pairs);
  const [nameA, nameB] = args.reviewers ?? args.paths.map((p) => path.basename(path.resolve(p)));
  if (args.format === 'json') {
    io.out(JSON.stringify({ version: 1, a: nameA, b: nameB, notes: pairs.length, kinds: result.kinds, overall: result.overall }, null, 2));
  } else {
    const lines = [
      `Agreement of A = ${nameA} and B = ${nameB} over ${pairs.length} note${pairs.length === 1 ? '' : 's'}`,
      '',
      `${'kind'.padEnd(22)} ${'A'.padStart(4)} ${'B'.padStart(4)}  ${'exact F1'.padStart(8)} ${'overlap F1'.padStart(10)} ${'only A'.padStart(7)} ${'only B'.padStart(7)}  kappa assertion (n)`,
      ...Object.entries(result.kinds).map(([kind, k]) => row(kind, k)),
      row('all', result.overall),
      '',
      "Cohen's kappa on attributes over overlap-matched spans, kappa (n pairs); \"-\": undefined (no pairs, or one label throughout):",
    ];
    for (const [kind, k] of [...Object.entries(result.kinds), ['all', result.overall] as const]) {
      const cells = Object.entries(k.attributes).map(([name, kappa]) => `${name} ${fixed(kappa.kappa).trim()} (${kappa.n})`);
      if (cells.length > 0) lines.push(`  ${kind.padEnd(20)} ${cells.join(', ')}`);
    }
    io.out(lines.join('\n'));
  }
  return failed() ? 2 : 0;
}
