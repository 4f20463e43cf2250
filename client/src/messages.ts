import type { AnalyzeWorkspaceResult } from '../../server/src/lsp/protocol';

/** Notification texts built from the server's results (no vscode import: unit-tested directly). */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Analyzed 8 notes: 21 guideline checks in Problems (and 3 hints in the editor)." — the server's counts of what it published. */
export function analyzedMessage(result: AnalyzeWorkspaceResult): string {
  const hints = result.hints ? ` (and ${plural(result.hints, 'hint')} in the editor)` : '';
  const skipped = result.skipped ? `; ${result.skipped} skipped, see output` : '';
  return `Analyzed ${plural(result.files, 'note')}: ${plural(result.problems, 'guideline check')} in Problems${hints}${skipped}.`;
}
