/**
 * A minimal LSP client for tests and benchmarks: starts the language server as a child process
 * and speaks JSON-RPC to it over stdio, as an editor does. It answers the server's requests
 * (workspace/configuration from `settings`, registrations, refreshes, progress) and records
 * every diagnostic publication and log message.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
// Types from deep paths (the repo compiles with classic node resolution, which ignores "exports");
// the code from the public entry point, which is what Node resolves at run time.
import type * as JsonRpcNode from 'vscode-jsonrpc/lib/node/main';
import type {
  ClientCapabilities,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/lib/node/main';
import type * as ProtocolNode from 'vscode-languageserver-protocol/lib/node/main';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rpc = require('vscode-languageserver-protocol/node') as typeof ProtocolNode & typeof JsonRpcNode;
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;

export const REPO = path.resolve(__dirname, '..', '..', '..');

/** The server to test: LSP_SERVER, else the newer of the bundle and the tsc output. */
export function serverModule(): string {
  if (process.env.LSP_SERVER) return path.resolve(process.env.LSP_SERVER);
  const candidates = [path.join(REPO, 'dist', 'server.js'), path.join(REPO, 'out', 'server', 'src', 'server.js')].filter((f) => fs.existsSync(f));
  if (candidates.length === 0) throw new Error('No server build: run `npx tsc -p .` (and `node scripts/bundle.js`).');
  return candidates.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

export interface StartOptions {
  /** The `clinicalReview` section answered to workspace/configuration (mutable later). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  trace?: 'off' | 'messages' | 'verbose';
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    codeLens: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    inlayHint: {},
    foldingRange: {},
    codeLens: {},
  },
  window: { workDoneProgress: true },
};

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();
  private stderr = '';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [serverModule(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn, options.settings ?? {});
    proc.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.published.push(p);
      client.notify();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    conn.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => client.logs.push(p.verbose ? `${p.message}\n${p.verbose}` : p.message));
    const star = conn as unknown as { onNotification(h: (m: string, p: unknown) => void): void; onRequest(h: (m: string, p: unknown) => unknown): void };
    star.onNotification((method: string, params: unknown) => {
      client.notifications.push({ method, params });
      client.notify();
    });
    conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section === 'clinicalReview' || i.section === undefined ? client.settings : null)),
    );
    star.onRequest(() => null); // registrations, refreshes, progress, messages
    conn.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      capabilities: options.capabilities ?? CAPABILITIES,
      trace: options.trace ?? 'off',
      initializationOptions: options.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves when `check` returns a value (checked on each publication/notification). */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const first = check();
      if (first !== undefined) return resolve(first);
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`Timed out waiting for ${what}${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`));
      }, timeoutMs);
      const listener = () => {
        const v = check();
        if (v === undefined) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(v);
      };
      this.listeners.push(listener);
    });
  }

  /** The next diagnostics published for uri (at a version, when given) after `since` publications. */
  diagnosticsFor(uri: string, version?: number, since = 0, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () => this.published.slice(since).find((p) => p.uri === uri && (version === undefined || p.version === version)),
      `diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''}`,
      timeoutMs,
    );
  }

  async open(uri: string, text: string, languageId = 'clinical-note'): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends a change; returns the new version. Full text unless changes are given. */
  async change(uri: string, change: string | TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const contentChanges = typeof change === 'string' ? [{ text: change }] : change;
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { clinicalReview: settings } });
  }

  async setTrace(value: 'off' | 'messages' | 'verbose'): Promise<void> {
    await this.conn.sendNotification('$/setTrace', { value });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    this.conn.dispose();
    setTimeout(() => {
      if (this.proc.exitCode === null) this.proc.kill();
    }, 500).unref();
  }
}
