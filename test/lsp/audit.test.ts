import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as JsonRpcNode from 'vscode-jsonrpc/lib/node/main';
import type * as ProtocolNode from 'vscode-languageserver-protocol/lib/node/main';
import type { AuditWorkspaceResult, ExportAuditResult, AuditFormatInfo } from '../../server/src/lsp/auditProtocol';
import { auditMessage, noteDescription, rulesInResult, statusGroups, withReviewed } from '../../client/src/reviewTree';
import { sample, SAMPLES, sleep } from './helpers';
import { fileUri, LspClient, REPO } from './lspClient';

const uriToFile = (uri: string) => decodeURIComponent(new URL(uri).pathname);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CancellationTokenSource, WorkDoneProgress } = require('vscode-languageserver-protocol/node') as typeof ProtocolNode & typeof JsonRpcNode;

/** The samples and where each stands (read off the notes by a clinician, not off the engine). */
const KNOWN: Record<string, string> = {
  'ed-cauda-equina.note': 'redFlag', // saddle anaesthesia, retention
  'xr-flexion-extension.rad': 'redFlag', // slip progression on flexion-extension films
  'spine-consult-premature-fusion.note': 'prematureFusionPlan', // TLIF scheduled after 6 weeks of PT
  'op-planning-decompression-alone.note': 'needsQuery', // no outcome measure: a query
  'pain-clinic-followup.note': 'needsQuery',
  'pt-progress-note.note': 'needsQuery', // therapy without dates
  'mri-lumbar-grade1-l5s1.rad': 'consistent',
  'spine-consult-criteria-met.note': 'consistent',
};

type ProgressValue = { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean };

/** The `$/progress` values the server sends on a work-done token, as they arrive. */
function progressOn(client: LspClient, token: string): ProgressValue[] {
  const seen: ProgressValue[] = [];
  client.conn.onProgress(WorkDoneProgress.type, token, (v: unknown) => seen.push(v as ProgressValue));
  return seen;
}

async function until(what: string, check: () => boolean, timeoutMs = 30000): Promise<void> {
  for (const end = Date.now() + timeoutMs; !check(); await sleep(5)) if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
}

