/**
 * "Adjudicate Note": two reviewers' disagreements on the open note, one by one (the editor selects
 * the words; a quick pick offers accept A, accept B, edit, leave out), then the gold copy written by
 * the server as the annotations of reviewer "gold" (clinicalReview.server.writeGold), which
 * `clinical-review eval --gold <folder> --reviewer gold` reads. Escape at any step writes nothing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ADJUDICATION_REQUEST,
  AdjudicationDecision,
  AdjudicationResult,
  AdjudicationSpanView,
  ANNOTATION_COMMANDS,
  ANNOTATION_KINDS_REQUEST,
  AnnotateResult,
  AnnotationKindsResult,
  DisagreementView,
  WRITE_GOLD_SERVER_COMMAND,
  WriteGoldArgs,
} from '../../server/src/lsp/annotationProtocol';
import { LANGUAGE_ID } from './noteFiles';

const TITLE = 'Adjudicate Note';

const toRange = (r: AdjudicationSpanView['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** A reviewer's span in words: its assertion and attributes, and how its words differ. */
function describe(s: AdjudicationSpanView | undefined, doc: vscode.TextDocument): string {
  if (!s) return 'nothing here: leave it out of the gold';
  const attrs = Object.entries(s.attributes).map(([k, v]) => `${k} ${v}`);
  return [`${s.kindLabel} ${s.assertion}`, ...attrs].join(', ') + ` — "${doc.getText(toRange(s.range)).replace(/\s+/g, ' ').slice(0, 60)}"`;
}

async function pickReviewers(client: LanguageClient, uri: string): Promise<AdjudicationResult | undefined> {
  let view = await client.sendRequest<AdjudicationResult>(ADJUDICATION_REQUEST, { uri });
  if (!view.enabled && view.reviewers.length > 2) {
    const a = await vscode.window.showQuickPick(view.reviewers, { title: `${TITLE}: reviewer A` });
    if (!a) return undefined;
    const b = await vscode.window.showQuickPick(view.reviewers.filter((r) => r !== a), { title: `${TITLE}: reviewer B` });
    if (!b) return undefined;
    view = await client.sendRequest<AdjudicationResult>(ADJUDICATION_REQUEST, { uri, a, b });
  }
  if (!view.enabled) {
    void vscode.window.showWarningMessage(view.message ?? 'This note cannot be adjudicated.');
    return undefined;
  }
  return view;
}

/** Edit: starting from A's span (else B's), the assertion and each attribute picked. */
async function edit(client: LanguageClient, d: DisagreementView): Promise<AdjudicationDecision | undefined> {
  const from = (d.a ?? d.b) as AdjudicationSpanView;
  const kinds = await client.sendRequest<AnnotationKindsResult>(ANNOTATION_KINDS_REQUEST, {});
  const assertion = await vscode.window.showQuickPick([from.assertion, ...kinds.assertions.filter((x) => x !== from.assertion)], { title: `${TITLE}: edit ${from.kindLabel} (assertion)`, ignoreFocusOut: true });
  if (!assertion) return undefined;
  const attributes: Record<string, string | number | boolean> = { ...from.attributes };
  for (const a of kinds.kinds.find((k) => k.kind === from.kind)?.attributes ?? []) {
    const now = attributes[a.name];
    const values = [...new Set([...(now === undefined ? [] : [String(now)]), ...a.values])];
    const items = [...values.map((v) => ({ label: v, value: v as string | undefined })), { label: 'Not stated', value: undefined as string | undefined }].map((x) => ({
      ...x,
      description: x.value === (now === undefined ? undefined : String(now)) ? '(as it is)' : '',
    }));
    const v = await vscode.window.showQuickPick(items, { title: `${TITLE}: edit ${from.kindLabel} (${a.name})`, ignoreFocusOut: true });
    if (!v) return undefined;
    // Keep the value's own type (a grade is a number) when it stays.
    if (v.value === undefined) delete attributes[a.name];
    else if (v.value !== String(now)) attributes[a.name] = v.value;
  }
  return { take: 'edit', span: { kind: from.kind, range: from.range, assertion, attributes } };
}

/** One disagreement: the words selected in the editor, and the choice. */
async function decide(client: LanguageClient, editor: vscode.TextEditor, view: AdjudicationResult, d: DisagreementView, i: number): Promise<AdjudicationDecision | undefined> {
  const range = toRange(d.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const what = d.type === 'mismatch' ? `they differ on ${d.differences.join(', ')}` : `only ${d.type === 'onlyA' ? view.a : view.b} annotated it`;
  for (;;) {
    const pick = await vscode.window.showQuickPick(
      [
        { label: `Accept A (${view.a})`, detail: describe(d.a, editor.document), decision: { take: 'a' } as AdjudicationDecision | 'edit' },
        { label: `Accept B (${view.b})`, detail: describe(d.b, editor.document), decision: { take: 'b' } as AdjudicationDecision | 'edit' },
        { label: 'Edit…', detail: 'pick the assertion and attributes yourself', decision: 'edit' as const },
        { label: 'Skip', detail: 'leave it out of the gold', decision: { take: 'none' } as AdjudicationDecision | 'edit' },
      ],
      { title: `${TITLE} ${i + 1}/${view.disagreements.length}: ${d.kindLabel} — ${what}`, ignoreFocusOut: true },
    );
    if (!pick) return undefined;
    if (pick.decision !== 'edit') return pick.decision;
    const edited = await edit(client, d);
    if (edited) return edited;
  }
}

export function registerAdjudication(context: vscode.ExtensionContext, client: () => LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.adjudicateNote, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) {
        void vscode.window.showWarningMessage('Open the clinical note to adjudicate first.');
        return;
      }
      const uri = editor.document.uri.toString();
      const view = await pickReviewers(client(), uri);
      if (!view) return;
      const decisions: AdjudicationDecision[] = [];
      for (const [i, d] of view.disagreements.entries()) {
        const decision = await decide(client(), editor, view, d, i);
        if (!decision) {
          void vscode.window.showInformationMessage('Adjudication cancelled: no gold copy written.');
          return;
        }
        decisions.push(decision);
      }
      if (view.disagreements.length === 0) {
        const ok = await vscode.window.showInformationMessage(`${view.a} and ${view.b} agree on all ${view.agreed} spans. Write them as the gold copy?`, 'Write Gold Copy');
        if (!ok) return;
      }
      const args: WriteGoldArgs = { uri, a: view.a as string, b: view.b as string, key: view.key, decisions, gold: view.gold };
      const r = await client().sendRequest<AnnotateResult | null>('workspace/executeCommand', { command: WRITE_GOLD_SERVER_COMMAND, arguments: [args] });
      if (r?.ok) void vscode.window.showInformationMessage(r.message);
      else void vscode.window.showWarningMessage(r?.message ?? 'The gold copy was not written.');
    }),
  );
}
