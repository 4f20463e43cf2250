import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANALYZE_WORKSPACE_SERVER_COMMAND, AnalyzeWorkspaceResult, CLIENT_COMMANDS, RULES_REQUEST, RuleInfo } from '../../server/src/lsp/protocol';
import { analyzedMessage } from './messages';
import { notePatterns } from './noteFiles';
import { SECTION } from './settings';
import { activeNote, SummaryPanel } from './summaryPanel';

/** Command ids contributed in package.json. */
export const COMMANDS = {
  ...CLIENT_COMMANDS,
  analyzeWorkspace: 'clinicalReview.analyzeWorkspace',
  restartServer: 'clinicalReview.restartServer',
  showOutput: 'clinicalReview.showOutput',
} as const;

function toUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return vscode.Uri.parse(arg);
  return undefined;
}

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient, output: vscode.OutputChannel): void {
  const reg = (id: string, f: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, f));

  reg(COMMANDS.showSummary, (arg) => {
    const uri = toUri(arg) ?? activeNote();
    SummaryPanel.show(client(), uri);
  });

  reg(COMMANDS.copyQuery, async (query) => {
    if (typeof query !== 'string' || !query) return;
    await vscode.env.clipboard.writeText(query);
    void vscode.window.showInformationMessage('Physician query copied to the clipboard.');
  });

  reg(COMMANDS.disableRule, async (ruleArg, scopeArg, uriArg) => {
    let ruleId = typeof ruleArg === 'string' ? ruleArg : undefined;
    const uri = toUri(uriArg) ?? activeNote();
    if (!ruleId) {
      const rules = await client().sendRequest<RuleInfo[]>(RULES_REQUEST, {});
      const pick = await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.id, description: r.title, detail: r.description })),
        { title: 'Turn off a guideline rule', placeHolder: 'Rule to turn off', matchOnDescription: true },
      );
      if (!pick) return;
      ruleId = pick.label;
    }
    let scope: 'file' | 'workspace' | undefined = scopeArg === 'file' || scopeArg === 'workspace' ? scopeArg : undefined;
    if (!scope) {
      const items = [
        { label: 'This workspace', value: 'workspace' as const, description: `${SECTION}.rules` },
        ...(uri && uri.scheme === 'file' ? [{ label: 'This file only', value: 'file' as const, description: `${SECTION}.fileRules` }] : []),
      ];
      const pick = await vscode.window.showQuickPick(items, { title: `Turn off "${ruleId}" for…` });
      if (!pick) return;
      scope = pick.value;
    }
    await disableRule(ruleId, scope, uri);
  });

  reg(COMMANDS.analyzeWorkspace, async () => {
    const patterns = ['**/*.note', '**/*.rad', ...notePatterns()];
    const found = new Map<string, vscode.Uri>();
    for (const p of patterns) {
      for (const u of await vscode.workspace.findFiles(p, '**/node_modules/**', 20_000)) found.set(u.toString(), u);
    }
    if (found.size === 0) {
      void vscode.window.showInformationMessage('No clinical notes (.note, .rad, or files matching clinicalReview.files) in this workspace.');
      return;
    }
    const result = await client().sendRequest<AnalyzeWorkspaceResult>('workspace/executeCommand', {
      command: ANALYZE_WORKSPACE_SERVER_COMMAND,
      arguments: [[...found.keys()].sort()],
    });
    const open = await vscode.window.showInformationMessage(analyzedMessage(result), 'Open Problems');
    if (open) await vscode.commands.executeCommand('workbench.actions.view.problems');
  });

  reg(COMMANDS.restartServer, async () => {
    await client().restart();
  });

  reg(COMMANDS.showOutput, () => output.show(true));
}

/** Records "rule off" in settings: workspace `clinicalReview.rules`, or `clinicalReview.fileRules` for one file. */
export async function disableRule(ruleId: string, scope: 'file' | 'workspace', uri: vscode.Uri | undefined): Promise<void> {
  const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  const hasWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  if (scope === 'workspace') {
    const cfg = vscode.workspace.getConfiguration(SECTION, uri);
    const target = hasWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const i = cfg.inspect<Record<string, unknown>>('rules');
    const current = (target === vscode.ConfigurationTarget.Workspace ? i?.workspaceValue : i?.globalValue) ?? {};
    await cfg.update('rules', { ...current, [ruleId]: 'off' }, target);
    const where = hasWorkspace ? 'this workspace' : 'all workspaces (user settings; no folder is open)';
    void undoable(`Rule "${ruleId}" turned off for ${where}.`, async () => {
      const now = { ...((target === vscode.ConfigurationTarget.Workspace ? cfg.inspect<Record<string, unknown>>('rules')?.workspaceValue : cfg.inspect<Record<string, unknown>>('rules')?.globalValue) ?? {}) };
      delete now[ruleId];
      await vscode.workspace.getConfiguration(SECTION, uri).update('rules', Object.keys(now).length ? now : undefined, target);
    });
    return;
  }
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Only a saved file can have its own rule settings; turn the rule off for the workspace instead.');
    return;
  }
  const key = folder ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath;
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const cfg = vscode.workspace.getConfiguration(SECTION, folder?.uri ?? uri);
  const read = () => {
    const i = cfg.inspect<Record<string, Record<string, unknown>>>('fileRules');
    return { ...((folder ? i?.workspaceFolderValue : i?.globalValue) ?? {}) };
  };
  const all = read();
  all[key] = { ...(all[key] ?? {}), [ruleId]: 'off' };
  await cfg.update('fileRules', all, target);
  void undoable(`Rule "${ruleId}" turned off for ${key}.`, async () => {
    const now = read();
    const entry = { ...(now[key] ?? {}) };
    delete entry[ruleId];
    if (Object.keys(entry).length) now[key] = entry;
    else delete now[key];
    await vscode.workspace.getConfiguration(SECTION, folder?.uri ?? uri).update('fileRules', Object.keys(now).length ? now : undefined, target);
  });
}

async function undoable(message: string, undo: () => Promise<void>): Promise<void> {
  const choice = await vscode.window.showInformationMessage(message, 'Undo', 'Open Settings');
  if (choice === 'Undo') await undo();
  else if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openWorkspaceSettings', { query: SECTION });
}
