import * as path from 'path';
import { fileURLToPath } from 'url';
import { Connection } from 'vscode-languageserver/node';
import { mergeSettings, parseConfig, ReviewSettings } from '../engine';
import { CONFIG_FILE_NAME, matchesGlob, NodeWorkspace, NoteWorkspace } from '../workspace';
import { Logger } from './logger';

/**
 * Settings for one note, layered (later wins):
 *   built-in defaults < the nearest `.clinical-review.json` < editor settings (`clinicalReview.*`)
 *   < `clinicalReview.fileRules` entries whose pattern matches the note.
 * Editor settings are pulled per document (workspace/configuration) when the client supports it,
 * else taken from didChangeConfiguration. The client sends only values the user actually set,
 * so an editor default never hides a value from the workspace file.
 */

export { CONFIG_FILE_NAME };
export const SECTION = 'clinicalReview';

/** The `clinicalReview` section as an editor sends it. Every key optional, null = not set. */
export interface EditorSettings {
  files?: string[] | null;
  rules?: Record<string, unknown> | null;
  fileRules?: Record<string, Record<string, unknown>> | null;
  preset?: string | null;
  conservativeCareMinimumMonths?: number | null;
  endplateWidthMm?: number | null;
  customTargets?: unknown[] | null;
  /** Milliseconds to wait after an edit before analysing (default: adaptive, 5-50 ms by note size). */
  debounceMs?: number | null;
}

export interface DocumentSettings {
  review: ReviewSettings;
  /** Identity of the effective settings: reviews made with another key are stale. */
  key: string;
  /** Extra glob patterns of files to treat as notes. */
  files: string[];
}

interface ParsedFile {
  settings: ReviewSettings;
  errors: string[];
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class SettingsService {
  private pull = false;
  private pushed: EditorSettings = {};
  private folders: string[] = [];
  private readonly perUri = new Map<string, Promise<DocumentSettings>>();
  private readonly parsedConfig = new Map<string, ParsedFile>();
  private readonly reported = new Set<string>();
  /** Untrusted workspace: no settings file, no custom targets (see protocol.ts). */
  private trusted = true;
  /** Called with the errors of a settings file (empty when fixed), to show them in Problems. */
  onConfigErrors: (file: string, errors: string[]) => void = () => undefined;

  /** The files on disk, settings files looked up within the workspace folders. */
  readonly workspace: NoteWorkspace = new NodeWorkspace({ configBoundaries: () => this.folders });

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
  ) {}

  init(pullConfiguration: boolean, folders: string[]): void {
    this.pull = pullConfiguration;
    this.folders = folders;
  }

  /** Trust granted (or withdrawn): settings files and custom targets count again from the next analysis. */
  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
    this.filesChanged();
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  setFolders(folders: string[]): void {
    this.folders = folders;
    this.invalidate();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** didChangeConfiguration: forget pulled values; keep pushed ones when the client pushes. */
  configurationChanged(settings: unknown): void {
    const section = (settings as Record<string, unknown> | null | undefined)?.[SECTION];
    if (section && typeof section === 'object') this.pushed = section as EditorSettings;
    this.invalidate();
  }

  /** A `.clinical-review.json` changed on disk (or the workspace changed). */
  filesChanged(): void {
    this.workspace.forgetConfigs();
    this.parsedConfig.clear();
    this.invalidate();
  }

  invalidate(): void {
    this.perUri.clear();
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  forUri(uri: string): Promise<DocumentSettings> {
    let known = this.perUri.get(uri);
    if (!known) {
      known = this.compute(uri).catch((e) => {
        this.log.error(`Could not read settings (${e instanceof Error ? e.name : typeof e}).`);
        this.perUri.delete(uri);
        return { review: {}, key: '{}', files: [] };
      });
      this.perUri.set(uri, known);
    }
    return known;
  }

  /** Editor settings for a scope (no document: the workspace's). */
  async editorSettings(scopeUri?: string): Promise<EditorSettings> {
    if (!this.pull) return this.pushed;
    const value = await this.connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SECTION } : { section: SECTION });
    return value && typeof value === 'object' ? (value as EditorSettings) : {};
  }

