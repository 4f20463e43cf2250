import { CodeLens } from 'vscode-languageserver/node';
import { CachedReview } from './documentCache';
import { CLIENT_COMMANDS } from './protocol';

/** One lens at the top of the note: the summary line; clicking it opens the Note Summary. */
export function codeLensesFor(entry: CachedReview): CodeLens[] {
  const line = entry.review.summary.line;
  if (!line) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ range, command: { title: line, command: CLIENT_COMMANDS.showSummary, arguments: [entry.uri] } }];
}
