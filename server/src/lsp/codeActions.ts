import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findQueryBlocks, normalizeForMatching, queryTopic, ruleById } from '../engine';
import { TRACK_QUERY_SERVER_COMMAND } from './annotationProtocol';
import { DiagnosticData, sameRange } from './diagnostics';
import { CachedReview } from './documentCache';
import { CLIENT_COMMANDS, DIAGNOSTIC_SOURCE } from './protocol';
import { intersects } from './ranges';

/**
 * Quick fixes for a rule diagnostic:
 * - documentation gaps: insert the physician query at the end of the note, or copy it;
 * - any rule: turn it off for this file or for the workspace. That is a client command that
 *   writes `clinicalReview.fileRules` / `clinicalReview.rules` in settings, never the note.
 * Nothing here changes the note unless the user picks the action. A query is offered for insertion
 * only while the note has no query on the same topic (answered or not); each title names the topic,
 * since one diagnostic code (surgical-criteria) asks about several criteria.
 */

export function codeActionsFor(params: CodeActionParams, doc: TextDocument, entry: CachedReview | undefined): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === '' || k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  let diagnostics = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && ruleById(d.code));
  if (diagnostics.length === 0 && entry && params.context.diagnostics.length === 0) {
    // A client that sends no diagnostics in the context: use ours under the range.
    diagnostics = entry.review.diagnostics
      .filter((d) => intersects(d.range, params.range))
      .map((d) => ({ range: d.range, message: d.message, code: d.code, source: DIAGNOSTIC_SOURCE, data: d.query ? { query: d.query } : undefined }));
  }
  // Grouped: every "insert" first, then "copy", then "turn off" (several diagnostics often share a range).
  const inserts: CodeAction[] = [];
  const copies: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const asked = new Set(findQueryBlocks(normalizeForMatching(doc.getText())).map((b) => b.topic));
  const offered = new Set<string>();
  const disabled = new Set<string>();
  for (const d of diagnostics) {
    const code = String(d.code);
    const query = queryOf(d, entry);
    if (query) {
      const topic = queryTopic(query);
      const about = topic ? `: ${topic}` : '';
      if (!asked.has(topic) && !offered.has(query)) {
        offered.add(query);
        inserts.push({
          title: `Insert physician query${about} (${code})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: [insertAtEnd(doc, query)] } },
          // Tracked from then on (open → answered → closed) in the note's annotation sidecar.
          command: { title: 'Track physician query', command: TRACK_QUERY_SERVER_COMMAND, arguments: [{ uri: doc.uri, topic }] },
        });
      }
      copies.push({
        title: `Copy physician query${about} (${code})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Copy physician query', command: CLIENT_COMMANDS.copyQuery, arguments: [query] },
      });
    }
    if (disabled.has(code)) continue;
    disabled.add(code);
    const title = ruleById(code)?.title ?? code;
    disables.push({
      title: `Turn off rule "${code}" for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: `Turn off ${title} for this file`, command: CLIENT_COMMANDS.disableRule, arguments: [code, 'file', doc.uri] },
    });
    disables.push({
      title: `Turn off rule "${code}" for this workspace`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: `Turn off ${title} for the workspace`, command: CLIENT_COMMANDS.disableRule, arguments: [code, 'workspace', doc.uri] },
    });
  }
  return [...inserts, ...copies, ...disables];
}

function queryOf(d: Diagnostic, entry: CachedReview | undefined): string | undefined {
  const data = d.data as DiagnosticData | undefined;
  if (data && typeof data.query === 'string' && data.query) return data.query;
  return entry?.review.diagnostics.find((r) => r.code === d.code && sameRange(r.range, d.range))?.query;
}

/** An insertion at the end of the note, on its own paragraph, in the note's line endings. */
export function insertAtEnd(doc: TextDocument, body: string): TextEdit {
  const text = doc.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const trailing = text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : text.length === 0 ? '' : eol + eol;
  const end = doc.positionAt(text.length);
  return TextEdit.insert(end, `${trailing}${body.replace(/\r?\n/g, eol)}${eol}`);
}
