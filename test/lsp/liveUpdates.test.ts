import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sample, sleep } from './helpers';
import { fileUri, LspClient } from './lspClient';

/** Edits, settings and workspace files re-analyse; bursts end on the last version only. */
describe('LSP live updates', function () {
  this.timeout(20000);
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-live-'));
    client = await LspClient.start({ workspaceFolder: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const codes = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code));
  const NOTE = [
    'SPINE CLINIC NOTE',
    '',
    'HISTORY OF PRESENT ILLNESS:',
    'Low back pain for 3 months. Physical therapy x 4 wks.',
    '',
    'IMAGING:',
    'MRI: grade 1 anterolisthesis of L4 on L5 measuring 4 mm with moderate central canal stenosis.',
    '',
    'PLAN:',
    'Schedule L4-L5 decompression and fusion with pedicle screws.',
    '',
  ].join('\n');

  function write(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return fileUri(file);
  }

  it('an edit re-analyses (incremental change)', async () => {
    const uri = write('edit.note', NOTE);
    let since = client.published.length;
    await client.open(uri, NOTE);
    const first = await client.diagnosticsFor(uri, 1, since);
    assert.ok(!codes(first).includes('smoking'));
    since = client.published.length;
    const line = NOTE.split('\n').indexOf('PLAN:');
    const v = await client.change(uri, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'SOCIAL HISTORY: Current smoker, 1 pack per day.\n\n' },
    ]);
    const second = await client.diagnosticsFor(uri, v, since);
    assert.ok(codes(second).includes('smoking'), codes(second).join(','));
    const smoking = second.diagnostics.find((d) => d.code === 'smoking')!;
    assert.strictEqual(smoking.range.start.line, line);
  });

  it('a configuration change re-analyses: rule off, severity changed, preset', async () => {
    const uri = write('config.note', `${NOTE}SOCIAL HISTORY: Current smoker.\n`);
    let since = client.published.length;
    await client.open(uri, `${NOTE}SOCIAL HISTORY: Current smoker.\n`);
    const before = await client.diagnosticsFor(uri, 1, since);
    assert.ok(codes(before).includes('smoking'));
    const first = before.diagnostics.find((d) => d.code === 'conservative-first')!;
    assert.match(String(first.message), /3-month/);

    since = client.published.length;
    await client.configure({ rules: { smoking: 'off', 'conservative-first': 'error' }, preset: 'strict' });
    const after = await client.diagnosticsFor(uri, 1, since);
    assert.ok(!codes(after).includes('smoking'), codes(after).join(','));
    const strict = after.diagnostics.find((d) => d.code === 'conservative-first')!;
    assert.strictEqual(strict.severity, 1);
    assert.match(String(strict.message), /6-month/);

    since = client.published.length;
    await client.configure({});
    const reset = await client.diagnosticsFor(uri, 1, since);
    assert.ok(codes(reset).includes('smoking'));
  });

  it('reads .clinical-review.json from the workspace; editor settings win; errors shown on the file', async () => {
    const sub = path.join(dir, 'clinic');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, '.clinical-review.json'), JSON.stringify({ rules: { smoking: 'off', 'outcome-measures': 'hint' }, conservativeCareMinimumMonths: 6 }));
    const text = `${NOTE}SOCIAL HISTORY: Current smoker.\n`;
    const uri = write('clinic/file-config.note', text);
    let since = client.published.length;
    await client.open(uri, text);
    const fromFile = await client.diagnosticsFor(uri, 1, since);
    assert.ok(!codes(fromFile).includes('smoking'), 'smoking off from the workspace file');
    assert.match(String(fromFile.diagnostics.find((d) => d.code === 'conservative-first')!.message), /6-month/);

    since = client.published.length;
    await client.configure({ rules: { smoking: 'warning' } });
    const editorWins = await client.diagnosticsFor(uri, 1, since);
    assert.ok(codes(editorWins).includes('smoking'), 'the editor setting overrides the file');
    assert.match(String(editorWins.diagnostics.find((d) => d.code === 'conservative-first')!.message), /6-month/, 'other file values stay');

    // A broken file: its errors land in Problems on the file itself, after the watcher event.
    fs.writeFileSync(path.join(sub, '.clinical-review.json'), '{"preset": "lenient", "rules": {"smokin": "off"}}');
    since = client.published.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(sub, '.clinical-review.json')), type: 2 }] });
    const configUri = fileUri(path.join(sub, '.clinical-review.json'));
    const errors = await client.waitFor(() => client.published.slice(since).find((p) => p.uri === configUri && p.diagnostics.length > 0), 'settings errors');
    assert.ok(errors.diagnostics.some((d) => /preset/.test(String(d.message))));
    assert.ok(errors.diagnostics.some((d) => /did you mean "smoking"/.test(String(d.message))));
    await client.configure({});
  });

  it('clinicalReview.fileRules turns a rule off for one file only', async () => {
    const text = `${NOTE}SOCIAL HISTORY: Current smoker.\n`;
    const a = write('rules/a.note', text);
    const b = write('rules/b.note', text);
    let since = client.published.length;
    await client.open(a, text);
    await client.open(b, text);
    await client.diagnosticsFor(a, 1, since);
    await client.diagnosticsFor(b, 1, since);
    since = client.published.length;
    await client.configure({ fileRules: { 'rules/a.note': { smoking: 'off' } } });
    const pa = await client.diagnosticsFor(a, 1, since);
    const pb = await client.diagnosticsFor(b, 1, since);
    assert.ok(!codes(pa).includes('smoking'));
    assert.ok(codes(pb).includes('smoking'));
    await client.configure({});
  });

  it('a burst of 100 edits ends with diagnostics for the last version only', async () => {
    const uri = write('burst.note', NOTE);
    let since = client.published.length;
    await client.open(uri, NOTE);
    await client.diagnosticsFor(uri, 1, since);
    since = client.published.length;
    const notifications = client.notifications.length;
    let text = NOTE;
    let last = 1;
    for (let i = 0; i < 100; i++) {
      // Toggle the smoking sentence: even versions have it, odd ones do not.
      text = i % 2 === 0 ? `${NOTE}SOCIAL HISTORY: Current smoker.\n` : NOTE;
      last = await client.change(uri, text);
    }
    const final = await client.diagnosticsFor(uri, last, since);
    await sleep(300);
    const afterBurst = client.published.slice(since).filter((p) => p.uri === uri);
    // Whatever was published carries a version, never goes backwards, and ends on the last one.
    assert.ok(afterBurst.every((p) => typeof p.version === 'number'));
    for (let i = 1; i < afterBurst.length; i++) assert.ok(afterBurst[i].version! >= afterBurst[i - 1].version!, 'versions never go backwards');
    assert.strictEqual(afterBurst[afterBurst.length - 1].version, last);
    assert.ok(afterBurst.length <= 5, `coalesced: ${afterBurst.length} publications for 100 edits`);
    // Version 101 is the 100th edit (i = 99, odd): no smoking.
    assert.strictEqual(last, 101);
    assert.ok(!codes(final).includes('smoking'));
    const analyzed = client.notifications.slice(notifications).filter((n) => n.method === 'clinicalReview/didAnalyze' && (n.params as { uri: string }).uri === uri);
    assert.strictEqual((analyzed[analyzed.length - 1].params as { version: number }).version, last);
  });

  it('requests during pending analysis answer for the current version', async () => {
    const uri = write('pending.note', NOTE);
    await client.open(uri, NOTE);
    const v = await client.change(uri, `${NOTE}SOCIAL HISTORY: Current smoker.\n`);
    // Asked before the debounce fires: shares the pending analysis.
    const lenses = await client.request<Array<{ command: { title: string } }>>('textDocument/codeLens', { textDocument: { uri } });
    assert.strictEqual(lenses.length, 1);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: NOTE.split('\n').length - 1, character: 20 },
    });
    assert.ok(hover && /smok/i.test(hover.contents.value), JSON.stringify(hover));
    assert.strictEqual(v, 2);
  });

  it('closing a note clears its diagnostics', async () => {
    const uri = write('close.note', NOTE);
    let since = client.published.length;
    await client.open(uri, NOTE);
    await client.diagnosticsFor(uri, 1, since);
    since = client.published.length;
    await client.close(uri);
    const cleared = await client.diagnosticsFor(uri, undefined, since);
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it('a slow note does not hold up a small one', async () => {
    const big = sample('spine-consult-criteria-met.note').text;
    let bigText = '';
    while (bigText.length < 500_000) bigText += `${big}\n\n`;
    const bigUri = write('big.note', bigText);
    const smallUri = write('small.note', NOTE);
    const since = client.published.length;
    await client.open(bigUri, bigText);
    await client.open(smallUri, NOTE);
    const order: string[] = [];
    await client.waitFor(() => {
      for (const p of client.published.slice(since)) if (!order.includes(p.uri)) order.push(p.uri);
      return order.includes(bigUri) && order.includes(smallUri) ? true : undefined;
    }, 'both notes', 15000);
    assert.deepStrictEqual(order.slice(0, 2), [smallUri, bigUri], 'the small note is published first');
    // The large note was analysed on the worker thread; its hovers still carry the guideline.
    const lines = bigText.split('\n');
    const line = lines.findIndex((l) => l.includes('grade 1 isthmic anterolisthesis'));
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: bigUri },
      position: { line, character: lines[line].indexOf('grade 1 isthmic') + 3 },
    });
    assert.ok(hover && /Meyerding grade 1/.test(hover.contents.value) && /Guideline ref/.test(hover.contents.value), JSON.stringify(hover));
    await client.close(bigUri);
  });

  it('a hover on a large note still being analysed answers at once, saying so, instead of waiting', async () => {
    const big = sample('spine-consult-criteria-met.note').text;
    let bigText = '';
    while (bigText.length < 2_000_000) bigText += `${big}\n\n`;
    const uri = write('huge.note', bigText);
    const since = client.published.length;
    await client.open(uri, bigText);
    const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
    assert.ok(hover, 'a hover answer');
    assert.strictEqual(hover.contents.kind, 'plaintext');
    assert.match(hover.contents.value, /still analysing this large note/);
    await client.diagnosticsFor(uri, 1, since, 60_000);
    const after = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } });
    assert.ok(!after || !/still analysing/.test(after.contents.value), 'once analysed, the real hover');
    await client.close(uri);
  });
});
