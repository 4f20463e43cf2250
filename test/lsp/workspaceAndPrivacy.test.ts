import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sample, sleep } from './helpers';
import { fileUri, LspClient } from './lspClient';

describe('LSP: analyze every note in the workspace', function () {
  this.timeout(20000);
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-ws-'));
    for (const name of ['spine-consult-premature-fusion.note', 'ed-cauda-equina.note', 'mri-lumbar-grade1-l5s1.rad']) {
      fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
      fs.copyFileSync(sample(name).doc.uri.replace('file://', ''), path.join(dir, 'notes', name));
    }
    fs.writeFileSync(path.join(dir, 'notes', 'dictation.txt'), sample('ed-cauda-equina.note').text);
    fs.writeFileSync(path.join(dir, 'notes', 'readme.md'), '# not a note');
    fs.writeFileSync(path.join(dir, 'notes', 'binary.rad'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    fs.mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'x', 'ignored.note'), 'Current smoker.');
    client = await LspClient.start({ workspaceFolder: dir, settings: { files: ['notes/*.txt'] } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for closed notes (and opted-in .txt), skipping binaries and node_modules', async () => {
    const since = client.published.length;
    const result = await client.request<{ files: number; diagnostics: number; skipped: number }>('workspace/executeCommand', {
      command: 'clinicalReview.server.analyzeWorkspace',
      arguments: [],
    });
    assert.strictEqual(result.files, 4, JSON.stringify(result));
    assert.strictEqual(result.skipped, 1);
    const uris = new Set(client.published.slice(since).map((p) => p.uri));
    assert.ok(uris.has(fileUri(path.join(dir, 'notes', 'dictation.txt'))));
    assert.ok(uris.has(fileUri(path.join(dir, 'notes', 'ed-cauda-equina.note'))));
    assert.ok(![...uris].some((u) => u.includes('node_modules') || u.endsWith('.md')));
    const ed = client.published.slice(since).find((p) => p.uri.endsWith('ed-cauda-equina.note'))!;
    assert.ok(ed.diagnostics.some((d) => d.code === 'red-flag-cauda-equina' && d.severity === 1));
    assert.strictEqual(ed.version, undefined, 'closed files carry no version');
    assert.ok(result.diagnostics >= ed.diagnostics.length);
  });

  it('skips a FIFO note and a link to /dev/zero instead of hanging, and reports a FIFO settings file', async function () {
    if (process.platform === 'win32') this.skip();
    const odd = path.join(dir, 'odd');
    fs.mkdirSync(odd);
    execFileSync('mkfifo', [path.join(odd, 'pipe.note')]);
    fs.symlinkSync('/dev/zero', path.join(odd, 'zero.rad'));
    execFileSync('mkfifo', [path.join(odd, '.clinical-review.json')]);
    fs.writeFileSync(path.join(odd, 'real.note'), sample('ed-cauda-equina.note').text);
    try {
      const since = client.published.length;
      const result = await client.request<{ files: number; skipped: number }>('workspace/executeCommand', { command: 'clinicalReview.server.analyzeWorkspace', arguments: [] });
      assert.deepStrictEqual([result.files, result.skipped], [5, 3], JSON.stringify(result));
      // With tracing off the log gives reasons and counts, never the names (file names are PHI).
      assert.ok(client.logs.some((l) => /skipped \(.*1 is a named pipe \(FIFO\).*1 is a device/.test(l)), client.logs.join('\n'));
      assert.ok(client.logs.some((l) => /Skipped a file \(name hidden.*: is a named pipe/.test(l)));
      assert.ok(!client.logs.some((l) => /pipe\.note|zero\.rad|real\.note|cnr-ws-/.test(l)), 'no file name in the log with tracing off');
      const config = client.published.slice(since).find((p) => p.uri === fileUri(path.join(odd, '.clinical-review.json')));
      assert.match(String(config?.diagnostics[0]?.message), /cannot read \(is a named pipe/);
      const real = client.published.slice(since).find((p) => p.uri === fileUri(path.join(odd, 'real.note')));
      assert.ok(real?.diagnostics.some((d) => d.code === 'red-flag-cauda-equina'), 'the note beside them is reviewed with the defaults');
    } finally {
      fs.rmSync(odd, { recursive: true, force: true });
    }
  });

  it('a settings file linked to /dev/zero, and /dev/zero in the explicit list: refused at once, the server still answers', async function () {
    if (process.platform === 'win32') this.skip();
    const zero = path.join(dir, 'zero-config');
    fs.mkdirSync(zero);
    fs.symlinkSync('/dev/zero', path.join(zero, '.clinical-review.json'));
    const note = path.join(zero, 'a.note');
    fs.writeFileSync(note, sample('ed-cauda-equina.note').text);
    try {
      const since = client.published.length;
      const started = Date.now();
      const result = await client.request<{ files: number; skipped: number }>('workspace/executeCommand', {
        command: 'clinicalReview.server.analyzeWorkspace',
        arguments: [[fileUri('/dev/zero'), fileUri(note)]],
      });
      assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
      assert.deepStrictEqual([result.files, result.skipped], [1, 1], JSON.stringify(result));
      assert.ok(client.logs.some((l) => /Skipped a file \(name hidden.*: is a device/.test(l)), client.logs.join('\n'));
      const config = client.published.slice(since).find((p) => p.uri === fileUri(path.join(zero, '.clinical-review.json')));
      assert.match(String(config?.diagnostics[0]?.message), /cannot read \(is a device/);
      const reviewed = client.published.slice(since).find((p) => p.uri === fileUri(note));
      assert.ok(reviewed?.diagnostics.some((d) => d.code === 'red-flag-cauda-equina'), 'the note is reviewed with the defaults');
      // Still answering: a request after the walk gets its reply.
      const again = await client.request<{ files: number }>('workspace/executeCommand', { command: 'clinicalReview.server.analyzeWorkspace', arguments: [[fileUri(note)]] });
      assert.strictEqual(again.files, 1);
    } finally {
      fs.rmSync(zero, { recursive: true, force: true });
    }
  });

  it('takes an explicit list of files (as the VS Code client sends)', async () => {
    const uri = fileUri(path.join(dir, 'notes', 'mri-lumbar-grade1-l5s1.rad'));
    const result = await client.request<{ files: number }>('workspace/executeCommand', { command: 'clinicalReview.server.analyzeWorkspace', arguments: [[uri]] });
    assert.strictEqual(result.files, 1);
  });

  it('a note analysed from the workspace stays in Problems after it is opened and closed', async () => {
    const file = path.join(dir, 'notes', 'spine-consult-premature-fusion.note');
    const uri = fileUri(file);
    await client.open(uri, fs.readFileSync(file, 'utf8'));
    await client.diagnosticsFor(uri, 1);
    const since = client.published.length;
    await client.close(uri);
    const after = await client.diagnosticsFor(uri, undefined, since);
    assert.ok(after.diagnostics.length > 0, 'diagnostics from the saved file');
  });
});

describe('LSP privacy: no note text in logs unless trace is verbose', function () {
  this.timeout(20000);
  const MARKER = 'Zebraquill';
  const note = `HISTORY: ${MARKER} reports low back pain. Current smoker. Physical therapy x 6 wks.\nIMAGING: grade 1 anterolisthesis of L5 on S1 (${MARKER}).\nPLAN: L5-S1 fusion planned for ${MARKER}.\n`;

  async function logsWith(trace: 'off' | 'messages' | 'verbose'): Promise<string> {
    const client = await LspClient.start({ trace });
    const uri = 'untitled:privacy-check';
    await client.open(uri, note);
    await client.diagnosticsFor(uri, 1);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } });
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    await sleep(100);
    await client.stop();
    return client.logs.join('\n');
  }

  it('trace off and messages: logs never contain the note', async () => {
    for (const trace of ['off', 'messages'] as const) {
      const logs = await logsWith(trace);
      assert.ok(logs.length > 0, 'something was logged');
      assert.ok(!logs.includes(MARKER), `note text leaked with trace ${trace}:\n${logs}`);
      assert.ok(!/smoker|anterolisthesis/i.test(logs), `note text leaked with trace ${trace}`);
      if (trace === 'off') assert.ok(!logs.includes('privacy-check'), `the note's name is logged with tracing off:\n${logs}`);
    }
  });

  it('trace verbose: the analysis trace includes the findings', async () => {
    const logs = await logsWith('verbose');
    assert.match(logs, /Analysed untitled:privacy-check v1/);
    assert.match(logs, /anterolisthesis/);
  });
});
