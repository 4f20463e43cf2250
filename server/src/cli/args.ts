import { DiagnosticSeverity, parseDate } from '../engine';

export interface CliArgs {
  format: 'text' | 'json';
  config?: string;
  date?: string;
  failOn?: DiagnosticSeverity;
  color: boolean;
  paths: string[];
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: clinical-review [options] <file|folder>...
       clinical-review audit [options] <folder|file|glob>...   (see: clinical-review audit --help)
       clinical-review export-brat --out DIR <file|folder>...   findings as brat standoff (export-bioc: BioC XML)
       clinical-review eval --gold <folder> [<file|folder>...]  precision, recall, F1 against gold annotations
       clinical-review agreement <folder A> <folder B>           inter-annotator agreement (F1, Cohen's kappa)
       (each command explains itself with --help)

Reviews lumbar-spine clinical notes against the guideline and prints findings,
the note summary and guideline diagnostics.

Options:
  --format text|json     output format (default: text)
  --config <file>        settings file (default: the nearest .clinical-review.json)
  --date <YYYY-MM-DD>    date of service when a note carries none
  --fail-on <severity>   exit 1 when a diagnostic is at or above: error|warning|information|hint
  --no-color             plain text output (also NO_COLOR=1)
  -h, --help             this help
  -v, --version          the version

Folders are searched for *.note, *.rad and *.txt files.
Exit codes: 0 fine, 1 a diagnostic at or above --fail-on, 2 a usage, settings or I/O
error. 2 wins over 1: a run that could not read all its input neither passes nor fails.`;

const SEVERITIES: DiagnosticSeverity[] = ['error', 'warning', 'information', 'hint'];

export class UsageError extends Error {}

/** A --date value, checked: YYYY-MM-DD and a real calendar date. */
export function checkDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`--date must be YYYY-MM-DD, not "${v}"`);
  if (parseDate(v) !== v) throw new UsageError(`--date ${v} is not a real calendar date (years 1900-2199)`);
  return v;
}

/**
 * Walks the command line: each option ("--flag value" or "--flag=value") goes to `option` with a
 * `value()` that takes its argument; an option `option` does not know (it returns false) is a
 * usage error, and anything else is an operand.
 */
export function walkArgs(argv: readonly string[], option: (flag: string, value: () => string) => boolean, operand: (arg: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const isOption = arg.startsWith('-') && arg !== '-';
    if (option(flag, value)) continue;
    if (isOption) throw new UsageError(`unknown option ${arg}`);
    operand(arg);
  }
}

export function parseArgs(argv: string[], isTty: boolean, env: NodeJS.ProcessEnv): CliArgs {
  const args: CliArgs = { format: 'text', color: isTty && !env.NO_COLOR, paths: [], help: false, version: false };
  walkArgs(argv, (flag, value) => {
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
        args.format = v;
        break;
      }
      case '--config':
        args.config = value();
        break;
      case '--date':
        args.date = checkDate(value());
        break;
      case '--fail-on': {
        const v = value() as DiagnosticSeverity;
        if (!SEVERITIES.includes(v)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
        args.failOn = v;
        break;
      }
      case '--no-color':
        args.color = false;
        break;
      case '--color':
        args.color = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '-v':
      case '--version':
        args.version = true;
        break;
      default:
        return false;
    }
    return true;
  }, (arg) => args.paths.push(arg));
  if (!args.help && !args.version && args.paths.length === 0) throw new UsageError('no files or folders given');
  return args;
}

/** True when `severity` is at or above `threshold` (error > warning > information > hint). */
export function atOrAbove(severity: DiagnosticSeverity, threshold: DiagnosticSeverity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
