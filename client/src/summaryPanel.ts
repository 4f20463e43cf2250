import { randomBytes } from 'crypto';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_REQUEST, SummaryResult } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID } from './noteFiles';
import { summaryHtml } from './summaryHtml';

type Range = SummaryResult['findings'][number]['range'];

/**
 * The Note Summary panel: one webview beside the editor that follows the active note. Data
 * comes from the server (clinicalReview/summary); the page asks to reveal ranges in the note.
 */
export class SummaryPanel implements vscode.Disposable {
  static readonly viewType = 'clinicalReview.summary';
  private static current: SummaryPanel | undefined;

  private uri: vscode.Uri | undefined;
  private ready = false;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static show(client: LanguageClient, uri?: vscode.Uri): SummaryPanel {
    const target = uri ?? activeNote();
    if (SummaryPanel.current) {
      SummaryPanel.current.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        SummaryPanel.viewType,
        'Note Summary',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
      );
      SummaryPanel.current = new SummaryPanel(panel, client);
    }
    if (target) SummaryPanel.current.follow(target);
    return SummaryPanel.current;
  }

  /**
   * A Summary tab VS Code restores after a window reload: it gets the page again and follows the
   * active note (or says to open one), instead of coming back empty.
   */
  static revive(panel: vscode.WebviewPanel, client: LanguageClient): void {
    SummaryPanel.current?.dispose();
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    SummaryPanel.current = new SummaryPanel(panel, client);
    const target = activeNote();
    if (target) SummaryPanel.current.follow(target);
  }

  /** The server analysed a note: refresh if it is the one shown. */
  static analyzed(uri: string): void {
    const p = SummaryPanel.current;
    if (p && p.uri?.toString() === uri) p.scheduleRefresh();
  }

  static get isOpen(): boolean {
    return SummaryPanel.current !== undefined;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
  ) {
    const nonce = randomBytes(16).toString('base64');
    panel.webview.html = summaryHtml(nonce, panel.webview.cspSource);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((msg: { type?: string; range?: Range }) => {
        if (msg?.type === 'ready') {
          this.ready = true;
          void this.refresh();
        } else if (msg?.type === 'reveal' && msg.range) void this.reveal(msg.range);
      }),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === LANGUAGE_ID) this.follow(editor.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.uri && doc.uri.toString() === this.uri.toString()) void this.post({ type: 'empty', reason: 'The note was closed. Open a clinical note to see its summary.' });
      }),
    );
  }

  follow(uri: vscode.Uri): void {
    if (this.uri?.toString() === uri.toString()) return this.scheduleRefresh();
    this.uri = uri;
    this.panel.title = `Summary: ${path.basename(uri.path)}`;
    void this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 150);
  }

  private async refresh(): Promise<void> {
    if (!this.ready || !this.panel.visible) return;
    const uri = this.uri;
    if (!uri) return void this.post({ type: 'empty' });
    try {
      const data = await this.client.sendRequest<SummaryResult | null>(SUMMARY_REQUEST, { uri: uri.toString() });
      if (uri !== this.uri) return; // the panel moved on meanwhile
      if (!data) return void this.post({ type: 'empty', reason: 'Open the note in an editor to see its summary.' });
      await this.post({ type: 'summary', fileName: path.basename(uri.path), data });
    } catch {
      await this.post({ type: 'empty', reason: 'The language server is not available; see the "Clinical Note Review" output.' });
    }
  }

  private post(message: unknown): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** Selects a range of the shown note in its editor (not in the panel's column). */
  private async reveal(range: Range): Promise<void> {
    if (!this.uri) return;
    const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri!.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: column, selection: r, preserveFocus: false });
    editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    SummaryPanel.current = undefined;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

export function activeNote(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && doc.languageId === LANGUAGE_ID) return doc.uri;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document.uri;
}
