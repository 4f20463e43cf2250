import * as fs from 'fs';
import { Writable } from 'stream';

/** A report file (or standard output) written with backpressure: the audit waits while it drains. */
export class Output {
  private waiting = false;
  error: string | undefined;

  private constructor(
    private readonly stream: Writable,
    private readonly owned: boolean,
  ) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.error ??= e.code ?? e.message;
    });
  }

  /** Throws (with the errno message) when the file cannot be created, before any note is read. */
  static open(file: string | undefined, stdout: Writable): Output {
    if (file === undefined || file === '-') return new Output(stdout, false);
    return Output.toFile(file);
  }

  /** A report file the language server writes (it has no standard output to offer). */
  static toFile(file: string): Output {
    return new Output(fs.createWriteStream('', { fd: fs.openSync(file, 'w') }), true);
  }

  write(s: string): void {
    if (this.error) return;
    if (!this.stream.write(s)) this.waiting = true;
  }

  async drained(): Promise<void> {
    if (!this.waiting || this.error) return;
    this.waiting = false;
    await this.until('drain');
  }

  /** Resolves on the event or on an error (recorded by the constructor's listener). */
  private until(event: string): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off(event, done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on(event, done);
      this.stream.on('error', done);
    });
  }

  async close(): Promise<void> {
    await this.drained();
    if (!this.owned || this.error) return;
    const finished = this.until('finish');
    this.stream.end();
    await finished;
  }
}