describe('LSP: audit the workspace (clinicalReview/auditWorkspace)', function () {
  this.timeout(60000);
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-'));
    fs.mkdirSync(path.join(dir, 'notes'));
    for (const name of Object.keys(KNOWN)) fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, 'notes', name));
    fs.writeFileSync(path.join(dir, 'notes', 'scan.rad'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    client = await LspClient.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers each note with its status, rules and counts, fills Problems, and reports progress on the token', async () => {
    const since = client.published.length;
    const progress = progressOn(client, 'audit-1');
    const result = await client.request<AuditWorkspaceResult>('clinicalReview/auditWorkspace', { workDoneToken: 'audit-1' });
    assert.strictEqual(result.cancelled, false);
    const statusOf = Object.fromEntries(result.notes.map((n) => [n.path.replace(/^notes\//, ''), n.status]));
    assert.deepStrictEqual(statusOf, KNOWN);
    assert.deepStrictEqual(
      result.statuses.map((s) => [s.id, s.label, s.count]),
      [['redFlag', 'Red flag', 2], ['prematureFusionPlan', 'Premature fusion plan', 1], ['needsQuery', 'Needs a query', 3], ['consistent', 'Consistent', 2]],
    );
    assert.deepStrictEqual(result.unread.map((u) => [u.path, u.reason]), [['notes/scan.rad', 'looks binary (contains NUL bytes); not a text note']]);
    assert.strictEqual(result.files, 8);
    assert.strictEqual(result.skipped, 1);

    // Rows agree with what Problems shows for the note.
    const fusion = result.notes.find((n) => n.path === 'notes/spine-consult-premature-fusion.note')!;
    assert.strictEqual(fusion.uri, fileUri(path.join(dir, 'notes', 'spine-consult-premature-fusion.note')));
    const published = client.published.slice(since).filter((p) => p.uri === fusion.uri).pop()!;
    const codes = [...new Set(published.diagnostics.map((d) => String(d.code)))].sort();
    assert.deepStrictEqual(fusion.rules, codes);
    assert.ok(fusion.rules.includes('conservative-first'));
    assert.strictEqual(fusion.counts.warnings, published.diagnostics.filter((d) => d.severity === 2).length);
    assert.strictEqual(fusion.counts.errors + fusion.counts.warnings + fusion.counts.information + fusion.counts.hints, published.diagnostics.length);
    assert.strictEqual(new Set(client.published.slice(since).map((p) => p.uri)).size, 8, 'every readable note is in Problems');

    assert.strictEqual(progress[0]?.kind, 'begin');
    assert.strictEqual(progress[0].cancellable, true);
    assert.match(String(progress[0].message), /Auditing 9 notes/);
    assert.ok(progress.some((p) => p.kind === 'report'), JSON.stringify(progress));
    assert.strictEqual(progress[progress.length - 1].kind, 'end');
  });

  it('the Review view groups the answer by status with counts, and filters by rule', async () => {
    const result = await client.request<AuditWorkspaceResult>('clinicalReview/auditWorkspace', {});
    const groups = statusGroups(result);
    assert.deepStrictEqual(groups.map((g) => g.label), ['Red flag (2)', 'Premature fusion plan (1)', 'Needs a query (3)', 'Consistent (2)', 'Not read (1)']);
    assert.strictEqual(auditMessage(result), '8 notes audited, 1 not read, 0 of 8 reviewed by you.');
    const smoking = rulesInResult(result).find((r) => r.rule === 'smoking');
    assert.ok(smoking, JSON.stringify(rulesInResult(result)));
    const filtered = statusGroups(result, 'smoking');
    const shown = filtered.flatMap((g) => ('notes' in g ? g.notes : []));
    assert.strictEqual(shown.length, smoking.notes);
    assert.ok(shown.every((n) => n.rules.includes('smoking')));
    assert.ok(shown.some((n) => n.path.endsWith('spine-consult-premature-fusion.note')));
    assert.strictEqual(filtered.length, 4, 'every status is shown, unread notes are not (no rule fired on them)');
    assert.match(auditMessage(result, 'smoking'), new RegExp(`^${smoking.notes} notes? with smoking of 8 audited, 1 not read, 0 of 8 reviewed by you\\.$`));
  });

  it('an open note is audited as the editor holds it', async () => {
    const uri = fileUri(path.join(dir, 'notes', 'mri-lumbar-grade1-l5s1.rad'));
    await client.open(uri, `${sample('ed-cauda-equina.note').text}`);
    try {
      const result = await client.request<AuditWorkspaceResult>('clinicalReview/auditWorkspace', {});
      assert.strictEqual(result.notes.find((n) => n.uri === uri)?.status, 'redFlag');
    } finally {
      await client.close(uri);
    }
  });

  it('shows which notes this reviewer marked reviewed (their annotations), and the view updates a row in place', async () => {
    const uri = fileUri(path.join(dir, 'notes', 'spine-consult-criteria-met.note'));
    await client.open(uri, fs.readFileSync(uriToFile(uri), 'utf8'));
    try {
      const marked = await client.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: 'clinicalReview.server.setReviewed', arguments: [{ uri, reviewed: true }] });
      assert.ok(marked.ok, marked.message);
    } finally {
      await client.close(uri);
    }
    const result = await client.request<AuditWorkspaceResult>('clinicalReview/auditWorkspace', {});
    const reviewed = result.notes.filter((n) => n.reviewed);
    assert.deepStrictEqual(reviewed.map((n) => n.path), ['notes/spine-consult-criteria-met.note']);
    assert.ok(!Number.isNaN(Date.parse(reviewed[0].reviewed!)));
    assert.strictEqual(auditMessage(result), '8 notes audited, 1 not read, 1 of 8 reviewed by you.');
    assert.match(noteDescription(reviewed[0]), /^reviewed by you( \u00b7 |$)/);
    // Marked not reviewed (the status bar): the row changes, nothing else does.
    const after = withReviewed(result, uri, undefined);
    assert.strictEqual(after.notes.filter((n) => n.reviewed).length, 0);
    assert.deepStrictEqual(after.notes.map((n) => n.uri), result.notes.map((n) => n.uri));
    assert.strictEqual(withReviewed(result, 'file:///elsewhere.note', undefined), result);
    // Unmark on disk for the tests after this one.
    await client.open(uri, fs.readFileSync(uriToFile(uri), 'utf8'));
    try {
      await client.request('workspace/executeCommand', { command: 'clinicalReview.server.setReviewed', arguments: [{ uri, reviewed: false }] });
    } finally {
      await client.close(uri);
    }
  });

  it('keeps file names out of the log with tracing off', () => {
    assert.ok(client.logs.some((l) => /^Audit: red flag \d+, premature fusion plan \d+, needs a query \d+, consistent \d+; \d+ reviewed; 1 not read\.$/.test(l)), client.logs.join('\n'));
    assert.ok(!client.logs.some((l) => /cauda|flexion|premature-fusion|scan\.rad|cnr-audit-/.test(l)), client.logs.join('\n'));
  });

  it('stops when cancelled, answering the notes reviewed so far', async () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    const text = sample('spine-consult-premature-fusion.note').text;
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(many, `n${String(i).padStart(3, '0')}.note`), text);
    try {
      const source = new CancellationTokenSource();
      const progress = progressOn(client, 'audit-cancel');
      const pending = client.conn.sendRequest<AuditWorkspaceResult>('clinicalReview/auditWorkspace', { workDoneToken: 'audit-cancel' }, source.token);
      await until('a progress report', () => progress.some((p) => p.kind === 'report'));
      source.cancel();
      const result = await pending;
      assert.strictEqual(result.cancelled, true);
      assert.ok(result.files > 0 && result.files < 400, `${result.files} notes reviewed before stopping`);
      assert.strictEqual(result.notes.length, result.files);
      assert.strictEqual(progress[progress.length - 1].kind, 'end', 'the progress is closed');
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  });
});

