#!/usr/bin/env node
'use strict';
// Installs and starts code-server (VS Code 1.100.3 served to a browser) for the
// demo and the end-to-end tests, without touching the user's own VS Code or
// code-server settings.
//
//   node scripts/code-server.js check            which Debian packages are missing
//   node scripts/code-server.js install          install into the cache if missing
//   node scripts/code-server.js start [folder]   start with this extension loaded
//
// As a module: ensureCodeServer({ onProgress }), startCodeServer({ workspace,
// extensionDevPath, port }), checkSystemDeps().
//
// code-server 4.100.3 is the newest line that runs on Node 20. It is installed
// into a cache folder outside the repository ($CLINICAL_NOTE_REVIEW_CACHE, else
// $XDG_CACHE_HOME/clinical-note-review, else ~/.cache/clinical-note-review) so
// that later runs reuse it. Its install builds native modules (needs libkrb5-dev
// and a C++ toolchain) and its ripgrep dependency would download a binary from
// GitHub; we hand it Debian's rg through the downloader's cache instead.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const REPO_ROOT = path.resolve(__dirname, '..');

// Packages whose install scripts code-server needs (npm 11 records approvals in
// "allowScripts"; older npm ignores both the field and the setting).
const ALLOWED_SCRIPTS = [
  'code-server', 'argon2', 'kerberos', 'node-pty', 'native-watchdog', '@parcel/watcher',
  '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog', '@vscode/windows-process-tree',
  '@vscode/windows-registry', '@vscode/sqlite3', '@vscode/policy-watcher', 'vscode-extensions',
];

function cacheRoot() {
  if (process.env.CLINICAL_NOTE_REVIEW_CACHE) return path.resolve(process.env.CLINICAL_NOTE_REVIEW_CACHE);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'clinical-note-review');
}

function installDir() {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

function entryPath(dir = installDir()) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (fs.existsSync(p)) return p;
  return '/usr/bin/chromium';
}

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try { fs.accessSync(p, fs.constants.X_OK); return p; } catch { /* next */ }
  }
  return null;
}

/**
 * What the install and the browser tests need from the system.
 * @param {{ forInstall?: boolean, forBrowser?: boolean }} [opts]
 * @returns {{ ok: boolean, missing: {what: string, apt: string}[], hint: string }}
 */
function checkSystemDeps(opts = {}) {
  const forInstall = opts.forInstall !== false;
  const forBrowser = opts.forBrowser !== false;
  const missing = [];
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    missing.push({ what: `a linux x64 machine (this is ${process.platform} ${process.arch})`, apt: '' });
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) missing.push({ what: `Node.js 20 (code-server ${CODE_SERVER_VERSION} requires it; this is ${process.version})`, apt: '' });
  if (forBrowser && !fs.existsSync(chromiumPath())) missing.push({ what: `Chromium at ${chromiumPath()}`, apt: 'chromium' });
  if (forInstall) {
    if (!which('rg')) missing.push({ what: 'ripgrep (rg)', apt: 'ripgrep' });
    const krb = ['/usr/include/gssapi/gssapi.h', '/usr/include/krb5.h', '/usr/include/x86_64-linux-gnu/krb5.h'];
    if (!which('krb5-config') && !krb.some((p) => fs.existsSync(p))) missing.push({ what: 'Kerberos headers (for the kerberos native module)', apt: 'libkrb5-dev' });
    if (!which('python3')) missing.push({ what: 'python3 (node-gyp)', apt: 'python3' });
    if (!which('make')) missing.push({ what: 'make (node-gyp)', apt: 'make' });
    if (!which('g++')) missing.push({ what: 'g++ (node-gyp)', apt: 'g++' });
  }
  const apt = missing.map((m) => m.apt).filter(Boolean);
  const hint = missing.length === 0 ? '' :
    `Missing: ${missing.map((m) => m.what).join('; ')}.` +
    (apt.length ? `\nInstall with: sudo apt-get update && sudo apt-get install -y ${apt.join(' ')}` : '');
  return { ok: missing.length === 0, missing, hint };
}

function isInstalled(dir = installDir()) {
  return fs.existsSync(path.join(dir, '.installed')) && fs.existsSync(entryPath(dir));
}

