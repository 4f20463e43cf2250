/**
 * "Export Annotations…": the reviewers' judgements (the sidecars of the workspace folders) as brat
 * standoff or BioC XML. The client picks the format, whose judgements and where; the server writes
 * them with the CLI's writer (clinicalReview/exportAnnotations), so the files are those of
 * `clinical-review export-brat --from-sidecars`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ANNOTATION_COMMANDS,
  ANNOTATION_REVIEWERS_REQUEST,
  AnnotationReviewersResult,
  EXPORT_ANNOTATIONS_REQUEST,
  ExportAnnotationsParams,
  ExportAnnotationsResult,
} from '../../server/src/lsp/annotationProtocol';

const TITLE = 'Export Annotations';

async function pickTarget(format: 'brat' | 'bioc', folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (format === 'bioc') {
    return vscode.window.showSaveDialog({ title: TITLE, defaultUri: vscode.Uri.joinPath(folder, 'annotations.bioc.xml'), filters: { 'BioC XML': ['xml'] }, saveLabel: 'Export' });
  }
  const picked = await vscode.window.showOpenDialog({ title: `${TITLE}: the folder for the .ann and .txt files`, canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: 'Export Here' });
  return picked?.[0];
}

export function registerAnnotationExport(context: vscode.ExtensionContext, client: () => LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.exportAnnotations, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      if (!folder) {
        void vscode.window.showWarningMessage('Open a workspace folder with annotated notes first.');
        return;
      }
      const format = await vscode.window.showQuickPick(
        [
          { label: 'brat standoff', description: '.ann beside a .txt copy, and annotation.conf (brat, INCEpTION)', format: 'brat' as const },
          { label: 'BioC XML', description: 'one collection, offsets in UTF-8 bytes', format: 'bioc' as const },
        ],
        { title: `${TITLE} (1/2: format)` },
      );
      if (!format) return;
      const { reviewers, me } = await client().sendRequest<AnnotationReviewersResult>(ANNOTATION_REVIEWERS_REQUEST, {});
      const whose = await vscode.window.showQuickPick(
        [{ label: 'Every reviewer', description: 'identical spans once', reviewer: undefined as string | undefined }, ...reviewers.map((r) => ({ label: r, description: r === me ? '(you)' : '', reviewer: r as string | undefined }))],
        { title: `${TITLE} (2/2: whose judgements)` },
      );
      if (!whose) return;
      const target = await pickTarget(format.format, folder);
      if (!target) return;
      if (target.scheme !== 'file') {
        void vscode.window.showWarningMessage('Annotations can only be exported to a local folder or file.');
        return;
      }
      const params: ExportAnnotationsParams = { format: format.format, target: target.toString(), reviewer: whose.reviewer };
      let result: ExportAnnotationsResult;
      try {
        result = await client().sendRequest<ExportAnnotationsResult>(EXPORT_ANNOTATIONS_REQUEST, params);
      } catch (e) {
        void vscode.window.showErrorMessage(`The annotations were not exported: ${e instanceof Error ? e.message : 'error'}.`);
        return;
      }
      if (result.ok) void vscode.window.showInformationMessage(result.message);
      else void vscode.window.showWarningMessage(result.problems.length ? `${result.message} ${result.problems.slice(0, 3).join('; ')}` : result.message);
    }),
  );
}