  private async compute(uri: string): Promise<DocumentSettings> {
    const editor = await this.editorSettings(uri);
    const filePath = uriToPath(uri);
    const layers: ReviewSettings[] = [];
    if (filePath) {
      const configFile = this.workspace.findConfig(filePath);
      if (configFile && this.trusted) layers.push(this.readConfig(configFile).settings);
      else if (configFile) this.reportOnce([`this folder is not trusted, so ${CONFIG_FILE_NAME} and custom targets are ignored; trust the folder to use them.`], 'info');
    }
    layers.push(this.fromEditor(editor));
    if (editor.fileRules && typeof editor.fileRules === 'object' && filePath) {
      const rel = this.relativePath(filePath);
      for (const [pattern, rules] of Object.entries(editor.fileRules)) {
        const hit = (rel !== undefined && (rel === pattern || matchesGlob(rel, pattern))) || path.resolve(pattern) === filePath;
        if (!hit) continue;
        const { settings, errors } = parseConfig(JSON.stringify({ rules }), `Setting clinicalReview.fileRules["${pattern}"]`);
        this.reportOnce(errors);
        layers.push(settings);
      }
    }
    const review = mergeSettings(...layers);
    const files = Array.isArray(editor.files) ? editor.files.filter((f): f is string => typeof f === 'string') : [];
    return { review, key: JSON.stringify(review), files };
  }

  /** Path relative to the workspace folder holding it, "/"-separated. */
  relativePath(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const rel = path.relative(folder, filePath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (best === undefined || rel.length < best.length)) best = rel;
    }
    return best?.split(path.sep).join('/');
  }

  private fromEditor(editor: EditorSettings): ReviewSettings {
    const obj: Record<string, unknown> = {};
    if (editor.preset !== undefined && editor.preset !== null && editor.preset !== '') obj.preset = editor.preset;
    if (typeof editor.conservativeCareMinimumMonths === 'number') obj.conservativeCareMinimumMonths = editor.conservativeCareMinimumMonths;
    if (typeof editor.endplateWidthMm === 'number') obj.endplateWidthMm = editor.endplateWidthMm;
    if (editor.rules && typeof editor.rules === 'object' && Object.keys(editor.rules).length > 0) obj.rules = editor.rules;
    if (Array.isArray(editor.customTargets) && editor.customTargets.length > 0 && this.trusted) obj.targets = editor.customTargets;
    const { settings, errors } = parseConfig(JSON.stringify(obj), 'Settings (clinicalReview.*)');
    this.reportOnce(errors);
    return settings;
  }

  private reportOnce(messages: string[], level: 'warning' | 'info' = 'warning'): void {
    for (const m of messages) {
      if (this.reported.has(m)) continue;
      this.reported.add(m);
      if (level === 'info') {
        this.log.info(m);
        void this.connection.window.showInformationMessage(`Clinical Note Review: ${m}`);
      } else {
        this.log.warn(m);
        void this.connection.window.showWarningMessage(`Clinical Note Review: ${m}`);
      }
    }
  }

  private readConfig(file: string): ParsedFile {
    let parsed = this.parsedConfig.get(file);
    if (parsed) return parsed;
    const read = this.workspace.readConfig(file);
    parsed = 'error' in read ? { settings: {}, errors: [`${file}: cannot read (${read.error})`] } : parseConfig(read.text, file);
    this.parsedConfig.set(file, parsed);
    // The editor shows the errors with the path; the log names the file only when tracing is on.
    const named = this.log.fileName(file);
    for (const e of parsed.errors) this.log.warn(named === file ? e : e.split(file).join('.clinical-review.json'));
    this.onConfigErrors(file, parsed.errors);
    return parsed;
  }

  /** Config files read so far (to re-check them when they change). */
  get configFiles(): string[] {
    return [...this.parsedConfig.keys()];
  }
}
