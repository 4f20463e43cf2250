/**
 * The per-note "Reviewed" state wherever a note's file is shown: a ✓ badge (with who marked it in
 * the tooltip) as a file decoration, so the Review view's rows (which carry the note's resource
 * URI), the Explorer and the tabs all show it. From the sidecars, through the server
 * (clinicalReview/reviewedNotes); refreshed when annotations change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVIEWED_NOTES_REQUEST, ReviewedNotesResult } from '../../server/src/lsp/annotationProtocol';

const REFRESH_DELAY_MS = 500;

export class ReviewedDecorations implements vscode.FileDecorationProvider, vscode.Disposable {
  private notes = new Map<string, Record<string, string>>();
  private me = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.changed.event;
  private readonly registration: vscode.Disposable;

  constructor(private readonly client: () => LanguageClient) {
    this.registration = vscode.window.registerFileDecorationProvider(this);
  }

  /** Asks the server again, soon (several changes in a row ask once). */
  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    let r: ReviewedNotesResult;
    try {
      r = await this.client().sendRequest<ReviewedNotesResult>(REVIEWED_NOTES_REQUEST, {});
    } catch {
      return;
    }
    const before = [...this.notes.keys()];
    this.notes = new Map(Object.entries(r.notes).map(([uri, who]) => [vscode.Uri.parse(uri).toString(), who]));
    this.me = r.me;
    this.changed.fire([...new Set([...before, ...this.notes.keys()])].map((u) => vscode.Uri.parse(u)));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    const who = this.notes.get(uri.toString());
    if (!who) return undefined;
    const names = Object.keys(who)
      .sort()
      .map((r) => (r === this.me ? `${r} (you)` : r));
    return new vscode.FileDecoration('✓', `Reviewed by ${names.join(', ')}`);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.registration.dispose();
    this.changed.dispose();
  }
}
