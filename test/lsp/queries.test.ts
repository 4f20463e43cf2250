import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/lib/node/main';
import { analyzedMessage } from '../../client/src/messages';
import type { AnalyzeWorkspaceResult, SummaryResult } from '../../server/src/lsp/protocol';
import { Rng, sample } from './helpers';
import { fileUri, LspClient } from './lspClient';

interface Action {
  title: string;
  edit?: { changes: Record<string, Array<{ range: Rng; newText: string }>> };
}

/**
 * The physician query round trip, as an editor does it: the quick fix's edit applied to the
 * document, the note re-analysed with the query in it, then an answer ticked.
 */
describe('LSP: a physician query inserted in the note', function () {
  this.timeout(20000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const s = sample('spine-consult-premature-fusion.note');
  let doc = s.doc;

  async function actionsFor(diagnostics: Diagnostic[]): Promise<Action[]> {
    return client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: s.uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    });
  }
  const summary = () => client.request<SummaryResult>('clinicalReview/summary', { uri: s.uri });

  /** Sends the new text as the editor would and waits for its diagnostics. */
  async function edit(text: string): Promise<Diagnostic[]> {
    const since = client.published.length;
    const version = await client.change(s.uri, text);
    doc = TextDocument.create(s.uri, 'clinical-note', version, text);
    return (await client.diagnosticsFor(s.uri, version, since)).diagnostics;
  }

  /** Everything a summary shows about the note, with its ranges. */
  const contents = (r: SummaryResult) => ({ line: r.line, statusBar: r.statusBar, criteria: r.criteria, care: r.conservativeCare, redFlags: r.redFlags, findings: r.findings });

  it('names the criterion in each title, and applying one adds no diagnostic, evidence or summary row from the query', async () => {
    const since = client.published.length;
    await client.open(s.uri, s.text);
    const before = (await client.diagnosticsFor(s.uri, 1, since)).diagnostics;
    const beforeSummary = await summary();

    // One menu for the three surgical-criteria diagnostics on the plan (as VS Code asks for the cursor's range).
    const criteria = before.filter((d) => d.code === 'surgical-criteria' && (d.data as { query?: string } | undefined)?.query);
    assert.ok(criteria.length >= 3, `${criteria.length} criteria with a query`);
    const titles = (await actionsFor(criteria)).map((a) => a.title);
    const inserts = titles.filter((t) => t.startsWith('Insert physician query'));
    assert.strictEqual(inserts.length, criteria.length, titles.join(' | '));
    assert.strictEqual(new Set(titles).size, titles.length, `duplicate titles: ${titles.join(' | ')}`);
    assert.ok(inserts.includes('Insert physician query: clinical correlation of imaging findings (surgical-criteria)'), inserts.join(' | '));

    const correlation = criteria.find((d) => /criterion \(c\)/.test(String(d.message)))!;
    const [insert] = (await actionsFor([correlation])).filter((a) => a.title.startsWith('Insert'));
    const query = (correlation.data as { query: string }).query;
    const edits = insert.edit!.changes[s.uri];
    const withQuery = TextDocument.applyEdits(doc, edits);
    assert.ok(withQuery.endsWith(`${query}\n`));
    const queryLine = s.text.split('\n').length; // the first line of the query (after a blank one)

    const after = await edit(withQuery);
    const lines = (d: Diagnostic) => [d.range, ...(d.relatedInformation ?? []).map((r) => r.location.range)].flatMap((r) => [r.start.line, r.end.line]);
    for (const d of after) assert.ok(lines(d).every((l) => l < queryLine), `${d.code} cites the query: ${JSON.stringify(d.relatedInformation)}`);
    assert.deepStrictEqual(after.map((d) => [d.code, String(d.message)]), before.map((d) => [d.code, String(d.message)]), 'the same diagnostics');
    assert.deepStrictEqual(contents(await summary()), contents(beforeSummary), 'the summary gains nothing from the query');

    // The same query is not offered twice; the others still are.
    const again = (await actionsFor(after.filter((d) => d.code === 'surgical-criteria'))).map((a) => a.title);
    assert.ok(!again.some((t) => t.startsWith('Insert physician query: clinical correlation')), again.join(' | '));
    assert.ok(again.some((t) => t.startsWith('Insert physician query: treatment preference')), again.join(' | '));
  });

  it('a ticked answer is read as documentation on its own line; unticking takes it back', async () => {
    const withQuery = doc.getText();
    const option = '[ ] Symptoms correlate with the imaging findings';
    const at = withQuery.indexOf(option);
    assert.ok(at > s.text.length, 'the option is in the inserted query');
    const ticked = `${withQuery.slice(0, at)}[x]${withQuery.slice(at + 3)}`;
    const answerLine = doc.positionAt(at).line;

    const after = await edit(ticked);
    assert.ok(!after.some((d) => /criterion \(c\)/.test(String(d.message))), 'criterion (c) is documented now');
    const result = await summary();
    const c = result.criteria.find((x) => x.id === 'imagingCorrelation')!;
    assert.strictEqual(c.state, 'met');
    assert.deepStrictEqual(c.evidence.map((e) => e.range.start.line), [answerLine]);
    const added = result.findings.filter((f) => f.range.start.line >= s.text.split('\n').length);
    assert.deepStrictEqual(added.map((f) => [f.kind, f.assertion, f.range.start.line]), [['imagingCorrelation', 'present', answerLine]]);

    const unticked = await edit(withQuery);
    assert.ok(unticked.some((d) => /criterion \(c\) not documented/.test(String(d.message))));
  });
});

