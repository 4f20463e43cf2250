import { Position, Range } from '../types';

/**
 * Maps character offsets to zero-based LSP positions (UTF-16 units, as LSP counts). A line ends at
 * "\n", "\r\n" or a lone "\r", as LSP and the editor end it (text/lineBreaks.ts).
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      let i = text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
