import * as fs from 'fs';
import * as path from 'path';
import { diagnosticToJson, FileResultJson, findingToJson, reviewNote } from '../engine';
import { atOrAbove, CliArgs, parseArgs, USAGE, UsageError } from './args';
import { NodeWorkspace } from '../workspace';
import { formatText, painter } from './format';
import { settingsResolver } from './settings';
import { AuditStreams, processStreams, runAudit } from './audit/runAudit';
import { runExport } from './exportCommand';
import { runEval } from './evalCommand';
import { runAgreement } from './agreementCommand';

/** Besides the note extensions, the CLI reads every .txt file in the folders it is given. */
const CLI_INCLUDE = ['*.txt'];

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

/** The version in the nearest package.json above this file (out/... or dist/ alike). */
function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) return (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { version: string }).version;
    dir = path.dirname(dir);
  }
  return 'unknown';
}

/**
 * Runs the CLI; returns the exit code (a promise of it for `audit`, which streams through worker
 * threads). Never throws for bad input.
 */
export function run(argv: string[], io: Io, streams: AuditStreams = processStreams()): number | Promise<number> {
  if (argv[0] === 'audit') return runAudit(argv.slice(1), streams);
  if (argv[0] === 'export-brat') return runExport(argv.slice(1), io, 'brat');
  if (argv[0] === 'export-bioc') return runExport(argv.slice(1), io, 'bioc');
  if (argv[0] === 'eval') return runEval(argv.slice(1), io);
  if (argv[0] === 'agreement') return runAgreement(argv.slice(1), io);
  let args: CliArgs;
  try {
    args = parseArgs(argv, io.isTty, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`clinical-review: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.version) {
    io.out(packageVersion());
    return 0;
  }
  let ioError = false;
  const reportError = (p: string, message: string) => {
    ioError = true;
    io.err(`clinical-review: ${p}: ${message}`);
  };
  const settingsError = (m: string) => {
    ioError = true;
    io.err(`clinical-review: ${m}`);
  };
  const workspace = new NodeWorkspace();
  const settingsFor = settingsResolver(workspace, { config: args.config, date: args.date }, settingsError);
  const files = workspace.listNotes(args.paths, { include: CLI_INCLUDE, onError: reportError });
  const p = painter(args.color);
  const results: FileResultJson[] = [];
  let failed = false;
  for (const file of files) {
    const read = workspace.readNote(file);
    if ('error' in read) {
      reportError(file, read.error);
      continue;
    }
    const review = reviewNote(read.text, settingsFor(file));
    if (read.warning) review.warnings.unshift(read.warning);
    if (args.failOn && review.diagnostics.some((d) => atOrAbove(d.severity, args.failOn as NonNullable<CliArgs['failOn']>))) failed = true;
    if (args.format === 'json') {
      results.push({
        path: file,
        findings: review.findings.map(findingToJson),
        case: review.case,
        diagnostics: review.diagnostics.map(diagnosticToJson),
        summary: { line: review.summary.line, statusBar: review.summary.statusBar },
        warnings: review.warnings,
      });
    } else {
      io.out(formatText(file, review, p) + '\n');
    }
  }
  if (args.format === 'json') io.out(JSON.stringify({ version: 1, files: results }, null, 2));
  if (ioError) return 2;
  return failed ? 1 : 0;
}

if (require.main === module) {
  void Promise.resolve(
    run(process.argv.slice(2), {
      out: (s) => process.stdout.write(s + '\n'),
      err: (s) => process.stderr.write(s + '\n'),
      isTty: !!process.stdout.isTTY,
      env: process.env,
    }),
  ).then((code) => (process.exitCode = code));
}
