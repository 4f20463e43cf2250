import * as vm from 'vm';

/** A note at least this long is huge: after it, memory is handed back as soon as it is done with. */
export const HUGE_CHARS = 2_000_000;

/**
 * After a huge note is closed, its text, its review and the garbage of analysing it are all
 * unreachable, but an idle server allocates nothing more, so V8 never collects them: the process
 * stayed at about 500 MB after a 16 MB note was closed. One full collection a moment after the
 * close gives that memory back. It is asked for through `vm.measureMemory`'s eager mode, a public
 * Node API that collects before it measures (`global.gc` would need `--expose-gc`). Once per
 * burst of closes; the measurement itself is thrown away.
 */
export class MemoryReclaimer {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly delayMs = 1000) {}

  /** A huge note was closed: collect once things have settled. */
  afterHugeNote(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void collectGarbage();
    }, this.delayMs);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

async function collectGarbage(): Promise<void> {
  try {
    await vm.measureMemory({ mode: 'summary', execution: 'eager' });
  } catch {
    // Not available: V8 collects on its own, later.
  }
}
