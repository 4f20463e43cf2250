/** A progress bar on standard error, drawn only on a terminal and at most ten times a second. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly enabled: boolean,
    private readonly total?: number,
  ) {}

  tick(): void {
    this.done++;
    const now = Date.now();
    if (!this.enabled || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(now);
  }

  finish(): void {
    if (this.enabled && this.lastDraw > 0) this.stderr.write('\r\u001b[K');
  }

  private draw(now: number): void {
    const rate = Math.round(this.done / Math.max((now - this.started) / 1000, 0.001));
    const count = this.total !== undefined ? `${this.done}/${this.total}` : `${this.done}`;
    let bar = '';
    if (this.total) {
      const width = 30;
      const filled = Math.min(width, Math.round((this.done / this.total) * width));
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] `;
    }
    this.stderr.write(`\r\u001b[Kaudit ${bar}${count} notes, ${rate}/s`);
  }
}
