import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol/lib/node/main';
import type { AnnotateArgs, AnnotateResult, AnnotationsResult } from '../../server/src/lsp/annotationProtocol';
import { decodeTokens, positionOf, Rng } from './helpers';
import { fileUri, LspClient } from './lspClient';

interface Action {
  title: string;
  kind?: string;
  edit?: { changes: Record<string, Array<{ range: Rng; newText: string }>> };
  command?: { command: string; arguments?: unknown[] };
}

/**
 * Auditor annotations through the language server, as the client sends them: the code actions
 * on a finding and a diagnostic, their commands executed, the sidecar on disk (never the note, no
 * note text), hovers, token modifiers, rejected diagnostics, undo, "reviewed", query tracking,
 * re-anchoring after edits, two reviewers, a corrupt sidecar and Restricted Mode.
 */
describe('LSP: annotations', function () {
  this.timeout(30000);
  let dir: string;
  let noteFile: string;
  let uri: string;
  const note = [
    'HPI: Low back pain and left leg pain for 6 weeks. Current smoker, 1 ppd.',
    'IMAGING: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm.',
    'EXAM: Mild tenderness over the lumbar paraspinals.',
    'PLAN: L5-S1 TLIF scheduled for next month.',
    '',
  ].join('\n');
  const sidecarFile = () => path.join(dir, '.clinical-review', 'annotations', 'clinic', 'consult.note.json');
  const sidecar = () => JSON.parse(fs.readFileSync(sidecarFile(), 'utf8'));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-annot-'));
    fs.mkdirSync(path.join(dir, 'clinic'));
    noteFile = path.join(dir, 'clinic', 'consult.note');
    fs.writeFileSync(noteFile, note);
    uri = fileUri(noteFile);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function start(reviewer: string, extra: Record<string, unknown> = {}, trusted = true): Promise<LspClient> {
    return LspClient.start({ workspaceFolder: dir, settings: { reviewer, ...extra }, initializationOptions: { workspaceTrusted: trusted } });
  }
  async function openNote(client: LspClient, text = note): Promise<Diagnostic[]> {
    const since = client.published.length;
    await client.open(uri, text);
    return (await client.diagnosticsFor(uri, 1, since)).diagnostics;
  }
  const doc = (text = note) => TextDocument.create(uri, 'clinical-note', 1, text);
  const actionsAt = (client: LspClient, range: Rng, diagnostics: Diagnostic[] = []) =>
    client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  const run = (client: LspClient, command: string, arg: unknown) => client.request<AnnotateResult>('workspace/executeCommand', { command, arguments: [arg] });
  const annotate = (client: LspClient, args: Partial<AnnotateArgs>) => run(client, 'clinicalReview.server.annotate', { uri, ...args });
  const view = (client: LspClient) => client.request<AnnotationsResult>('clinicalReview/annotations', { uri });
  /** The arguments of a code action's command, as the client command receives them. */
  const argsOf = (a: Action | undefined) => {
    assert.ok(a?.command, 'the action has a command');
    return a.command.arguments![0] as AnnotateArgs;
  };
  const hoverText = async (client: LspClient, needle: string, text = note) => {
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(doc(text), needle, 2) });
    return h?.contents.value ?? '';
  };

  it('agree, reject with a reason, comment and annotate a missed finding; undo; the note untouched and no note text in the sidecar', async () => {
    const client = await start('alice');
    try {
      const diagnostics = await openNote(client);
      const slip = positionOf(doc(), 'anterolisthesis');
      const actions = await actionsAt(client, { start: slip, end: slip });
      const agree = actions.find((a) => a.title === 'Agree: Spondylolisthesis');
      assert.ok(agree, `offered: ${actions.map((a) => a.title)}`);
      assert.strictEqual(agree.command!.command, 'clinicalReview.agree');
      assert.ok(actions.some((a) => a.title === 'Reject — false positive: Spondylolisthesis…' && a.command!.command === 'clinicalReview.reject'));
      assert.ok(actions.some((a) => a.title === 'Comment…'));

      const agreed = await annotate(client, { ...argsOf(agree), verdict: 'agree' });
      assert.ok(agreed.ok, agreed.message);
      assert.match(await hoverText(client, 'anterolisthesis'), /Agreed: Spondylolisthesis\*\* · assertion present, [^·]*grade 1[^·]* · by alice · \d{4}-\d\d-\d\d \d\d:\d\d UTC/, 'agreeing takes the finding\'s attributes');
      const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
      const slipToken = decodeTokens(tokens.data, legend, doc()).find((t) => t.text === 'anterolisthesis' || t.text.includes('anterolisthesis'));
      assert.ok(slipToken?.modifiers.includes('reviewed'), `token: ${JSON.stringify(slipToken)}`);

      // Reject the smoking diagnostic as not relevant: it leaves Problems for alice.
      const smoking = diagnostics.find((d) => d.code === 'smoking');
      assert.ok(smoking, `diagnostics: ${diagnostics.map((d) => d.code)}`);
      const onSmoking = await actionsAt(client, smoking.range, [smoking]);
      const reject = onSmoking.find((a) => a.title === 'Reject — false positive: rule smoking…');
      assert.ok(reject, `offered: ${onSmoking.map((a) => a.title)}`);
      const since = client.published.length;
      const rejected = await annotate(client, { ...argsOf(reject), verdict: 'reject', reason: 'notClinicallyRelevant', comment: 'quit <b>last</b> year' });
      assert.ok(rejected.ok, rejected.message);
      const after = await client.waitFor(() => client.published.slice(since).find((p) => p.uri === uri), 'republished diagnostics');
      assert.ok(!after.diagnostics.some((d) => d.code === 'smoking'), 'the rejected diagnostic is hidden for its reviewer');
      assert.ok(after.diagnostics.length === diagnostics.length - 1, 'the others stay');
      const hover = await hoverText(client, 'Current smoker');
      assert.match(hover, /Rejected as a false positive: rule smoking \(not clinically relevant\)/);
      assert.ok(hover.includes('quit \\<b\\>last\\</b\\> year'), `the comment is escaped: ${hover}`);

      // A missed finding: the selection annotated with a kind, an assertion and attributes.
      const missed = positionOf(doc(), 'tenderness over');
      const range = { start: missed, end: { line: missed.line, character: missed.character + 'tenderness'.length } };
      const added = await annotate(client, { verdict: 'add', range, kind: 'functionalImpairment', assertion: 'present', attributes: { note: 'exam finding' } });
      assert.ok(added.ok, added.message);
      const comment = await annotate(client, { verdict: 'comment', position: slip, comment: 'check the prior MRI' });
      assert.ok(comment.ok, comment.message);
      assert.strictEqual((await view(client)).annotations.length, 4);
      const undone = await run(client, 'clinicalReview.server.undoAnnotation', undefined);
      assert.match(undone.message, /Undone: Commented/);
      const v = await view(client);
      assert.deepStrictEqual(v.annotations.map((a) => a.verdict).sort(), ['add', 'agree', 'reject']);
      assert.ok(v.annotations.every((a) => a.reviewer === 'alice' && a.mine && !a.orphaned));

      const reviewed = await run(client, 'clinicalReview.server.setReviewed', { uri });
      assert.ok(reviewed.ok);
      assert.ok((await view(client)).reviewed.alice);

      // On disk: the sidecar beside the workspace, the note unchanged, no note text copied out.
      assert.strictEqual(fs.readFileSync(noteFile, 'utf8'), note);
      const raw = fs.readFileSync(sidecarFile(), 'utf8');
      for (const words of ['anterolisthesis', 'smoker', 'tenderness', 'paraspinal', 'TLIF', 'Low back']) assert.ok(!raw.includes(words), `"${words}" copied into the sidecar`);
      const s = sidecar();
      assert.strictEqual(s.note, 'clinic/consult.note');
      assert.ok(s.annotations.every((a: { time: string }) => !Number.isNaN(Date.parse(a.time))));
      assert.ok(s.removed && Object.keys(s.removed).length === 1, 'the undone comment leaves a tombstone');
    } finally {
      await client.stop();
    }
  });

  it('showRejected keeps a rejected diagnostic, dimmed and labelled', async () => {
    const client = await start('alice', { annotations: { showRejected: true } });
    try {
      const diagnostics = await openNote(client);
      const smoking = diagnostics.find((d) => d.code === 'smoking')!;
      const reject = (await actionsAt(client, smoking.range, [smoking])).find((a) => a.title.startsWith('Reject — false positive: rule smoking'));
      const since = client.published.length;
      assert.ok((await annotate(client, { ...argsOf(reject), verdict: 'reject' })).ok);
      const after = await client.waitFor(() => client.published.slice(since).find((p) => p.uri === uri), 'republished diagnostics');
      const d = after.diagnostics.find((x) => x.code === 'smoking');
      assert.ok(d && String(d.message).startsWith('[rejected by you]') && d.tags?.includes(1), JSON.stringify(d));
    } finally {
      await client.stop();
    }
  });

  it('re-anchors after edits above, inside and below; orphans are listed, never dropped; saved anchors move on disk', async () => {
    const client = await start('alice');
    try {
      await openNote(client);
      const slip = positionOf(doc(), 'anterolisthesis');
      const agree = (await actionsAt(client, { start: slip, end: slip })).find((a) => a.title === 'Agree: Spondylolisthesis');
      assert.ok((await annotate(client, { ...argsOf(agree), verdict: 'agree' })).ok);
      const rangeText = (text: string, r: Rng) => doc(text).getText(r);

      const below = `${note}ADDENDUM: no change.\n`;
      let version = await client.change(uri, below);
      await client.diagnosticsFor(uri, version);
      assert.strictEqual(rangeText(below, (await view(client)).annotations[0].range), 'Grade 1 anterolisthesis of L5 on S1');

      const above = `CHIEF COMPLAINT: back pain.\n${below}`;
      version = await client.change(uri, above);
      await client.diagnosticsFor(uri, version);
      let v = await view(client);
      assert.strictEqual(v.annotations[0].range.start.line, 2, 'moved down a line');
      assert.strictEqual(rangeText(above, v.annotations[0].range), 'Grade 1 anterolisthesis of L5 on S1');
      assert.match(await hoverText(client, 'anterolisthesis', above), /Agreed/);

      await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await client.waitFor(() => (sidecar().annotations[0].anchor.start === above.indexOf('Grade 1 anterolisthesis') ? true : undefined), 'the moved anchor written on save');

      const inside = above.replace('anterolisthesis', 'anterolisthesis (isthmic)').replace('anterolisthesis', 'antero-listhesis');
      version = await client.change(uri, inside);
      await client.diagnosticsFor(uri, version);
      v = await view(client);
      assert.strictEqual(v.annotations.length, 1, 'kept');
      assert.strictEqual(v.annotations[0].orphaned, true, 'listed as orphaned');
      assert.ok(!(await hoverText(client, 'antero-listhesis', inside)).includes('Agreed'));
    } finally {
      await client.stop();
    }
  });

  it('two reviewers in two servers: side by side, each hiding only their own rejections', async () => {
    const alice = await start('alice');
    const bob = await start('bob');
    try {
      const diagnostics = await openNote(alice);
      await openNote(bob);
      const smoking = diagnostics.find((d) => d.code === 'smoking')!;
      const reject = (await actionsAt(bob, smoking.range, [smoking])).find((a) => a.title.startsWith('Reject — false positive: rule smoking'));
      const slip = positionOf(doc(), 'anterolisthesis');
      const [a, b] = await Promise.all([annotate(alice, { verdict: 'agree', position: slip }), annotate(bob, { ...argsOf(reject), verdict: 'reject', reason: 'wrongAttribute' })]);
      assert.ok(a.ok && b.ok, `${a.message} / ${b.message}`);
      const s = sidecar();
      assert.deepStrictEqual(s.annotations.map((x: { reviewer: string }) => x.reviewer).sort(), ['alice', 'bob']);
      // Alice's window learns of Bob's annotation from the file watcher; her smoking diagnostic stays.
      const since = alice.published.length;
      await alice.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(sidecarFile()), type: 2 }] });
      const again = await alice.waitFor(() => alice.published.slice(since).find((p) => p.uri === uri), 'republished diagnostics');
      assert.ok(again.diagnostics.some((d) => d.code === 'smoking'), "bob's rejection does not hide alice's diagnostic");
      const v = await view(alice);
      assert.deepStrictEqual(v.annotations.map((x) => `${x.reviewer}:${x.verdict}:${x.mine}`).sort(), ['alice:agree:true', 'bob:reject:false']);
      assert.match(await hoverText(alice, 'Current smoker'), /by bob/);
    } finally {
      await Promise.all([alice.stop(), bob.stop()]);
    }
  });

  it('an inserted physician query is tracked: open, then answered and closed with dates', async () => {
    const client = await start('alice');
    try {
      const diagnostics = await openNote(client);
      const withQuery = diagnostics.filter((d) => (d.data as { query?: string } | undefined)?.query);
      assert.ok(withQuery.length, `a diagnostic with a query: ${diagnostics.map((d) => d.code)}`);
      const actions = await actionsAt(client, withQuery[0].range, [withQuery[0]]);
      const insert = actions.find((x) => x.title.startsWith('Insert physician query'));
      assert.ok(insert?.edit && insert.command, 'the insert carries its tracking command');
      const edit = insert.edit.changes[uri][0];
      const d = doc();
      const text = note.slice(0, d.offsetAt(edit.range.start)) + edit.newText + note.slice(d.offsetAt(edit.range.end));
      const version = await client.change(uri, text);
      await client.diagnosticsFor(uri, version);
      const tracked = await run(client, insert.command.command, insert.command.arguments![0]);
      assert.ok(tracked.ok, tracked.message);
      let q = (await view(client)).queries;
      assert.strictEqual(q.length, 1);
      assert.strictEqual(q[0].state, 'open');
      assert.ok((await run(client, 'clinicalReview.server.setQueryState', { uri, id: q[0].id, state: 'answered' })).ok);
      assert.ok((await run(client, 'clinicalReview.server.setQueryState', { uri, id: q[0].id, state: 'closed' })).ok);
      q = (await view(client)).queries;
      assert.strictEqual(q[0].state, 'closed');
      assert.ok(q[0].opened <= q[0].answered! && q[0].answered! <= q[0].closed!);
      assert.ok(sidecar().queries[0].anchor, 'anchored on the inserted query');
    } finally {
      await client.stop();
    }
  });

  it('a corrupt sidecar: a clear error, its content kept in a backup, never overwritten with an empty one', async () => {
    fs.mkdirSync(path.dirname(sidecarFile()), { recursive: true });
    fs.writeFileSync(sidecarFile(), '{ not json');
    const client = await start('alice');
    try {
      await openNote(client);
      const v = await view(client);
      assert.match(v.error ?? '', /corrupt \(not valid JSON\).*kept in .*consult\.note\.json\.corrupt-/);
      assert.strictEqual(fs.readFileSync(sidecarFile(), 'utf8'), '{ not json', 'not overwritten by reading');
      const backups = fs.readdirSync(path.dirname(sidecarFile())).filter((f) => f.includes('.corrupt-'));
      assert.strictEqual(backups.length, 1);
      assert.ok(!client.logs.some((l) => l.includes('consult')), 'the log names no note');
    } finally {
      await client.stop();
    }
  });

  it('Restricted Mode: annotations are off, with the reason; nothing is written', async () => {
    const client = await start('alice', {}, false);
    try {
      await openNote(client);
      const slip = positionOf(doc(), 'anterolisthesis');
      const actions = await actionsAt(client, { start: slip, end: slip });
      assert.ok(!actions.some((a) => a.kind === 'quickfix.clinicalReview.annotate'));
      const r = await annotate(client, { verdict: 'agree', position: slip });
      assert.strictEqual(r.ok, false);
      assert.match(r.message, /Restricted Mode/);
      assert.ok(!fs.existsSync(path.join(dir, '.clinical-review')));
    } finally {
      await client.stop();
    }
  });
});
