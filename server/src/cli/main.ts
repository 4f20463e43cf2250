import * as fs from 'fs';
import * as path from 'path';
import { diagnosticToJson, FileResultJson, findingToJson, mergeSettings, parseConfig, reviewNote, ReviewSettings } from '../engine';
import { atOrAbove, CliArgs, parseArgs, USAGE, UsageError } from './args';
import { NodeWorkspace, NoteWorkspace } from '../workspace';
import { formatText, painter } from './format';

/** Besides the note extensions, the CLI reads every .txt file in the folders it is given. */
const CLI_INCLUDE = ['*.txt'];

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

function loadSettings(workspace: NoteWorkspace, file: string, onError: (m: string) => void): ReviewSettings {
  const read = workspace.readConfig(file);
  if ('error' in read) {
    onError(`${file}: cannot read settings (${read.error})`);
    return {};
  }
  const { settings, errors } = parseConfig(read.text, file);
  for (const e of errors) onError(e);
  return settings;
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

/** Runs the CLI; returns the exit code. Never throws for bad input. */
export function run(argv: string[], io: Io): number {
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
  const explicit = args.config ? loadSettings(workspace, args.config, settingsError) : undefined;
  const loadedConfigs = new Map<string, ReviewSettings>();
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
    let settings: ReviewSettings;
    if (explicit) settings = explicit;
    else {
      const configFile = workspace.findConfig(file);
      if (configFile && !loadedConfigs.has(configFile)) loadedConfigs.set(configFile, loadSettings(workspace, configFile, settingsError));
      settings = configFile ? (loadedConfigs.get(configFile) as ReviewSettings) : {};
    }
    if (args.date) settings = mergeSettings(settings, { dateOfService: args.date });
    const review = reviewNote(read.text, settings);
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
  const code = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    isTty: !!process.stdout.isTTY,
    env: process.env,
  });
  process.exitCode = code;
}
