/**
 * Clinical Note Review language server: LSP wiring only. Each feature lives in its own module
 * under lsp/ and maps engine results to LSP types; this file creates the connection, keeps the
 * open documents, and registers the features. No network access, no telemetry; note text is
 * logged only inside "verbose" traces.
 *
 * Transport: chosen from the command line (--node-ipc from the VS Code client, --stdio for
 * tests and other editors, --socket=N).
 */
import { pathToFileURL } from 'url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  Connection,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InitializeResult,
  ProposedFeatures,
  Hover,
  HoverParams,
  MarkupKind,
  SemanticTokens,
  SemanticTokensParams,
  SemanticTokensRangeParams,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisService } from './lsp/analysis';
import { WorkspaceAudit } from './lsp/audit';
import { AUDIT_FORMATS_REQUEST, AUDIT_WORKSPACE_REQUEST, AuditWorkspaceParams, EXPORT_AUDIT_REQUEST, ExportAuditParams } from './lsp/auditProtocol';
import { registerAnnotations } from './lsp/annotationServer';
import { codeActionsFor } from './lsp/codeActions';
import { codeLensesFor } from './lsp/codeLens';
import { configDiagnostics, PublishedDiagnostics, toLspDiagnostics } from './lsp/diagnostics';
import { DocLinks } from './lsp/docs';
import { CachedReview, DocumentCache } from './lsp/documentCache';
import { foldingRangesFor } from './lsp/folding';
import { hoverAt } from './lsp/hover';
import { inlayHintsFor } from './lsp/inlayHints';
import { connectionLogger, Logger } from './lsp/logger';
import {
  ANALYZE_WORKSPACE_SERVER_COMMAND,
  DID_ANALYZE_NOTIFICATION,
  InitializationOptions,
  WORKSPACE_TRUST_NOTIFICATION,
  DidAnalyzeParams,
  RULES_REQUEST,
  SERVER_NAME,
  SUMMARY_REQUEST,
  SummaryParams,
} from './lsp/protocol';
import { HUGE_CHARS, MemoryReclaimer } from './lsp/memory';
import { LEGEND, REJECTED_BIT, REVIEWED_BIT, semanticTokensFor } from './lsp/semanticTokens';
import { SIDECAR_DIR } from './annotations/model';
import { CONFIG_FILE_NAME, SettingsService, uriToPath } from './lsp/settings';
import { rulesInfo, summaryFor } from './lsp/summary';
import { documentSymbolsFor } from './lsp/symbols';
import { isAnalysisWorker } from './lsp/worker';
import { WorkspaceAnalysis } from './lsp/workspace';

export const SERVER_VERSION = '0.1.0';

const STILL_ANALYSING: Hover = {
  contents: { kind: MarkupKind.PlainText, value: 'Clinical Note Review is still analysing this large note; hover again in a moment.' },
};

