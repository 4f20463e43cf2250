import { Position, Range } from 'vscode-languageserver/node';

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export function beforeOrEqual(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Is the position inside the range (both ends included, as an editor hovers)? */
export function contains(range: Range, p: Position): boolean {
  return beforeOrEqual(range.start, p) && beforeOrEqual(p, range.end);
}

export function intersects(a: Range, b: Range): boolean {
  return beforeOrEqual(a.start, b.end) && beforeOrEqual(b.start, a.end);
}

/** Rough size of a range, to prefer the innermost of nested ranges. */
export function span(r: Range): number {
  return (r.end.line - r.start.line) * 100_000 + (r.end.character - r.start.character);
}
