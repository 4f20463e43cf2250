/** What a CLI command writes to and reads its environment from. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
}

/** Collects "path: message" problems on standard error; `failed` says whether any came. */
export function problemReporter(io: CliIo): { problem: (where: string, message: string) => void; failed: () => boolean } {
  let count = 0;
  return {
    problem: (where, message) => {
      count++;
      io.err(`clinical-review: ${where}: ${message}`);
    },
    failed: () => count > 0,
  };
}