/** Debian's rg packed where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache() {
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not installed: apt-get install -y ripgrep');
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const archive = path.join(cacheDir, RIPGREP_ASSET);
  if (fs.existsSync(archive) && fs.statSync(archive).size > 0) return archive;
  fs.mkdirSync(cacheDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-rg-'));
  try {
    fs.copyFileSync(fs.realpathSync(rg), path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    const tmpArchive = `${archive}.${process.pid}.tmp`;
    const r = spawnSync('tar', ['-czf', tmpArchive, '-C', stage, 'rg'], { stdio: 'pipe' });
    if (r.status !== 0) throw new Error(`tar failed: ${r.stderr}`);
    fs.renameSync(tmpArchive, archive);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  return archive;
}

/** An environment that keeps code-server away from the user's HOME and config. */
function isolatedEnv(home, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Variables a VS Code terminal sets would make code-server talk to that window.
    if (/^(VSCODE_|ELECTRON_|CODE_SERVER_|npm_)/.test(k)) continue;
    if (k === 'PASSWORD' || k === 'HASHED_PASSWORD' || k === 'PORT' || k === 'GITHUB_TOKEN') continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
  }, extra);
  return env;
}

function defaultProgress(msg) {
  process.stderr.write(`[code-server] ${msg}\n`);
}

/**
 * Installs code-server into the cache folder if it is not there yet.
 * @param {{ onProgress?: (msg: string) => void, force?: boolean }} [opts]
 * @returns {Promise<{ entry: string, dir: string, version: string, installed: boolean, seconds: number }>}
 */
async function ensureCodeServer(opts = {}) {
  const onProgress = opts.onProgress || defaultProgress;
  const dir = installDir();
  const t0 = Date.now();
  if (!opts.force && isInstalled(dir)) {
    return { entry: entryPath(dir), dir, version: CODE_SERVER_VERSION, installed: false, seconds: 0 };
  }
  const deps = checkSystemDeps({ forInstall: true, forBrowser: false });
  if (!deps.ok) throw new Error(`Cannot install code-server ${CODE_SERVER_VERSION}. ${deps.hint}`);

  fs.mkdirSync(cacheRoot(), { recursive: true });
  // One install at a time (two test runs may start together): the others wait for it.
  const release = await acquireLock(`${dir}.lock`, onProgress);
  try {
    if (!opts.force && isInstalled(dir)) {
      return { entry: entryPath(dir), dir, version: CODE_SERVER_VERSION, installed: false, seconds: (Date.now() - t0) / 1000 };
    }
    return await install(dir, t0, onProgress);
  } finally {
    release();
  }
}

function pidAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

