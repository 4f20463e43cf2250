import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspClient } from '../lsp/lspClient';

const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');
const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'spine-consult-premature-fusion.note');

interface JsonDiagnostic {
  code: string;
  message: string;
  query?: string;
}

function cliDiagnostics(file: string): JsonDiagnostic[] {
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).files[0].diagnostics;
}

/** The CLI's JSON carries each documentation gap's physician query: the text the editor's quick fix inserts. */
describe('clinical-review CLI: the physician query in the JSON', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-cli-query-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is the text the quick fix inserts, and reviewing the note with it inserted gives the same diagnostics', async () => {
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const file = path.join(dir, 'note.note');
    fs.writeFileSync(file, text);
    const cli = cliDiagnostics(file);
    const gaps = cli.filter((d) => d.query);
    assert.ok(gaps.length >= 3, `${gaps.length} diagnostics with a query`);
    for (const d of gaps) assert.match(d.query!, /^--- Physician query \(Clinical Note Review\): .+ ---\n[\s\S]+\n--- End of physician query ---$/);

    const client = await LspClient.start();
    try {
      const uri = fileUri(file);
      await client.open(uri, text);
      const lsp = (await client.diagnosticsFor(uri, 1)).diagnostics;
      assert.deepStrictEqual(lsp.map((d) => (d.data as { query?: string } | undefined)?.query), cli.map((d) => d.query));
      const gap = lsp.find((d) => (d.data as { query?: string } | undefined)?.query)!;
      const actions = await client.request<Array<{ title: string; edit?: { changes: Record<string, Array<{ range: never; newText: string }>> } }>>('textDocument/codeAction', {
        textDocument: { uri },
        range: gap.range,
        context: { diagnostics: [gap] },
      });
      const insert = actions.find((a) => a.title.startsWith('Insert physician query'))!;
      const inserted = TextDocument.applyEdits(TextDocument.create(uri, 'clinical-note', 1, text), insert.edit!.changes[uri]);
      assert.strictEqual(inserted.slice(text.length).trim(), cli.find((d) => d.code === gap.code && d.message === gap.message)!.query);
      fs.writeFileSync(file, inserted);
    } finally {
      await client.stop();
    }
    assert.deepStrictEqual(cliDiagnostics(file), cli, 'the inserted query is not read as note text');
  });

  it('the text output names what each query asks about', () => {
    const r = spawnSync(process.execPath, [BIN, SAMPLE], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
    assert.match(r.stdout, /\[surgical-criteria; refs 1, 2\]\n {24}physician query: clinical correlation of imaging findings \(text in --format json\)\n/);
  });
});