export function startServer(connection: Connection): void {
  const log = connectionLogger(connection);
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsService(connection, log);
  const cache = new DocumentCache();
  const docs = DocLinks.locate();
  // CLINICAL_REVIEW_WORKER=0 analyses large notes on the main thread too (for comparison).
  const analysis = new AnalysisService(documents, settings, cache, log, { worker: process.env.CLINICAL_REVIEW_WORKER !== '0' });
  const reclaimer = new MemoryReclaimer();
  const published = new PublishedDiagnostics((params) => void connection.sendDiagnostics(params));
  // An open note is the live analysis's: wait for it, and publish it if it was analysed for a request only.
  const publishOpen = async (uri: string) => {
    const entry = await analysis.reviewFor(uri);
    if (entry && published.versionOf(uri) !== entry.version) analysis.onAnalyzed(entry);
    return entry?.review;
  };
  const workspace = new WorkspaceAnalysis(connection, documents, settings, docs, log, published, publishOpen);
  const can = { configuration: false, dynamicConfiguration: false, watchFiles: false, tokensRefresh: false, hintsRefresh: false, lensRefresh: false };

  settings.onConfigErrors = (file, errors) => published.publish(pathToFileURL(file).href, configDiagnostics(errors));
  const annotations = registerAnnotations(connection, documents, analysis, settings, log, () => {
    if (can.tokensRefresh) connection.languages.semanticTokens.refresh();
  });
  const audit = new WorkspaceAudit(connection, workspace, () => settings.workspaceFolders, log, (uri) => annotations.reviewedAt(uri));

  analysis.onAnalyzed = (entry) => {
    const diagnostics = annotations.diagnostics(entry.uri, entry.version, toLspDiagnostics(entry.review, entry.uri, docs));
    published.publish(entry.uri, diagnostics, entry.version);
    const params: DidAnalyzeParams = {
      uri: entry.uri,
      version: entry.version,
      noteType: entry.review.summary.noteType.label,
      statusBar: entry.review.summary.statusBar,
      line: entry.review.summary.line,
      redFlags: entry.review.summary.redFlags.length,
      diagnostics: diagnostics.length,
      elapsedMs: Math.round(entry.elapsedMs * 10) / 10,
    };
    void connection.sendNotification(DID_ANALYZE_NOTIFICATION, params);
  };

  connection.onInitialize((params): InitializeResult => {
    const c = params.capabilities;
    can.configuration = !!c.workspace?.configuration;
    can.dynamicConfiguration = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    can.watchFiles = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    can.tokensRefresh = !!c.workspace?.semanticTokens?.refreshSupport;
    can.hintsRefresh = !!c.workspace?.inlayHint?.refreshSupport;
    can.lensRefresh = !!c.workspace?.codeLens?.refreshSupport;
    const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders.push(root);
    }
    settings.init(can.configuration, folders);
    if ((params.initializationOptions as InitializationOptions | null | undefined)?.workspaceTrusted === false) settings.setTrusted(false);
    workspace.init(!!c.window?.workDoneProgress);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: { label: SERVER_NAME },
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        inlayHintProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [ANALYZE_WORKSPACE_SERVER_COMMAND, ...annotations.commands] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (can.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clinicalReview' });
    if (can.watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/${CONFIG_FILE_NAME}`, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          { globPattern: `**/${SIDECAR_DIR}/**/*.json`, kind: WatchKind.Create | WatchKind.Change },
        ],
      });
    }
    connection.workspace.onDidChangeWorkspaceFolders?.((e) => {
      const current = new Set(settings.workspaceFolders);
      for (const f of e.removed) {
        const p = uriToPath(f.uri);
        if (p) current.delete(p);
      }
      for (const f of e.added) {
        const p = uriToPath(f.uri);
        if (p) current.add(p);
      }
      settings.setFolders([...current]);
      settings.filesChanged();
      settingsChanged();
    });
    await readServerSettings();
    log.info(`${SERVER_NAME} ${SERVER_VERSION} ready (Node ${process.version}).`);
  });

  async function readServerSettings(): Promise<void> {
    await annotations.settingsChanged();
    try {
      const editor = await settings.editorSettings();
      analysis.debounceMs = typeof editor.debounceMs === 'number' && editor.debounceMs >= 0 ? editor.debounceMs : undefined;
    } catch {
      analysis.debounceMs = undefined;
    }
  }

  /** Settings changed: re-analyse every open note and closed ones in Problems, refresh views. */
  function settingsChanged(): void {
    void readServerSettings();
    analysis.scheduleAll();
    void (async () => {
      for (const uri of [...workspace.analysed]) {
        if (!documents.get(uri)) await workspace.analyseClosed(uri);
      }
    })();
    if (can.tokensRefresh) connection.languages.semanticTokens.refresh();
    if (can.hintsRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (can.lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  connection.onDidChangeConfiguration((change) => {
    settings.configurationChanged(change.settings);
    log.trace('Configuration changed; re-analysing open notes.');
    settingsChanged();
  });

  connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, () => {
    if (settings.isTrusted) return;
    settings.setTrusted(true);
    log.info('Workspace trusted: settings files and custom targets now apply.');
    settingsChanged();
  });

  connection.onDidChangeWatchedFiles((change) => {
    annotations.watchedFiles(change.changes);
    const configs = change.changes.filter((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`));
    if (configs.length === 0) return;
    for (const c of configs) published.publish(c.uri, []);
    settings.filesChanged();
    settingsChanged();
  });

  documents.onDidChangeContent((e) => analysis.schedule(e.document.uri));

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    analysis.cancel(uri);
    settings.forget(uri);
    if (e.document.getText().length >= HUGE_CHARS) reclaimer.afterHugeNote();
    // A note reviewed by "Analyze all notes" stays in Problems (as saved on disk); others leave.
    if (workspace.analysed.has(uri) && uri.startsWith('file:')) void workspace.analyseClosed(uri);
    else published.publish(uri, []);
  });

  /** Runs a request handler on the open version's review; null when closed, cancelled or failed. */
  function withReview<P extends { textDocument: { uri: string } }, R>(name: string, f: (entry: CachedReview, params: P) => R) {
    return async (params: P, token: { isCancellationRequested: boolean }): Promise<R | null> => {
      try {
        const entry = await analysis.reviewFor(params.textDocument.uri);
        if (!entry || token.isCancellationRequested) return null;
        return f(entry, params);
      } catch (e) {
        log.error(`${name} failed (${e instanceof Error ? e.name : 'error'}).`);
        return null;
      }
    };
  }

  const hover = withReview<HoverParams, Hover | null>('Hover', (entry, p) => annotations.hover(entry, p.position, hoverAt(entry, p.position, docs)));
  // A hover answers at once: on a large note still being analysed it says so instead of waiting seconds.
  connection.onHover((p, token) => (analysis.isBigAndPending(p.textDocument.uri) ? STILL_ANALYSING : hover(p, token)));
  connection.onCodeLens(withReview('Code lens', (entry) => codeLensesFor(entry)));
  connection.onDocumentSymbol(withReview('Document symbols', (entry) => documentSymbolsFor(entry)));
  connection.onFoldingRanges(withReview('Folding', (entry) => foldingRangesFor(entry)));
  const noTokens: SemanticTokens = { data: [] };
  const marks = (entry: CachedReview) => annotations.marks(entry, REVIEWED_BIT, REJECTED_BIT);
  const tokens = withReview<SemanticTokensParams, SemanticTokens>('Semantic tokens', (entry) => semanticTokensFor(entry, undefined, marks(entry)));
  const rangeTokens = withReview<SemanticTokensRangeParams, SemanticTokens>('Semantic tokens', (entry, p) => semanticTokensFor(entry, p.range, marks(entry)));
  connection.languages.semanticTokens.on(async (p, token) => (await tokens(p, token)) ?? noTokens);
  connection.languages.semanticTokens.onRange(async (p, token) => (await rangeTokens(p, token)) ?? noTokens);
  connection.languages.inlayHint.on(withReview('Inlay hints', (entry, p) => inlayHintsFor(entry, p.range)));
  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const entry = await analysis.reviewFor(doc.uri);
      if (token.isCancellationRequested) return null;
      const current = documents.get(doc.uri);
      return current ? [...codeActionsFor(params, current, entry), ...annotations.codeActions(params, entry)] : null;
    } catch (e) {
      log.error(`Code actions failed (${e instanceof Error ? e.name : 'error'}).`);
      return null;
    }
  });

  connection.onRequest(SUMMARY_REQUEST, async (params: SummaryParams) => {
    const entry = await analysis.reviewFor(params.uri);
    return entry ? summaryFor(entry) : null;
  });
  connection.onRequest(RULES_REQUEST, () => rulesInfo());
  connection.onRequest(AUDIT_WORKSPACE_REQUEST, (params: AuditWorkspaceParams, token) => audit.audit(params ?? {}, token));
  connection.onRequest(AUDIT_FORMATS_REQUEST, () => audit.formats());
  connection.onRequest(EXPORT_AUDIT_REQUEST, (params: ExportAuditParams, token) => audit.export(params, token));

  connection.onShutdown(() => {
    analysis.dispose();
    reclaimer.dispose();
  });

  connection.onExecuteCommand(async (params, token) => {
    if (annotations.commands.includes(params.command)) return annotations.execute(params);
    if (params.command !== ANALYZE_WORKSPACE_SERVER_COMMAND) return null;
    const arg = params.arguments?.[0];
    const uris = Array.isArray(arg) ? arg.filter((u): u is string => typeof u === 'string') : undefined;
    return workspace.run(uris, token);
  });

  documents.listen(connection);
  connection.listen();
}

/** Logs failures without their messages (they could quote note text). */
function guardProcess(log: () => Logger | undefined): void {
  process.on('uncaughtException', (e) => log()?.error(`Uncaught ${e?.name ?? 'error'} in the language server.`));
  process.on('unhandledRejection', (e) => log()?.error(`Unhandled rejection (${e instanceof Error ? e.name : typeof e}) in the language server.`));
}

if (require.main === module && !isAnalysisWorker()) {
  const connection = createConnection(ProposedFeatures.all);
  guardProcess(() => connectionLogger(connection));
  startServer(connection);
}
