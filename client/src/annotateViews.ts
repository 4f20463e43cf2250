import * as vscode from 'vscode';
import { ANNOTATION_COMMANDS, AnnotationsResult, AnnotationView } from '../../server/src/lsp/annotationProtocol';

/**
 * What the client shows of a note's annotations (all from the server's answer): decorations on
 * the annotated spans, a "Reviewed" status-bar item, and the Annotations view (orphaned
 * annotations, physician queries). Labels are plain text: the view and status bar render no markdown.
 */

const colour = (id: string) => new vscode.ThemeColor(id);
const DECORATIONS: Record<AnnotationView['verdict'], vscode.TextEditorDecorationType> = {
  agree: vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 2px 0',
    borderStyle: 'solid',
    borderColor: colour('testing.iconPassed'),
    overviewRulerColor: colour('testing.iconPassed'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    after: { contentText: ' ✓', color: colour('testing.iconPassed') },
  }),
  reject: vscode.window.createTextEditorDecorationType({
    textDecoration: 'line-through',
    opacity: '0.65',
    overviewRulerColor: colour('testing.iconFailed'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    after: { contentText: ' ✗', color: colour('testing.iconFailed') },
  }),
  add: vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 2px 0',
    borderStyle: 'dashed',
    borderColor: colour('editorInfo.foreground'),
    overviewRulerColor: colour('editorInfo.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    after: { contentText: ' +', color: colour('editorInfo.foreground') },
  }),
  comment: vscode.window.createTextEditorDecorationType({
    after: { contentText: ' ✎', color: colour('editorInfo.foreground') },
  }),
};

const toRange = (r: AnnotationView['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export function decorate(editor: vscode.TextEditor, view: AnnotationsResult | undefined): void {
  for (const [verdict, type] of Object.entries(DECORATIONS) as Array<[AnnotationView['verdict'], vscode.TextEditorDecorationType]>) {
    const ranges = (view?.annotations ?? []).filter((a) => a.verdict === verdict && !a.orphaned).map((a) => toRange(a.range));
    editor.setDecorations(type, ranges);
  }
}

export function disposeDecorations(): void {
  for (const t of Object.values(DECORATIONS)) t.dispose();
}

/** "Reviewed" status-bar item for the active note: click to toggle. */
export class ReviewedStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clinicalReview.reviewed', vscode.StatusBarAlignment.Left, 99);

  constructor() {
    this.item.name = 'Clinical Review: Reviewed';
    this.item.command = ANNOTATION_COMMANDS.toggleReviewed;
  }

  show(view: AnnotationsResult | undefined): void {
    if (!view || !view.enabled) {
      this.item.hide();
      return;
    }
    const mine = view.reviewed[view.reviewer];
    const others = Object.keys(view.reviewed).filter((r) => r !== view.reviewer);
    const orphans = view.annotations.filter((a) => a.orphaned).length;
    this.item.text = `${mine ? '$(pass-filled) Reviewed' : '$(circle-large-outline) Not reviewed'}${orphans ? ` · $(warning) ${orphans} orphaned` : ''}`;
    this.item.tooltip = [
      mine ? `Reviewed by you (${view.reviewer}) on ${mine.slice(0, 10)}.` : `Not yet marked reviewed by you (${view.reviewer}).`,
      others.length ? `Also reviewed by: ${others.join(', ')}.` : '',
      `${view.annotations.length} annotation(s); click to toggle "Reviewed".`,
    ]
      .filter(Boolean)
      .join('\n');
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

type Node = { group: 'orphans' | 'queries' | 'error'; label: string } | { annotation: AnnotationView; uri: string } | { query: AnnotationsResult['queries'][number] };

/** The Annotations view for the active note: orphaned annotations and tracked physician queries. */
export class AnnotationsTree implements vscode.TreeDataProvider<Node> {
  private view: AnnotationsResult | undefined;
  private uri = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  show(uri: string, view: AnnotationsResult | undefined): void {
    this.uri = uri;
    this.view = view;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const v = this.view;
    if (!v || !v.enabled) return [];
    if (!node) {
      const top: Node[] = [];
      if (v.error) top.push({ group: 'error', label: v.error });
      top.push({ group: 'orphans', label: `Orphaned annotations (${v.annotations.filter((a) => a.orphaned).length})` });
      top.push({ group: 'queries', label: `Physician queries (${v.queries.length})` });
      return top;
    }
    if ('group' in node && node.group === 'orphans') return v.annotations.filter((a) => a.orphaned).map((annotation) => ({ annotation, uri: this.uri }));
    if ('group' in node && node.group === 'queries') return v.queries.map((query) => ({ query }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const item = new vscode.TreeItem(node.label, node.group === 'error' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
      if (node.group === 'error') item.iconPath = new vscode.ThemeIcon('error');
      return item;
    }
    if ('annotation' in node) {
      const a = node.annotation;
      const item = new vscode.TreeItem(`${a.verdict}: ${a.kindLabel}`);
      item.description = `${a.reviewer} · ${a.time.slice(0, 10)}`;
      item.tooltip = 'The note changed where this annotation was; its text could not be found again. It is kept in the annotation file.';
      item.iconPath = new vscode.ThemeIcon('warning');
      item.command = { title: 'Go to where it was', command: ANNOTATION_COMMANDS.revealAnnotation, arguments: [node.uri, a.range] };
      return item;
    }
    const q = node.query;
    const item = new vscode.TreeItem(q.topic);
    item.description = [q.state, `opened ${q.opened.slice(0, 10)}`, q.answered ? `answered ${q.answered.slice(0, 10)}` : '', q.closed ? `closed ${q.closed.slice(0, 10)}` : ''].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(q.state === 'closed' ? 'pass' : q.state === 'answered' ? 'comment-discussion' : 'question');
    item.contextValue = `query-${q.state}`;
    return item;
  }
}