describe('LSP: export the audit report (clinicalReview/exportAuditReport)', function () {
  this.timeout(60000);
  let client: LspClient;
  let dir: string;
  let out: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-export-'));
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-export-out-'));
    for (const name of Object.keys(KNOWN)) fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'scan.rad'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    client = await LspClient.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  /** The command-line audit's report on the same folder. */
  function cliReport(format: string): string {
    const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'clinical-review.js'), 'audit', '--format', format, '--jobs', '1', '--quiet', dir], { encoding: 'utf8' });
    assert.ok(r.stdout.length > 0, r.stderr);
    return r.stdout;
  }

  it('offers the audit formats meant for people and viewers', async () => {
    const formats = await client.request<AuditFormatInfo[]>('clinicalReview/auditFormats', {});
    const ids = formats.map((f) => f.id);
    assert.ok(ids.includes('csv') && ids.includes('sarif') && ids.includes('html'), JSON.stringify(formats));
    assert.ok(!ids.includes('ndjson'), 'the pipeline format is for the command line');
    assert.strictEqual(formats.find((f) => f.id === 'sarif')?.extension, 'sarif');
  });

  /** The HTML report says when it was made (to the minute); everything else must be equal. */
  const undated = (report: string) => report.replace(/Generated [^<]*? by clinical-review/, 'Generated … by clinical-review');

  for (const format of ['csv', 'sarif', 'html']) {
    it(`writes the ${format.toUpperCase()} report the command-line audit writes for the same notes`, async () => {
      const target = path.join(out, `audit.${format}`);
      const progress = progressOn(client, `export-${format}`);
      const result = await client.request<ExportAuditResult>('clinicalReview/exportAuditReport', { format, target: fileUri(target), workDoneToken: `export-${format}` });
      assert.strictEqual(result.written, true, JSON.stringify(result.error));
      assert.strictEqual(result.notes.length, 8);
      assert.strictEqual(undated(fs.readFileSync(target, 'utf8')), undated(cliReport(format)));
      assert.ok(progress.some((p) => p.kind === 'end'));
    });
  }

  it('refuses an unknown format and an unwritable target with a clear error', async () => {
    await assert.rejects(client.request('clinicalReview/exportAuditReport', { format: 'xlsx', target: fileUri(path.join(out, 'a.xlsx')) }), /unknown report format "xlsx"/);
    await assert.rejects(client.request('clinicalReview/exportAuditReport', { format: 'csv', target: fileUri(path.join(out, 'missing', 'a.csv')) }), /cannot write the report \(ENOENT\)/);
  });

  it('a cancelled export leaves no file behind', async () => {
    const target = path.join(out, 'cancelled.csv');
    const source = new CancellationTokenSource();
    source.cancel();
    const result = await client.conn.sendRequest<ExportAuditResult>('clinicalReview/exportAuditReport', { format: 'csv', target: fileUri(target) }, source.token).catch((e: Error) => e);
    if (!(result instanceof Error)) {
      assert.strictEqual(result.written, false);
      assert.strictEqual(result.cancelled, true);
    }
    assert.ok(!fs.existsSync(target));
  });
});
