// Starts what the browser tests need: code-server (installed into the cache on first use)
// with this extension, a temporary folder of notes, and Chromium on the workbench.
//
// Outside CI, a machine that can't have Chromium or code-server skips the tests with the
// reason; with CI=true nothing is skipped: a missing piece fails the run.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launchBrowser, Workbench } from './driver';
import { copyNotes, isCI, repoRoot } from './expectations';

export interface CodeServerHandle {
  url: string;
  folderUrl: string;
  port: number;
  pid: number;
  root: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  extensionId: string;
  workspace: string;
  stop(): Promise<void>;
}

interface CodeServerModule {
  CODE_SERVER_VERSION: string;
  installDir(): string;
  chromiumPath(): string;
  isInstalled(): boolean;
  checkSystemDeps(opts?: { forInstall?: boolean; forBrowser?: boolean }): { ok: boolean; missing: Array<{ what: string; apt: string }>; hint: string };
  ensureCodeServer(opts?: { onProgress?: (msg: string) => void }): Promise<{ entry: string; dir: string; installed: boolean; seconds: number }>;
  startCodeServer(opts: { workspace: string; extensionDevPath?: string; port?: number; settings?: Record<string, unknown>; keepTemp?: boolean; workspaceTrust?: boolean }): Promise<CodeServerHandle>;
  collectLogs(userDataDir: string): string[];
}

/** scripts/code-server.js (plain JavaScript, shared with `npm run demo`). */
export function codeServerModule(): CodeServerModule {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require(path.join(repoRoot(), 'scripts', 'code-server.js')) as CodeServerModule;
}

export const ARTIFACTS_DIR = (): string => path.join(repoRoot(), 'test-artifacts');

/** Settings for the test window: long note lines wrap so that screenshots show them. */
export const TEST_SETTINGS: Record<string, unknown> = {
  'editor.wordWrap': 'on',
  'workbench.tree.enableStickyScroll': false,
  'workbench.editor.enablePreview': false,
  'editor.hover.delay': 150,
  'editor.lightbulb.enabled': 'on',
  'workbench.colorTheme': 'Default Light Modern',
  'window.zoomLevel': 0,
};

export interface Session {
  server: CodeServerHandle;
  browser: Browser;
  wb: Workbench;
  workspace: string;
  timings: Record<string, number>;
  close(opts?: { keepLogs?: boolean }): Promise<void>;
}

export class SkipError extends Error {}

function log(msg: string): void {
  process.stderr.write(`      [e2e] ${msg}\n`);
}

/**
 * Checks the machine, installs code-server if needed. Throws SkipError (not in CI) or
 * Error (in CI) with what is missing.
 */
export async function ensureEnvironment(): Promise<{ installSeconds: number }> {
  const cs = codeServerModule();
  const problem = (msg: string): Error => (isCI() || process.env.CNR_E2E_REQUIRED === '1' ? new Error(msg) : new SkipError(msg));
  if (process.env.CNR_SKIP_E2E === '1' && !isCI()) throw new SkipError('CNR_SKIP_E2E=1');
  const dist = path.join(repoRoot(), 'dist', 'client.js');
  if (!fs.existsSync(dist)) {
    // Not a skip: the extension isn't built. `npm test` builds before it runs mocha.
    throw new Error(`${dist} is missing: run "npm run build" first`);
  }
  const deps = cs.checkSystemDeps({ forInstall: !cs.isInstalled(), forBrowser: true });
  if (!deps.ok) throw problem(`browser end-to-end tests need system packages. ${deps.hint}`);
  try {
    const t0 = Date.now();
    const r = await cs.ensureCodeServer({ onProgress: (m) => log(m) });
    return { installSeconds: r.installed ? (Date.now() - t0) / 1000 : 0 };
  } catch (e) {
    throw problem(`code-server ${cs.CODE_SERVER_VERSION} could not be installed: ${(e as Error).message}`);
  }
}

export interface SessionOptions {
  /** More files for the folder, by name: their text. */
  files?: Record<string, string>;
  /** Workspace trust on: the folder opens in Restricted Mode until trusted. */
  workspaceTrust?: boolean;
}

