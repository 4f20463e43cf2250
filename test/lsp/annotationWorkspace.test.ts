import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readAnn } from '../../server/src/annotations/brat';
import { readBioc } from '../../server/src/annotations/bioc';
import type { AnnotateArgs, AnnotateResult, AnnotationReviewersResult, ExportAnnotationsResult, ReviewedNotesResult } from '../../server/src/lsp/annotationProtocol';
import { positionOf } from './helpers';
import { fileUri, LspClient, REPO } from './lspClient';

// Accents, a non-breaking space, astral emoji (two UTF-16 units, one code point, four UTF-8 bytes) and CRLF line ends.
const NOTE =
  'FINDINGS: Patiënte, café 😀. Grade 1 anterolisthesis of L5 on S1 measuring 3\u00a0mm.\r\n' +
  'IMPRESSION: No spondylolysis 🦴. Mild central stenosis at L4-5.\r\n' +
  'EXAM: Naïve 😀 tenderness over the lumbar paraspinals.\r\n';

/** Every file under a folder, relative path -> bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p).split(path.sep).join('/'), fs.readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/**
 * "Export Annotations…" through the language server: the reviewers' judgements written as brat
 * and BioC, byte for byte what `clinical-review export-brat --from-sidecars` writes for the same
 * sidecars and notes.
 */
