import * as assert from 'assert';
import { audit, syntheticNote } from './auditCli';

describe('clinical-review audit --ndjson-stdin', function () {
  this.timeout(180_000);

  it('10,000 lines in, 10,000 lines out, in order; a bad line in the middle is an error line; meta comes back as written', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const meta = i % 3 === 0 ? `,"meta":{"mrn":"M${i}","score":1.50,"big":12345678901234567890,"nested":[{"é":"\\u00e9"}]}` : '';
      lines.push(`{"id":"n${i}","text":${JSON.stringify(syntheticNote(i))}${meta}}`);
    }
    lines[5000] = '{"id":"n5000","text":"unterminated';
    lines[5001] = '{"id":"n5001","text":"x","author":"someone"}';
    lines[5002] = '{"id":"n5002","text":"Grade 1 anterolisthesis of L4 on L5.","date":"2026-02-30"}';
    lines[5003] = '{"id":"n5003","text":"Stenosis at L4-L5 — ünïcödé 😀 naïve café\\r\\nNo fracture.\\r\\n","date":"2026-03-01"}';
    const r = audit(['--ndjson-stdin', '--jobs', '2'], lines.join('\n') + '\n');
    assert.strictEqual(r.code, 0, r.stderr);
    const out = r.stdout.split('\n');
    assert.strictEqual(out.pop(), '', 'the output ends with a newline');
    assert.strictEqual(out.length, 10_000);
    const parsed = out.map((l) => JSON.parse(l));
    parsed.forEach((p, i) => assert.strictEqual(p.id, i === 5000 ? null : `n${i}`, `line ${i + 1}`));
    assert.deepStrictEqual(parsed[5000], { id: null, line: 5001, error: 'not valid JSON' });
    assert.deepStrictEqual(parsed[5001], { id: 'n5001', line: 5002, error: 'unknown field "author"' });
    assert.strictEqual(parsed[5002].error, '"date" must be a real calendar date, YYYY-MM-DD');
    assert.strictEqual(parsed[5003].case.dateOfService, '2026-03-01');
    assert.ok(parsed[5003].findings.some((f: { kind: string; range: { start: { line: number } } }) => f.kind === 'stenosis' && f.range.start.line === 0));
    assert.ok(parsed[5003].findings.every((f: { text: string }) => !f.text.includes('\r')));
    // meta is the input's text, byte for byte: 1.50 stays 1.50, the 20-digit number keeps its digits.
    assert.ok(out[3].startsWith('{"id":"n3","meta":{"mrn":"M3","score":1.50,"big":12345678901234567890,"nested":[{"é":"\\u00e9"}]},"findings":'));
    assert.ok(!('meta' in parsed[1]));
    assert.ok(parsed[0].diagnostics.length > 0 || parsed[0].findings.length > 0);
    assert.match(r.stderr, /audit: 10000 notes .*: 9997 reviewed, 3 skipped/);
  });

  it('the same results with 1 and 4 workers; CRLF line ends and a last line without a newline', () => {
    const input = [0, 1, 2, 3, 4, 5].map((i) => JSON.stringify({ id: i, text: syntheticNote(i) })).join('\r\n');
    const one = audit(['--ndjson-stdin', '--jobs', '1', '--quiet'], input);
    const four = audit(['--ndjson-stdin', '--jobs', '4', '--quiet'], input);
    assert.strictEqual(one.stdout, four.stdout);
    assert.strictEqual(one.stderr, '');
    const results = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(results.map((x) => x.id), [0, 1, 2, 3, 4, 5], 'CRLF line ends and a last line without a newline are read');
    assert.deepStrictEqual(Object.keys(results[0]), ['id', 'findings', 'case', 'diagnostics', 'summary', 'warnings']);
  });

  it('an empty line, a non-object, a missing text or a bad id is an error line, never a missing one; empty input gives no output', () => {
    const r = audit(['--ndjson-stdin', '--quiet'], ['', '[1,2]', '{"id":"a"}', '{"id":{"x":1},"text":"t"}', '{"id":"b","text":"ok","meta":null}', '{"id":"c","text":"a\rb"}'].join('\n'));
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(
      r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((x) => x.error ?? `ok ${x.id} ${JSON.stringify(x.meta)}`),
      ['empty line', 'a line must be a JSON object', '"text" must be a string', '"id" must be a string or a number', 'ok b null', 'not valid JSON'],
    );
    const empty = audit(['--ndjson-stdin'], '');
    assert.strictEqual(empty.code, 0);
    assert.strictEqual(empty.stdout, '');
  });
});