async function acquireLock(lockDir, onProgress) {
  const deadline = Date.now() + 20 * 60 * 1000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = NaN;
    try { holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')); } catch { /* being written */ }
    const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if ((Number.isInteger(holder) && !pidAlive(holder)) || (!Number.isInteger(holder) && age > 10000)) {
      fs.rmSync(lockDir, { recursive: true, force: true }); // left by a process that died
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another install (pid ${holder}) holds ${lockDir} for too long`);
    if (!told) { onProgress(`waiting for another install of code-server (pid ${holder}) to finish`); told = true; }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function install(dir, t0, onProgress) {
  // Leftovers of installs that were killed.
  for (const name of fs.readdirSync(path.dirname(dir))) {
    const m = new RegExp(`^${path.basename(dir).replace(/\./g, '\\.')}\\.partial-(\\d+)$`).exec(name);
    if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(path.dirname(dir), name), { recursive: true, force: true });
  }
  const stage = `${dir}.partial-${process.pid}`;
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  const home = path.join(stage, '.home');
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify({
    name: 'clinical-note-review-code-server', private: true,
    description: 'code-server for the Clinical Note Review demo and end-to-end tests (cache, safe to delete)',
    allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map((n) => [n, true])),
  }, null, 2));
  seedRipgrepCache();
  const logFile = path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-install.log`);
  onProgress(`installing code-server ${CODE_SERVER_VERSION} (VS Code 1.100.3) into ${dir}`);
  onProgress(`this downloads ~100 MB from the npm registry and builds native modules: about 1-2 minutes; log: ${logFile}`);

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const env = {
    ...process.env,
    npm_config_yes: 'true', // its postinstall runs `npx node-gyp`, which would prompt
    npm_config_unsafe_perm: 'true', // its postinstall refuses to run as root without it
    // npm 11 runs unreviewed dependency install scripts with a notice unless strict-allow-scripts
    // is set; code-server's native modules need them. The top level is approved through
    // "allowScripts" above (--allow-scripts itself is an error in a project install), and the
    // nested install of VS Code's own dependencies must not be made strict by a user setting.
    npm_config_strict_allow_scripts: 'false',
    npm_config_ignore_scripts: 'false',
    npm_config_foreground_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_progress: 'false',
  };
  // The install builds with node-gyp, which writes to HOME only for headers; keep the user's HOME
  // so npm finds its cache and registry settings.
  const log = fs.openSync(logFile, 'w');
  const child = spawn(npm, ['install', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: stage, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let last = '';
  let phase = 'downloading packages';
  const onData = (buf) => {
    fs.writeSync(log, buf);
    for (const raw of buf.toString().split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) continue;
      if (!/^npm (warn|notice)/.test(line)) last = line;
      let m;
      if ((m = /^> ([^@\s]+(?:@[^\s]+)?) (install|postinstall|preinstall)$/.exec(line))) {
        phase = `running ${m[1]} ${m[2]}`;
        onProgress(phase);
      } else if (line === 'Installing Code dependencies...') {
        phase = 'installing VS Code dependencies';
        onProgress(`${phase} (the longest step)`);
      } else if ((m = /^added (\d+) packages?/.exec(line))) {
        onProgress(line);
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const ticker = setInterval(() => {
    const s = Math.round((Date.now() - t0) / 1000);
    onProgress(`still installing (${s}s, ${phase}): ${last.slice(0, 100)}`);
  }, 15000);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(ticker);
  fs.closeSync(log);
  if (code !== 0 || !fs.existsSync(entryPath(stage))) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
    fs.rmSync(stage, { recursive: true, force: true });
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${code}); log ${logFile}:\n${tail}`);
  }
  // Check that the native parts it needs at run time were built.
  const vsc = path.join(stage, 'node_modules', 'code-server', 'lib', 'vscode');
  const needed = [
    path.join(vsc, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    path.join(vsc, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(vsc, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    path.join(vsc, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
  ];
  const absent = needed.filter((p) => !fs.existsSync(p));
  if (absent.length) {
    fs.rmSync(stage, { recursive: true, force: true });
    throw new Error(`code-server installed but parts are missing (install scripts skipped?): ${absent.join(', ')}; log ${logFile}`);
  }
  const ver = spawnSync(process.execPath, [entryPath(stage), '--version'], { env: isolatedEnv(home), encoding: 'utf8' });
  if (ver.status !== 0 || !ver.stdout.includes(CODE_SERVER_VERSION)) {
    fs.rmSync(stage, { recursive: true, force: true });
    throw new Error(`code-server --version failed: ${ver.stdout}${ver.stderr}`);
  }
  fs.rmSync(home, { recursive: true, force: true });
  fs.writeFileSync(path.join(stage, '.installed'), `${new Date().toISOString()} ${ver.stdout.trim().split('\n').pop()}\n`);
  // Move into place (a broken earlier install there is replaced; the lock keeps others out).
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(stage, dir);
  const seconds = (Date.now() - t0) / 1000;
  onProgress(`code-server ${CODE_SERVER_VERSION} installed in ${seconds.toFixed(0)}s`);
  return { entry: entryPath(dir), dir, version: CODE_SERVER_VERSION, installed: true, seconds };
}

function readManifest(extensionDevPath) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extensionDevPath, 'package.json'), 'utf8'));
  return { pkg, id: `${pkg.publisher}.${pkg.name}`, folder: `${pkg.publisher}.${pkg.name}-${pkg.version}` };
}

/** Workspace trust on: a new folder opens in Restricted Mode, without the start-up dialog. */
const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
};

const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'github.copilot.enable': { '*': false },
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
};

/** Every server this process started, so an abrupt exit still ends them. */
const running = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const s of running) s.killNow();
  });
}

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}

/**
 * Starts code-server with this extension installed (as a symlink) and `workspace` open.
 * With `workspaceTrust`, the folder opens untrusted (Restricted Mode, no start-up prompt) until
 * it is trusted from the workbench.
 * @param {{ workspace: string, extensionDevPath?: string, port?: number, settings?: object,
 *           keepTemp?: boolean, verbose?: boolean, onLog?: (line: string) => void,
 *           readyTimeoutMs?: number, workspaceTrust?: boolean }} opts
 * @returns {Promise<{ url: string, folderUrl: string, port: number, pid: number, root: string,
 *           userDataDir: string, extensionsDir: string, logFile: string, extensionId: string,
 *           stop: () => Promise<void> }>}
 */
async function startCodeServer(opts) {
  const entry = entryPath();
  if (!isInstalled()) throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed; call ensureCodeServer() first`);
  const workspace = path.resolve(opts.workspace);
  const extensionDevPath = path.resolve(opts.extensionDevPath || REPO_ROOT);
  const manifest = readManifest(extensionDevPath);

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-code-server-'));
  const home = path.join(root, 'home');
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const configFile = path.join(root, 'config.yaml');
  const logFile = path.join(root, 'code-server.log');
  for (const d of [home, path.join(userDataDir, 'User'), extensionsDir]) fs.mkdirSync(d, { recursive: true });
  fs.symlinkSync(extensionDevPath, path.join(extensionsDir, manifest.folder), 'dir');
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.workspaceTrust ? TRUST_SETTINGS : {}), ...(opts.settings || {}) }, null, 2));
  const port = opts.port || 0;
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(opts.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    workspace,
  ];
  if (opts.verbose) args.splice(1, 0, '--verbose');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: isolatedEnv(home),
    detached: true, // its own process group: stop() signals the whole group
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFd = fs.openSync(logFile, 'a');
  let stopped = false;
  let exited = false;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = true; resolve({ code, signal }); }));

  const handle = {
    killNow() {
      if (!exited) killGroup(child.pid, 'SIGKILL');
      if (!opts.keepTemp) { try { fs.rmSync(root, { recursive: true, force: true }); } catch { /* ignore */ } }
    },
  };
  running.add(handle);
  installExitHook();

  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (buf) => {
      try { fs.writeSync(logFd, buf); } catch { /* closed */ }
      buffered += buf.toString();
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (opts.onLog) opts.onLog(line);
        const m = /HTTP server listening on (https?:\/\/[^\s]+)/.exec(line);
        if (m) resolve(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitPromise.then(({ code, signal }) => {
      const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
      reject(new Error(`code-server exited before it was ready (code ${code}, signal ${signal}):\n${tail}`));
    });
    const ms = opts.readyTimeoutMs || 60000;
    setTimeout(() => reject(new Error(`code-server was not ready within ${ms / 1000}s; log: ${logFile}`)), ms).unref();
  });

  async function stop() {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const timer = new Promise((r) => setTimeout(r, 5000).unref());
      await Promise.race([exitPromise, timer]);
      // The group may still hold the extension host and language server.
      killGroup(child.pid, 'SIGKILL');
    }
    try { fs.closeSync(logFd); } catch { /* ignore */ }
    running.delete(handle);
    if (!opts.keepTemp) fs.rmSync(root, { recursive: true, force: true });
  }

  let url;
  try {
    url = await ready;
  } catch (e) {
    await stop();
    throw e;
  }
  const actualPort = Number(new URL(url).port);
  return {
    url,
    folderUrl: `${url}/?folder=${encodeURIComponent(workspace).replace(/%2F/g, '/')}`,
    port: actualPort,
    pid: child.pid,
    root,
    userDataDir,
    extensionsDir,
    logFile,
    extensionId: manifest.id,
    workspace,
    stop,
  };
}

