/**
 * `clinical-review eval --gold DIR [notes]`: the analyzer against gold annotations (brat .ann
 * files, or the editor's sidecars), per kind, with the disagreements as file:line:col locations.
 */
import { evaluate, Evaluation, KindScores, Matching, MATCHINGS, Prf } from '../annotations/evaluation';
import { LineIndex } from '../annotations/positions';
import { SpanAnnotation } from '../annotations/spans';
import { checkDate, UsageError } from './args';
import { analyzerSpans, listNotesWithRelative, matchNotes, readGoldFolder } from './annotationFiles';
import { CliIo, problemReporter } from './cliIo';
import { settingsResolver } from './settings';
import { oneOf, runSubcommand, walkSubcommandArgs } from './subcommand';
import { NodeWorkspace } from '../workspace';

export const EVAL_USAGE = `Usage: clinical-review eval --gold <folder> [options] [<file|folder>...]

Scores the analyzer against gold annotations: per finding kind, precision, recall and F1
with exact and with overlapping spans, each without and with the assertion and attributes;
then each disagreement as file:line:col (missed, spurious, or a mismatch of span,
assertion or an attribute).

The gold folder holds brat .ann files (offsets in characters of the .txt beside each), or
is a workspace folder with sidecars in .clinical-review/annotations (or that folder):
verdicts agree and add are gold findings, rejected findings are not. The notes default to
the .txt beside each .ann (the sidecar's note); notes named on the command line are
matched to the gold by relative path, else by file name.

Options:
  --gold <folder>        the gold annotations (required)
  --reviewer <name>      sidecars: only this reviewer's verdicts (default: all)
  --format text|json     output format (default: text)
  --config <file>        settings file (default: the nearest .clinical-review.json)
  --date <YYYY-MM-DD>    date of service when a note carries none
  -h, --help             this help

Exit codes: 0 scored, 2 a usage or I/O error or an unreadable gold line (the rest is scored).`;

interface EvalArgs {
  gold?: string;
  reviewer?: string;
  format: 'text' | 'json';
  config?: string;
  date?: string;
  paths: string[];
  help: boolean;
}

function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { format: 'text', paths: [], help: false };
  walkSubcommandArgs(argv, args, (flag, value) => {
    if (flag === '--gold') args.gold = value();
    else if (flag === '--reviewer') args.reviewer = value();
    else if (flag === '--config') args.config = value();
    else if (flag === '--date') args.date = checkDate(value());
    else if (flag === '--format') args.format = oneOf(flag, value(), ['text', 'json']);
    else return false;
    return true;
  });
  if (!args.help && !args.gold) throw new UsageError('--gold is required');
  return args;
}

const LABEL: Record<Matching, string> = { exact: 'exact', overlap: 'overlap', exactAttributes: 'exact+attrs', overlapAttributes: 'overlap+attrs' };

export const fixed = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

function scoreRow(name: string, k: KindScores): string {
  const cells = MATCHINGS.map((m) => {
    const s: Prf = k.scores[m];
    return `${fixed(s.precision)} ${fixed(s.recall)} ${fixed(s.f1)}`;
  });
  return `${name.padEnd(22)} ${String(k.gold).padStart(5)} ${String(k.found).padStart(5)}  ${cells.join('   ')}`;
}

interface Scored {
  path: string;
  text: string;
  lines: LineIndex;
}

function spanJson(s: SpanAnnotation, doc: Scored) {
  return { kind: s.kind, assertion: s.assertion, attributes: s.attributes, text: doc.text.slice(s.start, s.end), range: doc.lines.rangeOf(s.start, s.end) };
}

const quoted = (s: string) => JSON.stringify(s.length > 80 ? s.slice(0, 77) + '...' : s);

function describe(d: Evaluation['disagreements'][number], doc: Scored): string {
  const at = (d.gold ?? d.found) as SpanAnnotation;
  const pos = doc.lines.positionAt(at.start);
  const where = `${doc.path}:${pos.line + 1}:${pos.character + 1}`;
  if (d.type === 'missed') return `${where}: missed ${d.kind} ${at.assertion} ${quoted(doc.text.slice(at.start, at.end))} (in the gold, not found)`;
  if (d.type === 'spurious') return `${where}: spurious ${d.kind} ${at.assertion} ${quoted(doc.text.slice(at.start, at.end))} (found, not in the gold)`;
  const g = d.gold as SpanAnnotation;
  const f = d.found as SpanAnnotation;
  const parts = d.differences.map((what) => {
    if (what === 'span') return `span gold ${quoted(doc.text.slice(g.start, g.end))}, found ${quoted(doc.text.slice(f.start, f.end))}`;
    if (what === 'assertion') return `assertion gold ${g.assertion}, found ${f.assertion}`;
    const v = (s: SpanAnnotation) => (what in s.attributes ? String(s.attributes[what]) : '(not stated)');
    return `${what} gold ${v(g)}, found ${v(f)}`;
  });
  return `${where}: mismatch ${d.kind}: ${parts.join('; ')}`;
}

