import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { LanguageClient, WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageclient/node';
import {
  AUDIT_FORMATS_REQUEST,
  AUDIT_WORKSPACE_REQUEST,
  AuditFormatInfo,
  AuditWorkspaceResult,
  EXPORT_AUDIT_REQUEST,
  ExportAuditResult,
} from '../../server/src/lsp/auditProtocol';
import { RULES_REQUEST, RuleInfo } from '../../server/src/lsp/protocol';
import { AUDIT_COMMANDS, auditMessage, REVIEW_VIEW_ID, rulesInResult } from './reviewTree';
import { ReviewView } from './reviewView';

/**
 * Sends a request with a work-done token and shows the server's `$/progress` on it as a
 * notification with Cancel; Cancel cancels the request (the server stops and answers what it has).
 */
async function withServerProgress<R>(client: LanguageClient, title: string, send: (workDoneToken: string, token: vscode.CancellationToken) => Promise<R>): Promise<R> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const workDoneToken = randomUUID();
    let done = 0;
    const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
      if (v.kind === 'end') return;
      const { percentage, message } = v as WorkDoneProgressBegin | WorkDoneProgressReport;
      const increment = typeof percentage === 'number' ? Math.max(0, percentage - done) : undefined;
      if (typeof percentage === 'number') done = Math.max(done, percentage);
      progress.report({ message, increment });
    });
    try {
      return await send(workDoneToken, token);
    } finally {
      sub.dispose();
    }
  });
}

function noFolder(): boolean {
  if (vscode.workspace.workspaceFolders?.length) return false;
  void vscode.window.showInformationMessage('Open a folder of notes to audit it.');
  return true;
}

/** Returns the Review view (annotations tell it when a note is marked reviewed). */
export function registerAuditCommands(context: vscode.ExtensionContext, client: () => LanguageClient): ReviewView {
  const view = new ReviewView();
  context.subscriptions.push(view);
  const reg = (id: string, f: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, f));

  const shown = async (result: AuditWorkspaceResult) => {
    view.show(result);
    await vscode.commands.executeCommand(`${REVIEW_VIEW_ID}.focus`);
  };

  reg(AUDIT_COMMANDS.auditWorkspace, async () => {
    if (noFolder()) return;
    const result = await withServerProgress(client(), 'Clinical Review: auditing the workspace', (workDoneToken, token) =>
      client().sendRequest<AuditWorkspaceResult>(AUDIT_WORKSPACE_REQUEST, { workDoneToken }, token),
    );
    await shown(result);
    if (result.cancelled) void vscode.window.showInformationMessage(`Audit cancelled: ${auditMessage(result)}`);
  });

  reg(AUDIT_COMMANDS.filterByRule, async () => {
    const result = view.current;
    if (!result) {
      void vscode.window.showInformationMessage('Run "Clinical Review: Audit Workspace" first.');
      return;
    }
    const titles = new Map((await client().sendRequest<RuleInfo[]>(RULES_REQUEST, {}).catch(() => [] as RuleInfo[])).map((r) => [r.id, r.title]));
    const all = { label: 'All rules', description: 'no filter', rule: undefined as string | undefined };
    const items = [all, ...rulesInResult(result).map((r) => ({ label: r.rule, description: `${r.notes} note${r.notes === 1 ? '' : 's'}`, detail: titles.get(r.rule), rule: r.rule as string | undefined }))];
    const pick = await vscode.window.showQuickPick(items, { title: 'Filter the Review by rule', placeHolder: 'Show only the notes a rule fired on', matchOnDescription: true, matchOnDetail: true });
    if (pick) view.setFilter(pick.rule);
  });

  reg(AUDIT_COMMANDS.clearFilter, () => view.setFilter(undefined));

  reg(AUDIT_COMMANDS.exportReport, async () => {
    if (noFolder()) return;
    const formats = await client().sendRequest<AuditFormatInfo[]>(AUDIT_FORMATS_REQUEST, {});
    const pick = await vscode.window.showQuickPick(
      formats.map((f) => ({ label: f.label, description: `.${f.extension}`, format: f })),
      { title: 'Export Audit Report', placeHolder: 'Report format' },
    );
    if (!pick) return;
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = await vscode.window.showSaveDialog({
      title: 'Export Audit Report',
      defaultUri: vscode.Uri.joinPath(folder, `clinical-review-audit.${pick.format.extension}`),
      filters: { [pick.format.label]: [pick.format.extension] },
      saveLabel: 'Export',
    });
    if (!target) return;
    if (target.scheme !== 'file') {
      void vscode.window.showWarningMessage('The audit report can only be written to a local file.');
      return;
    }
    let result: ExportAuditResult;
    try {
      result = await withServerProgress(client(), 'Clinical Review: writing the audit report', (workDoneToken, token) =>
        client().sendRequest<ExportAuditResult>(EXPORT_AUDIT_REQUEST, { format: pick.format.id, target: target.toString(), workDoneToken }, token),
      );
    } catch (e) {
      void vscode.window.showErrorMessage(`The audit report was not written: ${e instanceof Error ? e.message : 'error'}.`);
      return;
    }
    await shown(result);
    if (!result.written) {
      void vscode.window.showWarningMessage(result.cancelled ? 'Export cancelled: no report written.' : `The audit report was not written (${result.error ?? 'error'}).`);
      return;
    }
    const open = await vscode.window.showInformationMessage(`Audit report written: ${auditMessage(result)}`, 'Open Report');
    if (open) await vscode.commands.executeCommand('vscode.open', target);
  });
  return view;
}
