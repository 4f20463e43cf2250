/**
 * Auditor annotations, VS Code side: the commands (each works from a keybinding at the cursor,
 * or from the server's code actions with their target), the quick picks for a rejection's reason
 * and for "Annotate Selection as…", and keeping the decorations, the "Reviewed" item and badges and
 * the Annotations view in step with the server (clinicalReview/annotationsChanged).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ANNOTATE_SERVER_COMMAND,
  AnnotateArgs,
  AnnotateResult,
  ANNOTATION_COMMANDS,
  ANNOTATION_KINDS_REQUEST,
  AnnotationKindsResult,
  ANNOTATIONS_CHANGED_NOTIFICATION,
  ANNOTATIONS_REQUEST,
  AnnotationsChangedParams,
  AnnotationsResult,
  SET_QUERY_STATE_SERVER_COMMAND,
  SET_REVIEWED_SERVER_COMMAND,
  UNDO_ANNOTATION_SERVER_COMMAND,
} from '../../server/src/lsp/annotationProtocol';
import { registerAdjudication } from './annotateAdjudicate';
import { registerAnnotationExport } from './annotateExport';
import { ReviewedDecorations } from './annotateReviewed';
import { AnnotationsTree, decorate, disposeDecorations, ReviewedStatus } from './annotateViews';
import { LANGUAGE_ID } from './noteFiles';

type Target = Pick<AnnotateArgs, 'uri' | 'target'>;

function noteEditor(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  return e && e.document.languageId === LANGUAGE_ID ? e : undefined;
}

/** The code action's target, or the cursor in the active note. */
function targetOf(arg: unknown): Partial<AnnotateArgs> | undefined {
  const given = arg as Target | undefined;
  if (given && typeof given.uri === 'string') return { uri: given.uri, target: given.target };
  const e = noteEditor();
  if (!e) {
    void vscode.window.showWarningMessage('Open a clinical note and put the cursor on a finding or guideline check first.');
    return undefined;
  }
  const p = e.selection.active;
  return { uri: e.document.uri.toString(), position: { line: p.line, character: p.character } };
}

