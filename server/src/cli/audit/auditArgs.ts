import * as os from 'os';
import { checkDate, UsageError, walkArgs } from '../args';
import { AuditFormat, REPORT_FORMATS } from './formats';

export { AuditFormat } from './formats';
const FORMATS: readonly string[] = REPORT_FORMATS.map((f) => f.id);

export interface AuditArgs {
  format: AuditFormat;
  /** Where the report goes; undefined or "-": standard output. */
  out?: string;
  csvFindings?: string;
  summary?: string;
  jobs: number;
  quiet: boolean;
  ndjsonStdin: boolean;
  config?: string;
  date?: string;
  /** Folders, files or globs. */
  inputs: string[];
  help: boolean;
}

export const AUDIT_USAGE = `Usage: clinical-review audit [options] <folder|file|glob>...
       clinical-review audit --ndjson-stdin [options] < notes.ndjson > results.ndjson

Reviews many notes on all cores and writes one report, in input order, with a closing
summary on standard error (counts only: no note text, no file names).

Options:
  --format json|ndjson|csv|sarif|html
                                   report format (default: ndjson); html: one
                                   self-contained page with charts and a note table
  --out <file>                     write the report here (default: standard output)
  --csv-findings <file>            with --format csv: also one row per finding
  --summary <file>                 write the closing summary as JSON
  --jobs <n>                       worker threads (default: the number of cores)
  --quiet                          no progress bar, no summary on standard error
  --ndjson-stdin                   read {"id", "text", "date"?, "meta"?} lines from standard input,
                                   write one result line per input line
  --config <file>                  settings file (default: the nearest .clinical-review.json)
  --date <YYYY-MM-DD>              date of service when a note carries none
  -h, --help                       this help

Globs: "notes/**/*.txt", "reports/*.{rad,note}" (quote them so the shell leaves them alone).
Exit codes: 0 done (with --ndjson-stdin, a bad line is an error line, not a failure), 2 a
usage, settings or I/O error, or a note that could not be read.`;

export function parseAuditArgs(argv: string[]): AuditArgs {
  const args: AuditArgs = { format: 'ndjson', jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), quiet: false, ndjsonStdin: false, inputs: [], help: false };
  walkArgs(argv, (flag, value) => {
    switch (flag) {
      case '--format': {
        const v = value();
        if (!FORMATS.includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        args.format = v as AuditFormat;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--csv-findings':
        args.csvFindings = value();
        break;
      case '--summary':
        args.summary = value();
        break;
      case '--jobs': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${v}"`);
        args.jobs = Number(v);
        break;
      }
      case '--quiet':
        args.quiet = true;
        break;
      case '--ndjson-stdin':
        args.ndjsonStdin = true;
        break;
      case '--config':
        args.config = value();
        break;
      case '--date':
        args.date = checkDate(value());
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        return false;
    }
    return true;
  }, (arg) => args.inputs.push(arg));
  if (args.help) return args;
  if (args.ndjsonStdin) {
    if (args.inputs.length > 0) throw new UsageError('--ndjson-stdin reads standard input: give no folders or files');
    if (args.format !== 'ndjson') throw new UsageError('--ndjson-stdin writes NDJSON: --format must be ndjson');
  } else if (args.inputs.length === 0) throw new UsageError('no folders, files or globs given');
  if (args.csvFindings && args.format !== 'csv') throw new UsageError('--csv-findings goes with --format csv');
  return args;
}