/** Extension-host and server logs of a running or stopped instance (for failure reports). */
function collectLogs(userDataDir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.log')) out.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return out;
}

module.exports = {
  CODE_SERVER_VERSION,
  cacheRoot,
  installDir,
  entryPath,
  chromiumPath,
  checkSystemDeps,
  isInstalled,
  ensureCodeServer,
  startCodeServer,
  collectLogs,
  readManifest,
  DEFAULT_SETTINGS,
};

async function cli(argv) {
  const cmd = argv[0] || 'help';
  if (cmd === 'check') {
    const deps = checkSystemDeps();
    console.log(deps.ok ? 'system packages: ok' : deps.hint);
    console.log(`code-server ${CODE_SERVER_VERSION}: ${isInstalled() ? `installed in ${installDir()}` : 'not installed'}`);
    return deps.ok ? 0 : 1;
  }
  if (cmd === 'install') {
    const r = await ensureCodeServer({ force: argv.includes('--force') });
    console.log(r.installed ? `installed in ${r.dir} (${r.seconds.toFixed(0)}s)` : `already installed in ${r.dir}`);
    return 0;
  }
  if (cmd === 'start') {
    await ensureCodeServer();
    const workspace = argv[1] || path.join(REPO_ROOT, 'samples');
    const server = await startCodeServer({ workspace, extensionDevPath: REPO_ROOT });
    console.log(`code-server ready: ${server.folderUrl}`);
    console.log('Ctrl+C stops it.');
    const shutdown = async () => { await server.stop(); process.exit(0); };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    await new Promise(() => {});
  }
  console.log('usage: node scripts/code-server.js check | install [--force] | start [folder]');
  return cmd === 'help' || cmd === '--help' ? 0 : 2;
}

if (require.main === module) {
  cli(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    console.error(e && e.message ? e.message : e);
    process.exitCode = 1;
  });
}
