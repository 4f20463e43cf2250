/**
 * Clinical Note Review, VS Code side: starts the language server (over IPC) and adds the
 * editor-only parts: status bar, Note Summary panel, commands, the opt-in for .txt notes.
 * Nothing clinical happens here; everything the user sees comes from the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { DID_ANALYZE_NOTIFICATION, DidAnalyzeParams, InitializationOptions, SERVER_ID, SERVER_NAME, WORKSPACE_TRUST_NOTIFICATION } from '../../server/src/lsp/protocol';
import { registerAuditCommands } from './auditCommands';
import { registerAnnotationCommands } from './annotate';
import { COMMANDS, registerCommands } from './commands';
import { LANGUAGE_ID, registerNoteFiles } from './noteFiles';
import { explicitSettings, SECTION } from './settings';
import { NoteStatusBar } from './statusBar';
import { SummaryPanel } from './summaryPanel';

let client: LanguageClient | undefined;

export interface ClinicalReviewApi {
  /** The running language client (for tests). */
  client: LanguageClient;
}

export async function activate(context: vscode.ExtensionContext): Promise<ClinicalReviewApi> {
  const output = vscode.window.createOutputChannel(SERVER_NAME);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    // Restricted mode: the server ignores the workspace's settings file and custom targets until trust is granted.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      workspace: {
        // Only values the user set (see settings.ts), so editor defaults never hide .clinical-review.json.
        configuration: async (params, token, next) => {
          const defaults = await next(params, token);
          if (!Array.isArray(defaults)) return defaults;
          return params.items.map((item, i) => (item.section === SECTION ? explicitSettings(item.scopeUri) : defaults[i]));
        },
      },
    },
  };
  const c = new LanguageClient(SERVER_ID, SERVER_NAME, serverOptions, clientOptions);
  client = c;

  const statusBar = new NoteStatusBar(COMMANDS.showSummary);
  context.subscriptions.push(statusBar, output);
  context.subscriptions.push(
    c.onNotification(DID_ANALYZE_NOTIFICATION, (p: DidAnalyzeParams) => {
      statusBar.analyzed(p);
      SummaryPanel.analyzed(p.uri);
    }),
    c.onDidChangeState((e) => {
      if (e.newState === State.Starting || e.newState === State.Stopped) statusBar.reset();
    }),
  );
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void c.sendNotification(WORKSPACE_TRUST_NOTIFICATION)));
  registerCommands(context, () => c, output);
  const reviewView = registerAuditCommands(context, () => c);
  registerNoteFiles(context);
  const annotationsReady = registerAnnotationCommands(context, () => c, (uri, reviewed) => reviewView.noteReviewed(uri, reviewed));

  await c.start();
  annotationsReady();
  // After a window reload VS Code restores an open Summary tab through this serializer (activation: onWebviewPanel).
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(SummaryPanel.viewType, {
      deserializeWebviewPanel: async (panel) => SummaryPanel.revive(panel, c),
    }),
  );
  return { client: c };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
