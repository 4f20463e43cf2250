import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf, sample } from './helpers';
import { LspClient } from './lspClient';

/**
 * Issue 10 item 4, through the language server over JSON-RPC: the hover on a fusion plan names
 * only techniques that apply to the note's slip. TLIF suits an L5-S1 slip with foraminal
 * stenosis; on an L4-5 fusion plan the hover does not offer it.
 */
describe('LSP: the hover on a fusion plan names only the advice that applies', function () {
  this.timeout(30000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => client.stop());

  async function planHover(uri: string, text: string, planWords: string): Promise<string> {
    const since = client.published.length;
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1, since);
    const doc = TextDocument.create(uri, 'clinical-note', 1, text);
    const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(doc, planWords, 3),
    });
    assert.ok(hover, `a hover on "${planWords}"`);
    assert.strictEqual(hover.contents.kind, 'markdown');
    return hover.contents.value;
  }

  it('an L4-5 decompression and posterolateral fusion: labelled as the note says, no TLIF advice', async () => {
    const md = await planHover(
      'untitled:l45-fusion.note',
      [
        'SPINE CLINIC CONSULTATION',
        'IMAGING: Grade 1 anterolisthesis of L4 on L5 with moderate central canal stenosis at L4-5. Mild foraminal stenosis at L5-S1.',
        'PLAN: L4-5 decompression and posterolateral fusion with pedicle screws is recommended.',
      ].join('\n'),
      'decompression and posterolateral fusion',
    );
    assert.match(md, /Decompression and posterolateral fusion with pedicle screws · L4-5/);
    assert.match(md, /Pedicle screw instrumentation/);
    assert.doesNotMatch(md, /TLIF/, 'TLIF advice on an L4-5 plan');
    assert.doesNotMatch(md, /L5-S1 slip/);
  });

  it('an L5-S1 TLIF with foraminal stenosis at the slip keeps the TLIF advice; without the stenosis it does not', async () => {
    const withStenosis = await planHover(
      'untitled:l5s1-tlif.note',
      [
        'SPINE CLINIC CONSULTATION',
        'IMAGING: Grade 1 anterolisthesis of L5 on S1 with moderate left foraminal stenosis at L5-S1.',
        'PLAN: L5-S1 TLIF with pedicle screws is recommended.',
      ].join('\n'),
      'L5-S1 TLIF',
    );
    assert.match(withStenosis, /TLIF is an appropriate technique/);
    const without = await planHover(
      'untitled:l5s1-tlif-no-stenosis.note',
      ['SPINE CLINIC CONSULTATION', 'IMAGING: Grade 1 anterolisthesis of L5 on S1.', 'PLAN: L5-S1 TLIF with pedicle screws is recommended.'].join('\n'),
      'L5-S1 TLIF',
    );
    assert.doesNotMatch(without, /TLIF is an appropriate technique/);
  });

  it('the premature-fusion plan (six diagnostics): its facts, then the plan\'s own warning in full, every other rule one line with its page', async () => {
    const s = sample('spine-consult-premature-fusion.note');
    const md = await planHover(s.uri, s.text, 'decompression and posterolateral fusion');
    const sections = md.split('\n\n---\n\n');
    assert.match(sections[0], /^\*\*Decompression and posterolateral fusion with pedicle screws · L4-5 · present\*\*$/, 'the facts lead');
    assert.match(sections[1], /^L4-5 decompression and posterolateral fusion with pedicle screws scheduled\. .*conservative care so far: 9 weeks of the 3-month minimum/, 'the plan\'s own warning leads, not the smoking line\'s');
    assert.match(sections[1], /\[conservative-first\]\(file:\/\/[^)]*docs\/rules\/conservative-first\.md\)_$/);
    const also = sections[sections.length - 1].split('\n');
    assert.strictEqual(also[0], '**Also about this finding**');
    const codes = also.slice(1).map((l) => /\[([a-z-]+)\]\(file:\/\/[^)]*docs\/rules\/\1\.md\)$/.exec(l)?.[1]);
    assert.deepStrictEqual(codes, ['surgical-criteria', 'smoking', 'complication-rates', 'outcome-measures'], also.join('\n'));
    assert.doesNotMatch(md, /Evidence in the note/);
    assert.strictEqual((md.match(/Guideline refs? \d/g) ?? []).length, 2, 'one diagnostic in full and the instrumentation advice (a hover-only rule)');
  });
});
