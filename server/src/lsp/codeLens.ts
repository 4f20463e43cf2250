import { CodeLens } from 'vscode-languageserver/node';
import { CachedReview } from './documentCache';
import { CLIENT_COMMANDS } from './protocol';

/**
 * A lens longer than this runs off the right edge of an editor beside the side bar on a laptop
 * screen (the real-editor test measures it: 81 characters ran 6 px past a 1280 px window's editor).
 */
export const MAX_LENS_CHARS = 64;

/**
 * The summary line short enough for a lens: without its trailing " — progress" detail, then cut at a
 * word with "…". The whole line is the tooltip, and the Note Summary has the details.
 */
export function lensTitle(line: string, max = MAX_LENS_CHARS): string {
  if (line.length <= max) return line;
  const dash = line.indexOf(' — ');
  const head = dash > 0 ? line.slice(0, dash) : line;
  if (head.length <= max) return head;
  const cut = head.lastIndexOf(' ', max - 1);
  return `${head.slice(0, cut > max / 2 ? cut : max - 1).replace(/[,;:]$/, '')}…`;
}

/** One lens at the top of the note: the summary line; clicking it opens the Note Summary. */
export function codeLensesFor(entry: CachedReview): CodeLens[] {
  const line = entry.review.summary.line;
  if (!line) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const title = lensTitle(line);
  return [{ range, command: { title, command: CLIENT_COMMANDS.showSummary, arguments: [entry.uri], ...(title !== line ? { tooltip: line } : {}) } }];
}
