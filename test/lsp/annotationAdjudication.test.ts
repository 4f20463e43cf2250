import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AdjudicationResult, AnnotateArgs, AnnotateResult, AnnotationsResult, WriteGoldArgs } from '../../server/src/lsp/annotationProtocol';
import { positionOf } from './helpers';
import { fileUri, LspClient, REPO } from './lspClient';

const NOTE = [
  'IMAGING: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm. Mild central stenosis at L4-5.',
  'EXAM: Naïve 😀 tenderness over the lumbar paraspinals.',
  '',
].join('\n');

/**
 * "Adjudicate Note" through the language server: two reviewers' disagreements (from two windows),
 * decided one by one, written as the gold copy (reviewer "gold") that `clinical-review eval --gold`
 * reads; a stale set of decisions is refused; undo takes the gold copy back.
 */
describe('LSP: Adjudicate Note', function () {
  this.timeout(120000);
  let ws: string;
  let uri: string;
  const doc = TextDocument.create('file:///x', 'clinical-note', 1, NOTE);
  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-adj-'));
    const file = path.join(ws, 'consult.note');
    fs.writeFileSync(file, NOTE);
    uri = fileUri(file);
  });
  afterEach(() => fs.rmSync(ws, { recursive: true, force: true }));

  async function as<T>(reviewer: string, f: (c: LspClient) => Promise<T>): Promise<T> {
    const c = await LspClient.start({ workspaceFolder: ws, settings: { reviewer }, initializationOptions: { workspaceTrusted: true } });
    try {
      await c.open(uri, NOTE);
      await c.diagnosticsFor(uri, 1, 0);
      return await f(c);
    } finally {
      await c.stop();
    }
  }
  const run = (c: LspClient, command: string, arg: unknown) => c.request<AnnotateResult>('workspace/executeCommand', { command, arguments: [arg] });
  const annotate = async (c: LspClient, args: Partial<AnnotateArgs>) => {
    const r = await run(c, 'clinicalReview.server.annotate', { uri, ...args });
    assert.ok(r.ok, r.message);
  };
  const at = (needle: string) => positionOf(doc, needle, 2);
  const rangeOf = (needle: string) => {
    const start = positionOf(doc, needle);
    return { start, end: { line: start.line, character: start.character + needle.length } };
  };
  const adjudication = (c: LspClient, extra: Record<string, string> = {}) => c.request<AdjudicationResult>('clinicalReview/adjudication', { uri, ...extra });

  it('shows the disagreements one by one and writes a gold copy that eval --gold reads; stale decisions are refused; undo', async () => {
    await as('alice', async (c) => {
      assert.match((await adjudication(c)).message ?? '', /Nobody has annotated/);
      await annotate(c, { verdict: 'agree', position: at('anterolisthesis') });
      await annotate(c, { verdict: 'agree', position: at('stenosis') });
      assert.match((await adjudication(c)).message ?? '', /Only alice has annotated this note/);
    });
    await as('bob', async (c) => {
      await annotate(c, { verdict: 'agree', position: at('anterolisthesis') });
      await annotate(c, { verdict: 'reject', position: at('stenosis'), reason: 'wrongAttribute' });
      await annotate(c, { verdict: 'add', range: rangeOf('tenderness'), kind: 'functionalImpairment', assertion: 'possible' });
    });
    await as('carol', async (c) => {
      const v = await adjudication(c);
      assert.ok(v.enabled, v.message);
      assert.deepStrictEqual([v.reviewers, v.a, v.b, v.gold, v.agreed], [['alice', 'bob'], 'alice', 'bob', 'gold', 1]);
      assert.deepStrictEqual(
        v.disagreements.map((d) => [d.type, d.kind, d.a?.assertion, d.b?.assertion, doc.getText(d.range)]),
        [
          ['onlyA', 'stenosis', 'present', undefined, doc.getText(v.disagreements[0].a!.range)],
          ['onlyB', 'functionalImpairment', undefined, 'possible', 'tenderness'],
        ],
      );
      assert.match(doc.getText(v.disagreements[0].range), /stenosis/);
      assert.ok(!JSON.stringify(v).includes('tenderness'), 'no note text goes out, only ranges');

      const write = (args: Partial<WriteGoldArgs>) => run(c, 'clinicalReview.server.writeGold', { uri, a: 'alice', b: 'bob', key: v.key, ...args });
      const edit = { take: 'edit', span: { kind: 'functionalImpairment', range: rangeOf('tenderness'), assertion: 'present', attributes: {} } };
      assert.match((await write({ key: 'stale', decisions: [{ take: 'a' }, { take: 'b' }] })).message, /changed meanwhile/);
      assert.match((await write({ decisions: [{ take: 'a' }] })).message, /2 disagreements, but 1 decisions/);
      const first = await write({ decisions: [{ take: 'b' }, edit] as WriteGoldArgs['decisions'] });
      assert.ok(first.ok, first.message);
      assert.match(first.message, /Gold copy written as reviewer "gold": 2 spans \(1 agreed, 2 decided\)/);
      const undone = await run(c, 'clinicalReview.server.undoAnnotation', undefined);
      assert.match(undone.message, /Undone: Gold copy of alice and bob/);
      const afterUndo = await c.request<AnnotationsResult>('clinicalReview/annotations', { uri });
      assert.ok(!afterUndo.annotations.some((a) => a.reviewer === 'gold') && !afterUndo.reviewed.gold);

      // Decided again: stenosis as alice says, the missed finding edited to present.
      const again = await write({ decisions: [{ take: 'a' }, edit] as WriteGoldArgs['decisions'] });
      assert.ok(again.ok, again.message);
      const view = await c.request<AnnotationsResult>('clinicalReview/annotations', { uri });
      assert.deepStrictEqual(
        view.annotations.filter((a) => a.reviewer === 'gold').map((a) => [a.verdict, a.kind, a.assertion]).sort(),
        [['add', 'functionalImpairment', 'present'], ['agree', 'listhesis', 'present'], ['agree', 'stenosis', 'present']],
      );
      assert.ok(view.reviewed.gold);
      assert.deepStrictEqual((await adjudication(c)).reviewers, ['alice', 'bob'], 'the gold copy is not a reviewer to adjudicate');
    });

    const e = spawnSync(process.execPath, [path.join(REPO, 'bin', 'clinical-review.js'), 'eval', '--gold', ws, '--reviewer', 'gold', '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    assert.strictEqual(e.status, 0, e.stderr);
    const scores = JSON.parse(e.stdout);
    assert.deepStrictEqual([scores.gold.format, scores.gold.notes, scores.overall.gold], ['sidecar', 1, 3]);
    assert.deepStrictEqual(scores.disagreements.map((d: { type: string; kind: string }) => [d.type, d.kind]), [['missed', 'functionalImpairment']]);
  });
});
