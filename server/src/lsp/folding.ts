import { FoldingRange } from 'vscode-languageserver/node';
import { CachedReview } from './documentCache';

/** One folding range per section with a header, from the header line to its last non-blank line. */
export function foldingRangesFor(entry: CachedReview): FoldingRange[] {
  const doc = entry.doc();
  const text = entry.text;
  const out: FoldingRange[] = [];
  for (const s of entry.review.sections) {
    if (!s.title) continue;
    let end = s.end;
    while (end > s.start && /\s/.test(text[end - 1])) end--;
    const startLine = doc.positionAt(s.start).line;
    const endLine = doc.positionAt(end).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out;
}