/** Registers the commands and views; returns what to call once the client runs. */
/** `onReviewed`: a note's reviewed state for this reviewer, each time its annotations are read. */
export function registerAnnotationCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient,
  onReviewed: (uri: string, reviewed: string | undefined) => void = () => undefined,
): () => void {
  const views = new Map<string, AnnotationsResult>();
  const status = new ReviewedStatus();
  const tree = new AnnotationsTree();
  context.subscriptions.push(status, vscode.window.registerTreeDataProvider('clinicalReview.annotations', tree), { dispose: disposeDecorations });

  const refresh = async (uri: string) => {
    let view: AnnotationsResult | undefined;
    try {
      view = await client().sendRequest<AnnotationsResult>(ANNOTATIONS_REQUEST, { uri });
    } catch {
      view = undefined;
    }
    if (view) views.set(uri, view);
    else views.delete(uri);
    if (view?.enabled) onReviewed(uri, view.reviewed[view.reviewer]);
    if (view?.error) void vscode.window.showErrorMessage(view.error);
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri) decorate(e, view);
    if (noteEditor()?.document.uri.toString() === uri) {
      status.show(view);
      tree.show(uri, view);
    }
  };
  const onActive = () => {
    const e = noteEditor();
    if (!e) {
      status.show(undefined);
      return;
    }
    const uri = e.document.uri.toString();
    const known = views.get(uri);
    status.show(known);
    tree.show(uri, known);
    if (!known) void refresh(uri);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(onActive),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const e of editors) if (views.has(e.document.uri.toString())) decorate(e, views.get(e.document.uri.toString()));
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // Anchors move with the text: ask again once the server has the new version.
      if (views.has(e.document.uri.toString())) setTimeout(() => void refresh(e.document.uri.toString()), 300);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => views.delete(d.uri.toString())),
  );

  const send = async (command: string, arg: unknown): Promise<AnnotateResult | undefined> => {
    const r = await client().sendRequest<AnnotateResult | null>('workspace/executeCommand', { command, arguments: [arg] });
    if (!r) return undefined;
    if (r.ok) void vscode.window.showInformationMessage(r.message);
    else void vscode.window.showWarningMessage(r.message);
    return r;
  };
  const annotate = (args: Partial<AnnotateArgs>) => send(ANNOTATE_SERVER_COMMAND, args);
  const reg = (id: string, f: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, f));

  reg(ANNOTATION_COMMANDS.agree, async (arg) => {
    const t = targetOf(arg);
    if (t) await annotate({ ...t, verdict: 'agree' });
  });

  reg(ANNOTATION_COMMANDS.reject, async (arg) => {
    const t = targetOf(arg);
    if (!t) return;
    const kinds = await client().sendRequest<AnnotationKindsResult>(ANNOTATION_KINDS_REQUEST, {});
    const pick = await vscode.window.showQuickPick([...kinds.reasons.map((r) => ({ label: r.label, id: r.id })), { label: 'No reason', id: '' }], {
      title: 'Reject — false positive: why?',
      placeHolder: 'Reason (optional)',
    });
    if (!pick) return;
    let comment: string | undefined;
    if (pick.id === 'other') {
      comment = await vscode.window.showInputBox({ title: 'Reject — false positive', prompt: 'What is wrong with it? (optional)' });
      if (comment === undefined) return;
    }
    await annotate({ ...t, verdict: 'reject', reason: pick.id || undefined, comment });
  });

  reg(ANNOTATION_COMMANDS.comment, async (arg) => {
    const t = targetOf(arg);
    if (!t) return;
    const comment = await vscode.window.showInputBox({ title: 'Comment on this finding', prompt: 'Your remark (kept in the annotation file, not in the note)' });
    if (!comment) return;
    await annotate({ ...t, verdict: 'comment', comment });
  });

  reg(ANNOTATION_COMMANDS.annotateSelection, async () => {
    const e = noteEditor();
    if (!e || e.selection.isEmpty) {
      void vscode.window.showWarningMessage('Select the words the analyzer missed, then run "Annotate Selection as…".');
      return;
    }
    const range = { start: e.selection.start, end: e.selection.end };
    const kinds = await client().sendRequest<AnnotationKindsResult>(ANNOTATION_KINDS_REQUEST, {});
    const kind = await vscode.window.showQuickPick(
      kinds.kinds.map((k) => ({ label: k.label, description: k.kind, k })),
      { title: 'Annotate Selection as… (1/3: kind)', placeHolder: 'What did the analyzer miss?', matchOnDescription: true },
    );
    if (!kind) return;
    const attributes: Record<string, string> = {};
    for (const a of kind.k.attributes) {
      const v = await vscode.window.showQuickPick([{ label: 'Not stated', value: '' }, ...a.values.map((value) => ({ label: value, value }))], {
        title: `Annotate Selection as ${kind.label} (2/3: ${a.name})`,
      });
      if (!v) return;
      if (v.value) attributes[a.name] = v.value;
    }
    const assertion = await vscode.window.showQuickPick(kinds.assertions, { title: `Annotate Selection as ${kind.label} (3/3: assertion)` });
    if (!assertion) return;
    await annotate({
      uri: e.document.uri.toString(),
      verdict: 'add',
      kind: kind.k.kind,
      assertion,
      attributes,
      range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
    });
  });

  reg(ANNOTATION_COMMANDS.undo, () => send(UNDO_ANNOTATION_SERVER_COMMAND, undefined));

  reg(ANNOTATION_COMMANDS.toggleReviewed, async (arg) => {
    const uri = typeof arg === 'string' ? arg : noteEditor()?.document.uri.toString();
    if (uri) await send(SET_REVIEWED_SERVER_COMMAND, { uri });
  });

  const pickQuery = async (uri: string, states: string[], title: string) => {
    const view = views.get(uri) ?? (await client().sendRequest<AnnotationsResult>(ANNOTATIONS_REQUEST, { uri }));
    const queries = view.queries.filter((q) => states.includes(q.state));
    if (queries.length === 0) {
      void vscode.window.showInformationMessage(`No ${states.join(' or ')} physician query is tracked for this note.`);
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      queries.map((q) => ({ label: q.topic, description: `${q.state} · opened ${q.opened.slice(0, 10)}`, q })),
      { title },
    );
    return pick?.q;
  };
  const queryCommand = (id: string, from: string[], to: 'answered' | 'closed', title: string) =>
    reg(id, async () => {
      const uri = noteEditor()?.document.uri.toString();
      if (!uri) return;
      const q = await pickQuery(uri, from, title);
      if (q) await send(SET_QUERY_STATE_SERVER_COMMAND, { uri, id: q.id, state: to });
    });
  queryCommand(ANNOTATION_COMMANDS.markQueryAnswered, ['open'], 'answered', 'Mark a physician query answered');
  queryCommand(ANNOTATION_COMMANDS.closeQuery, ['open', 'answered'], 'closed', 'Close a physician query');
  reg(ANNOTATION_COMMANDS.showQueries, async () => {
    await vscode.commands.executeCommand('clinicalReview.annotations.focus');
  });

  reg(ANNOTATION_COMMANDS.revealAnnotation, async (uri, range) => {
    if (typeof uri !== 'string') return;
    const r = range as AnnotationsResult['annotations'][number]['range'];
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const pos = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    await vscode.window.showTextDocument(doc, { selection: pos });
  });

  registerAnnotationExport(context, client);
  registerAdjudication(context, client);
  const reviewedBadges = new ReviewedDecorations(client);
  context.subscriptions.push(
    reviewedBadges,
    client().onNotification(ANNOTATIONS_CHANGED_NOTIFICATION, (p: AnnotationsChangedParams) => {
      void refresh(p.uri);
      reviewedBadges.refreshSoon();
    }),
  );
  return () => {
    onActive();
    reviewedBadges.refreshSoon();
  };
}
