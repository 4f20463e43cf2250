import * as path from 'path';
import * as vscode from 'vscode';
import type { AuditNoteRow, AuditUnreadRow, AuditWorkspaceResult } from '../../server/src/lsp/auditProtocol';
import { auditMessage, noteDescription, REVIEW_VIEW_ID, StatusGroup, statusGroups, UNREAD_GROUP, withReviewed } from './reviewTree';
/** Context key: an audit result is shown (the filter and export buttons appear). */
const HAS_AUDIT = 'clinicalReview.hasAudit';

type Group = ReturnType<typeof statusGroups>[number];
type Node = { group: Group } | { note: AuditNoteRow } | { unread: AuditUnreadRow };

const GROUP_ICON: Record<string, vscode.ThemeIcon> = {
  redFlag: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  prematureFusionPlan: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  needsQuery: new vscode.ThemeIcon('question', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  consistent: new vscode.ThemeIcon('pass'),
  [UNREAD_GROUP]: new vscode.ThemeIcon('circle-slash'),
};

/**
 * The Review view: the last audit's notes grouped by status, with counts. File names are shown
 * here (the user's own workspace) and nowhere else: never logged.
 */
export class ReviewView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private result: AuditWorkspaceResult | undefined;
  private rule: string | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;

  constructor() {
    this.view = vscode.window.createTreeView(REVIEW_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
  }

  get current(): AuditWorkspaceResult | undefined {
    return this.result;
  }

  get filter(): string | undefined {
    return this.rule;
  }

  show(result: AuditWorkspaceResult): void {
    this.result = result;
    if (this.rule && !result.notes.some((n) => n.rules.includes(this.rule!))) this.rule = undefined;
    void vscode.commands.executeCommand('setContext', HAS_AUDIT, true);
    this.refresh();
  }

  /** The note's reviewed state changed (the status-bar item or the command): update its row. */
  noteReviewed(uri: string, reviewed: string | undefined): void {
    if (!this.result) return;
    const next = withReviewed(this.result, uri, reviewed);
    if (next === this.result) return;
    this.result = next;
    this.refresh();
  }

  setFilter(rule: string | undefined): void {
    this.rule = rule;
    this.refresh();
  }

  private refresh(): void {
    this.view.description = this.rule ? `rule: ${this.rule}` : undefined;
    this.view.message = this.result ? auditMessage(this.result, this.rule) : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.result) return [];
    if (!node) return statusGroups(this.result, this.rule).map((group) => ({ group }));
    if ('group' in node) {
      const g = node.group;
      return 'unread' in g ? g.unread.map((unread) => ({ unread })) : (g as StatusGroup).notes.map((note) => ({ note }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const g = node.group;
      const empty = 'unread' in g ? g.unread.length === 0 : (g as StatusGroup).notes.length === 0;
      const item = new vscode.TreeItem(g.label, empty ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${g.id}`;
      item.iconPath = GROUP_ICON[g.id];
      item.contextValue = 'statusGroup';
      return item;
    }
    const row = 'note' in node ? node.note : node.unread;
    const uri = vscode.Uri.parse(row.uri);
    const item = new vscode.TreeItem(path.posix.basename(row.path), vscode.TreeItemCollapsibleState.None);
    item.id = `note:${row.uri}`;
    item.resourceUri = uri;
    // Plain strings only: nothing from the workspace is rendered as markdown.
    if ('note' in node) {
      item.description = noteDescription(node.note);
      const reviewed = node.note.reviewed ? `\nReviewed by you ${node.note.reviewed.slice(0, 10)}` : '';
      item.tooltip = `${row.path}\n${node.note.rules.length ? node.note.rules.join(', ') : 'no guideline diagnostics'}${reviewed}`;
      item.contextValue = 'auditedNote';
      item.command = { command: 'vscode.open', title: 'Open Note', arguments: [uri] };
    } else {
      // Not opened on a click: it may be a pipe or a device.
      item.description = node.unread.reason;
      item.tooltip = `${row.path}\nNot read: ${node.unread.reason}`;
      item.contextValue = 'unreadNote';
    }
    return item;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