/** Starts code-server on a temporary copy of `notes`, Chromium, and the workbench page. */
export async function startSession(notes: string[], opts: SessionOptions = {}): Promise<Session> {
  const cs = codeServerModule();
  const timings: Record<string, number> = {};
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-e2e-'));
  const workspace = copyNotes(notes, path.join(tmp, 'notes'));
  for (const [name, text] of Object.entries(opts.files ?? {})) fs.writeFileSync(path.join(workspace, name), text);
  let server: CodeServerHandle | undefined;
  let browser: Browser | undefined;
  try {
    let t = Date.now();
    server = await cs.startCodeServer({ workspace, extensionDevPath: repoRoot(), settings: TEST_SETTINGS, workspaceTrust: opts.workspaceTrust });
    timings.serverReadyMs = Date.now() - t;
    t = Date.now();
    browser = await launchBrowser({ executablePath: cs.chromiumPath() });
    const wb = await Workbench.open(browser, server.folderUrl, ARTIFACTS_DIR());
    timings.workbenchReadyMs = Date.now() - t;
    log(`code-server ready in ${timings.serverReadyMs} ms at ${server.url}; workbench ready ${timings.workbenchReadyMs} ms later`);
    const s = server;
    const b = browser;
    return {
      server: s, browser: b, wb, workspace, timings,
      async close(opts = {}) {
        if (opts.keepLogs) saveLogs(s);
        await b.close().catch(() => undefined);
        await s.stop();
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (e) {
    if (server) saveLogs(server);
    if (browser) await browser.close().catch(() => undefined);
    if (server) await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Copies code-server's and the extension host's logs into test-artifacts/logs. */
export function saveLogs(server: CodeServerHandle): string {
  const cs = codeServerModule();
  const dest = path.join(ARTIFACTS_DIR(), 'logs');
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  const copy = (from: string, name: string) => { try { fs.copyFileSync(from, path.join(dest, name)); } catch { /* gone */ } };
  copy(server.logFile, 'code-server.log');
  const logsRoot = path.join(server.userDataDir, 'logs');
  for (const f of cs.collectLogs(server.userDataDir)) {
    copy(f, path.relative(logsRoot, f).replace(/[\\/]/g, '__'));
  }
  return dest;
}

/** The extension host and language-server logs, joined, for a failure message. */
export function extensionLogTail(server: CodeServerHandle, lines = 40): string {
  const cs = codeServerModule();
  const files = cs.collectLogs(server.userDataDir).filter((f) => /exthost|Clinical|clinical|remoteexthost|remoteagent/i.test(f));
  const out: string[] = [];
  for (const f of files) {
    try {
      const t = fs.readFileSync(f, 'utf8').trim().split('\n').slice(-lines);
      if (t.length && t[0]) out.push(`--- ${path.basename(path.dirname(f))}/${path.basename(f)}\n${t.join('\n')}`);
    } catch { /* gone */ }
  }
  return out.join('\n');
}

/** Prints a line under the running test, indented like mocha's own. */
export function report(msg: string): void {
  process.stdout.write(`      ${msg}\n`);
}

export interface SuiteSession {
  /** Names failure screenshots: `failed-<name>-<test title>`. */
  name: string;
  /** Starts the suite's session once the machine is known to be able to. */
  start(env: { installSeconds: number }): Promise<Session>;
  /** Runs after the session has closed, and also when it never started (`started` false). */
  teardown?(started: boolean): Promise<void> | void;
}

/**
 * Installs a suite's hooks: check the environment (skipping with the reason outside CI), start
 * the session, screenshot and print the extension log after a failed test, save the logs and
 * close the session at the end. Returns the session for the tests to use.
 */
export function useSession(suite: SuiteSession): () => Session {
  let session: Session | undefined;
  before(async function () {
    this.timeout(20 * 60 * 1000); // a first install of code-server builds native modules
    let env: { installSeconds: number };
    try {
      env = await ensureEnvironment();
    } catch (e) {
      if (e instanceof SkipError) {
        report(`skipped: ${e.message}`);
        this.skip();
      }
      throw e;
    }
    fs.mkdirSync(ARTIFACTS_DIR(), { recursive: true });
    session = await suite.start(env);
  });
  afterEach(async function () {
    if (session && this.currentTest?.state === 'failed') {
      await session.wb.screenshot(`failed-${suite.name}-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => undefined);
      const logs = extensionLogTail(session.server);
      if (logs) report(`extension host log tail:\n${logs}`);
    }
  });
  after(async function () {
    this.timeout(30000);
    const failed = (this.test?.parent?.tests || []).some((t) => t.state === 'failed');
    const logsDir = session && failed ? saveLogs(session.server) : '';
    await session?.close();
    await suite.teardown?.(session !== undefined);
    if (logsDir) report(`logs saved in ${logsDir}`);
  });
  return () => {
    if (!session) throw new Error('the e2e session did not start');
    return session;
  };
}
