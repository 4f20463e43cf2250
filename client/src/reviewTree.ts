import type { AuditNoteRow, AuditUnreadRow, AuditWorkspaceResult } from '../../server/src/lsp/auditProtocol';

/**
 * What the Review view shows, as plain data (no vscode import: unit-tested directly): the
 * server's rows grouped by the server's statuses, in its order, with counts, optionally only the
 * notes a rule fired on. The client decides nothing clinical.
 */

/** Command ids contributed in package.json. */
export const AUDIT_COMMANDS = {
  auditWorkspace: 'clinicalReview.auditWorkspace',
  filterByRule: 'clinicalReview.filterReviewByRule',
  clearFilter: 'clinicalReview.clearReviewFilter',
  exportReport: 'clinicalReview.exportAuditReport',
} as const;

export const REVIEW_VIEW_ID = 'clinicalReview.review';

export interface StatusGroup {
  id: string;
  /** "Red flag (2)". */
  label: string;
  notes: AuditNoteRow[];
}

export const UNREAD_GROUP = 'unread';

export function groupLabel(label: string, count: number): string {
  return `${label} (${count})`;
}

/** The groups, every status shown (an empty one says 0), and the notes that could not be read last. */
export function statusGroups(result: AuditWorkspaceResult, rule?: string): Array<StatusGroup | { id: typeof UNREAD_GROUP; label: string; unread: AuditUnreadRow[] }> {
  const notes = rule ? result.notes.filter((n) => n.rules.includes(rule)) : result.notes;
  const groups: Array<StatusGroup | { id: typeof UNREAD_GROUP; label: string; unread: AuditUnreadRow[] }> = result.statuses.map((s) => {
    const inGroup = notes.filter((n) => n.status === s.id);
    return { id: s.id, label: groupLabel(s.label, inGroup.length), notes: inGroup };
  });
  if (!rule && result.unread.length) groups.push({ id: UNREAD_GROUP, label: groupLabel('Not read', result.unread.length), unread: result.unread });
  return groups;
}

/** The rules that fired, each with the number of notes it fired on (most first), for the filter. */
export function rulesInResult(result: AuditWorkspaceResult): Array<{ rule: string; notes: number }> {
  const count = new Map<string, number>();
  for (const n of result.notes) for (const r of n.rules) count.set(r, (count.get(r) ?? 0) + 1);
  return [...count].map(([rule, notes]) => ({ rule, notes })).sort((a, b) => b.notes - a.notes || a.rule.localeCompare(b.rule));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The line above the tree: how many notes, how many not read, cancelled or not. Counts only. */
export function auditMessage(result: AuditWorkspaceResult, rule?: string): string {
  const shown = rule ? result.notes.filter((n) => n.rules.includes(rule)).length : result.notes.length;
  const what = rule ? `${plural(shown, 'note')} with ${rule} of ${result.notes.length} audited` : `${plural(shown, 'note')} audited`;
  const unread = result.unread.length ? `, ${result.unread.length} not read` : '';
  const reviewed = result.notes.length ? `, ${result.notes.filter((n) => n.reviewed).length} of ${result.notes.length} reviewed by you` : '';
  return `${what}${unread}${reviewed}${result.cancelled ? ' (cancelled before the end)' : ''}.`;
}

/** A note row's description: "reviewed by you" first when this reviewer marked it (the \u2713 badge is anyone's), then its rule ids. */
export function noteDescription(row: AuditNoteRow): string {
  return [row.reviewed ? 'reviewed by you' : '', row.rules.join(', ')].filter(Boolean).join(' \u00b7 ');
}

/** The result with one note's reviewed state changed (the row kept in place); the same result when the note is not in it. */
export function withReviewed(result: AuditWorkspaceResult, uri: string, reviewed: string | undefined): AuditWorkspaceResult {
  const i = result.notes.findIndex((n) => n.uri === uri);
  if (i === -1 || result.notes[i].reviewed === reviewed) return result;
  const { reviewed: _was, ...row } = result.notes[i];
  const notes = [...result.notes];
  notes[i] = reviewed ? { ...row, reviewed } : row;
  return { ...result, notes };
}