describe('LSP: annotations of the workspace: Export Annotations, reviewers, reviewed notes', function () {
  this.timeout(120000);
  let dir: string;
  let ws: string;
  let uri: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-annexp-'));
    ws = path.join(dir, 'ws');
    fs.mkdirSync(path.join(ws, 'clinic'), { recursive: true });
    const file = path.join(ws, 'clinic', 'consult.note');
    fs.writeFileSync(file, NOTE);
    uri = fileUri(file);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const start = (reviewer: string, trusted = true) => LspClient.start({ workspaceFolder: ws, settings: { reviewer }, initializationOptions: { workspaceTrusted: trusted } });
  const annotate = (client: LspClient, args: Partial<AnnotateArgs>) =>
    client.request<AnnotateResult>('workspace/executeCommand', { command: 'clinicalReview.server.annotate', arguments: [{ uri, ...args }] });
  const exportTo = (client: LspClient, format: 'brat' | 'bioc', target: string, reviewer?: string) =>
    client.request<ExportAnnotationsResult>('clinicalReview/exportAnnotations', { format, target: fileUri(target), reviewer });
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(REPO, 'bin', 'clinical-review.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  const doc = TextDocument.create('file:///x', 'clinical-note', 1, NOTE);

  it('writes brat and BioC equal to the CLI\'s --from-sidecars export; agree and add are exported, a rejection is not', async () => {
    const alice = await start('alice');
    try {
      await alice.open(uri, NOTE);
      await alice.diagnosticsFor(uri, 1, 0);
      const agreed = await annotate(alice, { verdict: 'agree', position: positionOf(doc, 'anterolisthesis', 2) });
      assert.ok(agreed.ok, agreed.message);
      const rejected = await annotate(alice, { verdict: 'reject', position: positionOf(doc, 'stenosis', 2), reason: 'other' });
      assert.ok(rejected.ok, rejected.message);
      const at = positionOf(doc, 'tenderness');
      const range = { start: at, end: { line: at.line, character: at.character + 'tenderness'.length } };
      const added = await annotate(alice, { verdict: 'add', range, kind: 'functionalImpairment', assertion: 'present', comment: 'exam: naïve 😀' });
      assert.ok(added.ok, added.message);

      const reviewers = await alice.request<AnnotationReviewersResult>('clinicalReview/annotationReviewers', {});
      assert.deepStrictEqual(reviewers, { reviewers: ['alice'], me: 'alice' });

      const bratEditor = path.join(dir, 'editor-brat');
      const r = await exportTo(alice, 'brat', bratEditor);
      assert.ok(r.ok, r.message);
      assert.deepStrictEqual([r.notes, r.spans, r.problems], [1, 2, []]);
      const bioc = await exportTo(alice, 'bioc', path.join(dir, 'editor.xml'));
      assert.ok(bioc.ok, bioc.message);

      const c1 = cli('export-brat', '--from-sidecars', '--out', path.join(dir, 'cli-brat'), ws);
      assert.strictEqual(c1.status, 0, c1.stderr);
      assert.match(c1.stdout, /wrote 1 note with 2 judgements \(brat\)/);
      const c2 = cli('export-bioc', '--from-sidecars', '--out', path.join(dir, 'cli.xml'), ws);
      assert.strictEqual(c2.status, 0, c2.stderr);

      const [editorFiles, cliFiles] = [tree(bratEditor), tree(path.join(dir, 'cli-brat'))];
      assert.deepStrictEqual([...editorFiles.keys()].sort(), ['annotation.conf', 'clinic/consult.note.ann', 'clinic/consult.note.txt']);
      assert.deepStrictEqual([...cliFiles.keys()].sort(), [...editorFiles.keys()].sort());
      for (const [name, bytes] of editorFiles) assert.ok(bytes.equals(cliFiles.get(name)!), `${name} differs between the editor and the CLI`);
      assert.ok(fs.readFileSync(path.join(dir, 'editor.xml')).equals(fs.readFileSync(path.join(dir, 'cli.xml'))), 'the BioC collections differ');

      // What is in it: the agreed slip and the added finding with its comment, at their places in the non-ASCII text.
      const txt = editorFiles.get('clinic/consult.note.txt')!.toString('utf8');
      assert.strictEqual(txt, NOTE);
      const spans = readAnn(editorFiles.get('clinic/consult.note.ann')!.toString('utf8'), txt);
      assert.deepStrictEqual(spans.problems, []);
      assert.deepStrictEqual(
        spans.spans.map((s) => [s.kind, s.assertion, s.comment]),
        [
          ['listhesis', 'present', undefined],
          ['functionalImpairment', 'present', 'exam: naïve 😀'],
        ],
      );
      assert.strictEqual(txt.slice(spans.spans[1].start, spans.spans[1].end), 'tenderness');
      assert.ok(txt.slice(spans.spans[0].start, spans.spans[0].end).includes('anterolisthesis'));
      const read = readBioc(fs.readFileSync(path.join(dir, 'editor.xml'), 'utf8'));
      assert.deepStrictEqual(read.documents.map((d) => [d.id, d.spans.length]), [['clinic/consult.note', 2]]);

      // Only another reviewer's: nothing of alice's.
      const none = await exportTo(alice, 'brat', path.join(dir, 'bob-brat'), 'bob');
      assert.deepStrictEqual([none.notes, none.spans], [0, 0]);
    } finally {
      await alice.stop();
    }
  });

  it('lists the notes marked reviewed, with who and when, for the badges of the Review view, the Explorer and the tabs', async () => {
    const alice = await start('alice');
    try {
      assert.deepStrictEqual((await alice.request<ReviewedNotesResult>('clinicalReview/reviewedNotes', {})).notes, {});
      await alice.open(uri, NOTE);
      const r = await alice.request<AnnotateResult>('workspace/executeCommand', { command: 'clinicalReview.server.setReviewed', arguments: [{ uri }] });
      assert.ok(r.ok, r.message);
      const listed = await alice.request<ReviewedNotesResult>('clinicalReview/reviewedNotes', {});
      assert.strictEqual(listed.me, 'alice');
      assert.deepStrictEqual(Object.keys(listed.notes), [uri]);
      assert.deepStrictEqual(Object.keys(listed.notes[uri]), ['alice']);
      assert.ok(!Number.isNaN(Date.parse(listed.notes[uri].alice)));
    } finally {
      await alice.stop();
    }
  });

  it('Restricted Mode: nothing is read or written, with the reason', async () => {
    const client = await start('alice', false);
    try {
      assert.deepStrictEqual((await client.request<ReviewedNotesResult>('clinicalReview/reviewedNotes', {})).notes, {});
      const r = await exportTo(client, 'brat', path.join(dir, 'out'));
      assert.strictEqual(r.ok, false);
      assert.match(r.message, /Restricted Mode/);
      assert.ok(!fs.existsSync(path.join(dir, 'out')));
    } finally {
      await client.stop();
    }
  });
});
