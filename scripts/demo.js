#!/usr/bin/env node
'use strict';
// npm run demo [-- options]
//
// Opens VS Code with Clinical Note Review loaded on the demo notes: code-server (VS Code
// 1.100.3 in the browser, installed into ~/.cache on first use) on 127.0.0.1, or with
// --desktop a desktop `code` on the PATH (as an extension development host).
//
//   --desktop        use the desktop `code` instead of code-server
//   --port N         code-server port (default: a free one)
//   --folder DIR     the folder to open (default: samples/, else test/fixtures/notes)
//   --in-place       open the folder itself, not a temporary copy (edits then stay)
//   -h, --help

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const cs = require('./code-server');

const ROOT = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const opts = { desktop: false, port: 0, folder: '', inPlace: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--desktop') opts.desktop = true;
    else if (a === '--in-place') opts.inPlace = true;
    else if (a === '--port') opts.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) opts.port = Number(a.slice(7));
    else if (a === '--folder') opts.folder = argv[++i];
    else if (a.startsWith('--folder=')) opts.folder = a.slice(9);
    else if (a === '-h' || a === '--help') opts.help = true;
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port needs a number from 1 to 65535');
  return opts;
}

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try { fs.accessSync(p, fs.constants.X_OK); if (fs.statSync(p).isFile()) return p; } catch { /* next */ }
  }
  return null;
}

function say(msg) {
  process.stdout.write(`${msg}\n`);
}

function defaultFolder() {
  const samples = path.join(ROOT, 'samples');
  if (fs.existsSync(samples) && fs.statSync(samples).isDirectory()) return samples;
  return path.join(ROOT, 'test', 'fixtures', 'notes');
}

function ensureBuilt() {
  const need = ['dist/client.js', 'dist/server.js'].filter((f) => !fs.existsSync(path.join(ROOT, f)));
  if (need.length === 0) return;
  say(`${need.join(' and ')} missing: running npm run build`);
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

function copyFolder(src) {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-note-review-demo-'));
  const target = path.join(dest, path.basename(src) === 'notes' ? 'notes' : path.basename(src));
  fs.cpSync(src, target, { recursive: true });
  return { dest, target };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    say(fs.readFileSync(__filename, 'utf8').split('\n').slice(2, 14).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
    return 0;
  }
  ensureBuilt();
  const source = path.resolve(opts.folder || defaultFolder());
  if (!fs.existsSync(source)) throw new Error(`no such folder: ${source}`);

  const code = which('code');
  if (opts.desktop) {
    if (!code) throw new Error('--desktop: no `code` on the PATH');
    say(`Opening ${source} in desktop VS Code with the extension from ${ROOT}`);
    const r = spawnSync(code, ['--new-window', `--extensionDevelopmentPath=${ROOT}`, source], { stdio: 'inherit' });
    return r.status || 0;
  }
  if (code) say(`A desktop VS Code is on your PATH (${code}): "npm run demo -- --desktop" opens it instead.`);

  const deps = cs.checkSystemDeps({ forInstall: !cs.isInstalled(), forBrowser: false });
  if (!deps.ok) throw new Error(deps.hint);
  if (!cs.isInstalled()) say(`First run: installing code-server ${cs.CODE_SERVER_VERSION} into ${cs.installDir()} (about 1-2 minutes, once).`);
  await cs.ensureCodeServer({ onProgress: (m) => say(`  ${m}`) });

  let copy = null;
  let workspace = source;
  if (!opts.inPlace) {
    copy = copyFolder(source);
    workspace = copy.target;
  }
  say('Starting code-server...');
  const server = await cs.startCodeServer({ workspace, extensionDevPath: ROOT, port: opts.port || 0 });

  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    say(`\n${why}: stopping code-server...`);
    await server.stop();
    if (copy) fs.rmSync(copy.dest, { recursive: true, force: true });
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => { stop('Ctrl+C'); });
  process.on('SIGTERM', () => { stop('SIGTERM'); });
  process.on('SIGHUP', () => { stop('SIGHUP'); });

  say('');
  say('Clinical Note Review demo is running:');
  say(`  ${server.folderUrl}`);
  say('');
  say(`  folder: ${workspace}${copy ? ` (a copy of ${path.relative(ROOT, source) || source}; --in-place opens the original)` : ''}`);
  say(`  logs:   ${server.logFile}`);
  say('  Open a .note or .rad file; Problems (Ctrl+Shift+M) lists the review; hover a finding;');
  say('  Ctrl+. on a diagnostic for a physician query; the status bar opens the Note Summary.');
  say('  Listening on 127.0.0.1 only. Ctrl+C stops it.');
  // Stay up until a signal; the child is watched so a crash ends the demo too.
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      try { process.kill(server.pid, 0); } catch { clearInterval(timer); resolve(); }
    }, 1000);
  });
  if (!stopping) {
    say(`code-server exited; see ${server.logFile}`);
    await server.stop();
    if (copy) fs.rmSync(copy.dest, { recursive: true, force: true });
    return 1;
  }
  return 0;
}

main().then((code) => { if (code) process.exitCode = code; }, (e) => {
  process.stderr.write(`demo: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 1;
});
