import { Connection } from 'vscode-languageserver/node';

/**
 * Logging with a privacy rule: console messages (always in the output channel) never carry note
 * text. Note text may only go in the `verbose` part of a trace, which the protocol sends only
 * when `clinicalReview.trace.server` is "verbose".
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A trace line ("messages" or "verbose"); `verbose` may hold note text. */
  trace(message: string, verbose?: () => string): void;
  /**
   * A file's name or URI for a log line. File names are protected health information too, so with
   * tracing off this is a placeholder; the name appears only once the user turns tracing on.
   */
  fileName(name: string): string;
}

export const HIDDEN_FILE_NAME = 'a file (name hidden: set clinicalReview.trace.server to see it)';

export function connectionLogger(connection: Connection): Logger {
  // (Trace: Off 0, Messages 1, Compact 2, Verbose 3; the level is not public, hence the cast.)
  const traceLevel = () => (connection.tracer as unknown as { _trace?: number })._trace ?? 0;
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
    trace: (m, verbose) => {
      // The tracer drops the call when tracing is off and the verbose text unless it is "verbose".
      const level = traceLevel();
      if (level === 0) return;
      connection.tracer.log(m, level === 3 && verbose ? verbose() : undefined);
    },
    fileName: (name) => (traceLevel() > 0 ? name : HIDDEN_FILE_NAME),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined, trace: () => undefined, fileName: () => HIDDEN_FILE_NAME };
