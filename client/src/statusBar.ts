import * as vscode from 'vscode';
import type { DidAnalyzeParams } from '../../server/src/lsp/protocol';
import { LANGUAGE_ID } from './noteFiles';

/**
 * The status bar item: the active note's summary as the server states it
 * ("Grade 1 · conservative 6/12 wk · criteria 1/4"; care and criteria only where the server weighs
 * them: not on an imaging report, nor with a red flag); a click opens the Note Summary.
 */
export class NoteStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly byUri = new Map<string, DidAnalyzeParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(command: string) {
    this.item = vscode.window.createStatusBarItem('clinicalReview.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Clinical Note Review';
    this.item.command = command;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.render();
  }

  analyzed(params: DidAnalyzeParams): void {
    this.byUri.set(params.uri, params);
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active === params.uri) this.render();
  }

  /** The server restarted: nothing it said before holds. */
  reset(): void {
    this.byUri.clear();
    this.render();
  }

  render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    const info = this.byUri.get(doc.uri.toString());
    if (!info) {
      this.item.text = '$(loading~spin) Clinical review';
      this.item.tooltip = 'Analyzing the note…';
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = `$(checklist) ${info.statusBar || 'Clinical review'}`;
      const tip = new vscode.MarkdownString();
      tip.appendText(info.noteType ? `${info.noteType}: ` : '');
      tip.appendText(info.line || 'No summary for this note.');
      tip.appendMarkdown(`\n\n${info.diagnostics} guideline check${info.diagnostics === 1 ? '' : 's'} in Problems · click to open the Note Summary`);
      this.item.tooltip = tip;
      this.item.backgroundColor = info.redFlags > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
      this.item.accessibilityInformation = { label: `Clinical note summary: ${info.statusBar}`, role: 'button' };
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