export function runEval(argv: readonly string[], io: CliIo): number {
  return runSubcommand(argv, io, EVAL_USAGE, parseEvalArgs, (args) => score(args, io));
}

function score(args: EvalArgs, io: CliIo): number {
  const { problem, failed } = problemReporter(io);
  const workspace = new NodeWorkspace();
  const gold = readGoldFolder(workspace, args.gold as string, { reviewer: args.reviewer }, problem);
  if (!gold) return 2;
  const settingsFor = settingsResolver(workspace, { config: args.config, date: args.date }, (m) => problem('settings', m));
  const named = args.paths.length > 0 ? listNotesWithRelative(workspace, args.paths, problem) : undefined;
  const scored: Scored[] = [];
  const inputs: Array<{ gold: SpanAnnotation[]; found: SpanAnnotation[] }> = [];
  const matchedNotes = new Set<string>();
  for (const { doc, note } of matchNotes(gold.documents, named)) {
    if (!note) {
      problem(doc.file, named ? 'no note named on the command line matches it' : gold.format === 'brat' ? 'no .txt beside it; name the notes on the command line' : 'its note is not in the workspace');
      continue;
    }
    matchedNotes.add(note);
    const read = workspace.readNote(note);
    if ('error' in read) {
      problem(note, read.error);
      continue;
    }
    if (doc.text !== undefined && doc.text !== read.text) {
      problem(note, `is not the text ${doc.file} annotates (its .txt differs); not scored`);
      continue;
    }
    scored.push({ path: note, text: read.text, lines: new LineIndex(read.text) });
    inputs.push({ gold: doc.spans(read.text), found: analyzerSpans(read.text, settingsFor(note)) });
  }
  for (const n of named ?? []) if (!matchedNotes.has(n.file)) io.err(`clinical-review: ${n.file}: no gold annotations for it; not scored`);
  const result = evaluate(inputs);
  if (args.format === 'json') {
    io.out(
      JSON.stringify(
        {
          version: 1,
          gold: { folder: args.gold, format: gold.format, notes: scored.length },
          kinds: result.kinds,
          overall: result.overall,
          disagreements: result.disagreements.map((d) => {
            const doc = scored[d.document];
            const pos = doc.lines.positionAt(((d.gold ?? d.found) as SpanAnnotation).start);
            return {
              path: doc.path,
              line: pos.line + 1,
              column: pos.character + 1,
              type: d.type,
              kind: d.kind,
              ...(d.gold ? { gold: spanJson(d.gold, doc) } : {}),
              ...(d.found ? { found: spanJson(d.found, doc) } : {}),
              differences: d.differences,
            };
          }),
        },
        null,
        2,
      ),
    );
  } else {
    const lines = [
      `Gold: ${scored.length} note${scored.length === 1 ? '' : 's'} (${gold.format}), ${result.overall.gold} spans; analyzer: ${result.overall.found} findings`,
      '',
      `${''.padEnd(22)} ${''.padStart(5)} ${''.padStart(5)}  ${MATCHINGS.map((m) => LABEL[m].padEnd(14)).join('   ')}`,
      `${'kind'.padEnd(22)} ${'gold'.padStart(5)} ${'found'.padStart(5)}  ${MATCHINGS.map(() => '   P    R   F1').join('   ')}`,
      ...Object.entries(result.kinds).map(([kind, k]) => scoreRow(kind, k)),
      scoreRow('all', result.overall),
      '',
      '"+attrs": the assertion and every attribute must match too. "-": undefined (0/0).',
    ];
    if (result.disagreements.length > 0) {
      lines.push('', `Disagreements (${result.disagreements.length}, overlapping spans paired):`);
      for (const d of result.disagreements) lines.push(describe(d, scored[d.document]));
    } else lines.push('', 'No disagreements.');
    io.out(lines.join('\n'));
  }
  return failed() ? 2 : 0;
}