describe('LSP: "Analyze All Notes" counts what Problems shows', function () {
  this.timeout(20000);
  let client: LspClient;
  let dir: string;
  const names = ['spine-consult-premature-fusion.note', 'mri-lumbar-grade1-l5s1.rad', 'spine-consult-criteria-met.note', 'ed-cauda-equina.note'];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-count-'));
    for (const n of names) fs.writeFileSync(path.join(dir, n), sample(n).text);
    client = await LspClient.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('its counts are those of the diagnostics published, open notes included, hints apart', async () => {
    // One note open with an unsaved edit: Problems shows the editor's version, and so does the count.
    const open = fileUri(path.join(dir, names[0]));
    await client.open(open, sample(names[0]).text);
    await client.change(open, `${sample(names[0]).text}\nHe is a current smoker.\n`);
    const result = await client.request<AnalyzeWorkspaceResult>('workspace/executeCommand', { command: 'clinicalReview.server.analyzeWorkspace', arguments: [] });

    const last = new Map<string, PublishDiagnosticsParams>();
    for (const p of client.published) last.set(p.uri, p);
    const shown = [...last.values()].flatMap((p) => p.diagnostics);
    const hints = shown.filter((d) => d.severity === 4).length;
    assert.strictEqual(result.files, names.length);
    assert.strictEqual(result.problems, shown.length - hints, JSON.stringify(result));
    assert.strictEqual(result.hints, hints);
    assert.strictEqual(result.diagnostics, shown.length);
    assert.ok(hints > 0 && result.problems > (last.get(open)?.diagnostics.length ?? 0), 'the open note and the closed ones are all counted');
    assert.strictEqual(last.get(open)?.version, 2, 'the open note is counted at the version in the editor');

    assert.strictEqual(
      analyzedMessage(result),
      `Analyzed 4 notes: ${result.problems} guideline checks in Problems (and ${hints} hint${hints === 1 ? '' : 's'} in the editor).`,
    );
  });

  it('the message reads as a sentence in the singular too', () => {
    assert.strictEqual(analyzedMessage({ files: 1, diagnostics: 1, problems: 1, hints: 0, skipped: 0, elapsedMs: 3 }), 'Analyzed 1 note: 1 guideline check in Problems.');
    assert.strictEqual(analyzedMessage({ files: 2, diagnostics: 0, problems: 0, hints: 0, skipped: 1, elapsedMs: 3 }), 'Analyzed 2 notes: 0 guideline checks in Problems; 1 skipped, see output.');
  });
});
