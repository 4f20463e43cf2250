import * as vscode from 'vscode';

/**
 * The `clinicalReview` settings the server asks for (workspace/configuration), limited to the
 * values the user actually set in some scope (user, workspace, folder, or language-specific).
 * Defaults are left out so they never hide a value from the workspace's .clinical-review.json.
 */
export const SECTION = 'clinicalReview';
const OBJECT_KEYS = ['rules', 'fileRules'];
const VALUE_KEYS = ['preset', 'conservativeCareMinimumMonths', 'endplateWidthMm', 'customTargets', 'debounceMs', 'reviewer', 'annotations.showRejected'];

export function explicitSettings(scopeUri?: string): Record<string, unknown> {
  const uri = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
  const scope: vscode.ConfigurationScope | null = uri ? { uri, languageId: 'clinical-note' } : null;
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  const out: Record<string, unknown> = { files: cfg.get<string[]>('files', []) };
  for (const key of OBJECT_KEYS) {
    const i = cfg.inspect<Record<string, unknown>>(key);
    if (!i) continue;
    const layers = [i.globalValue, i.workspaceValue, i.workspaceFolderValue, i.globalLanguageValue, i.workspaceLanguageValue, i.workspaceFolderLanguageValue];
    const set = layers.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object');
    if (set.length) out[key] = Object.assign({}, ...set);
  }
  for (const key of VALUE_KEYS) {
    const i = cfg.inspect(key);
    if (!i) continue;
    const v = i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out;
}
