/**
 * What the annotation subcommands (export-brat/export-bioc, eval, agreement) share: reading their
 * command line with -h/--help and operands handled alike, a value from a fixed set, and the run
 * around their work (a usage error prints the message and the usage and exits 2; --help prints
 * the usage and exits 0).
 */
import { UsageError, walkArgs } from './args';
import { CliIo } from './cliIo';

export interface SubcommandArgs {
  paths: string[];
  help: boolean;
}

/** Walks the command line: -h/--help sets `help`, operands go to `paths`, the rest to `option` (false: unknown). */
export function walkSubcommandArgs(argv: readonly string[], args: SubcommandArgs, option: (flag: string, value: () => string) => boolean): void {
  walkArgs(
    argv,
    (flag, value) => {
      if (flag !== '-h' && flag !== '--help') return option(flag, value);
      args.help = true;
      return true;
    },
    (p) => args.paths.push(p),
  );
}

/** `value` when it is one of `allowed`; else a usage error naming them ("--format must be text or json, not "x""). */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const names = allowed.length <= 2 ? allowed.join(' or ') : `one of ${allowed.join(', ')}`;
  throw new UsageError(`${flag} must be ${names}, not "${value}"`);
}

/** Parses the arguments, answers --help and usage errors, else runs `body`; returns the exit code. */
export function runSubcommand<A extends SubcommandArgs>(argv: readonly string[], io: CliIo, usage: string, parse: (argv: readonly string[]) => A, body: (args: A) => number): number {
  let args: A;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`clinical-review: ${e.message}\n\n${usage}`);
    return 2;
  }
  if (args.help) {
    io.out(usage);
    return 0;
  }
  return body(args);
}
