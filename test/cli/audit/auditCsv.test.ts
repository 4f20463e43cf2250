import * as assert from 'assert';
import { parse } from 'csv-parse/sync';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { audit, syntheticNote } from './auditCli';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
const pos = (r: Range) => [r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1].map(String);

describe('clinical-review audit --format csv', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-csv-'));
    // A file name and note text with commas, quotes and line breaks; a custom target quotes them back.
    fs.writeFileSync(path.join(dir, 'a, "quoted"\nname.note'), 'Grade 1 anterolisthesis of L5 on S1, "3 mm",\nwith foraminal stenosis. She says "it hurts, a lot".\r\nNo fracture.\n');
    fs.writeFileSync(path.join(dir, '.clinical-review.json'), JSON.stringify({ targets: [{ label: 'quote, "q"', phrases: ['it hurts, a lot'] }] }));
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(dir, `n${i}.note`), syntheticNote(i));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('one row per diagnostic and, with --csv-findings, one per finding; every cell reads back as the JSON has it', () => {
    const diagnosticsCsv = path.join(dir, 'out', 'diagnostics.csv');
    const findingsCsv = path.join(dir, 'out', 'findings.csv');
    fs.mkdirSync(path.dirname(diagnosticsCsv));
    const r = audit(['--format', 'csv', '--out', diagnosticsCsv, '--csv-findings', findingsCsv, '--jobs', '2', '--quiet', dir]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    const json = audit(['--format', 'ndjson', '--quiet', dir]).stdout.trim().split('\n').map((l) => JSON.parse(l));

    const diagnostics = parse(fs.readFileSync(diagnosticsCsv, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const expectedDiagnostics = json.flatMap((n) =>
      n.diagnostics.map((d: { code: string; severity: string; range: Range; message: string; citations: unknown[]; query?: string }) => {
        const [line, column, endLine, endColumn] = pos(d.range);
        return { note: n.path, rule: d.code, severity: d.severity, line, column, end_line: endLine, end_column: endColumn, message: d.message, citations: d.citations.join(' '), query: d.query ?? '', summary: n.summary.line };
      }),
    );
    assert.ok(expectedDiagnostics.length > 5);
    assert.deepStrictEqual(diagnostics, expectedDiagnostics);

    const findings = parse(fs.readFileSync(findingsCsv, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const expectedFindings = json.flatMap((n) =>
      n.findings.map((f: { kind: string; assertion: string; assertedBy?: string; range: Range; text: string; attributes: unknown }) => {
        const [line, column, endLine, endColumn] = pos(f.range);
        return { note: n.path, kind: f.kind, assertion: f.assertion, asserted_by: f.assertedBy ?? '', line, column, end_line: endLine, end_column: endColumn, text: f.text, attributes: JSON.stringify(f.attributes) };
      }),
    );
    assert.deepStrictEqual(findings, expectedFindings);
    const quoted = findings.find((f) => f.kind === 'custom');
    assert.ok(quoted, 'the custom target was found');
    assert.strictEqual(quoted.text, 'it hurts, a lot');
    assert.strictEqual(JSON.parse(quoted.attributes).label, 'quote, "q"');
    assert.ok(findings.some((f) => f.note.endsWith('a, "quoted"\nname.note')));
    assert.ok(diagnostics.some((d) => d.query.startsWith('--- Physician query')), 'a query keeps its leading dashes');
  });

  it('a cell a spreadsheet would run as a formula starts with an apostrophe', () => {
    const sub = path.join(dir, 'formula');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, '=HYPERLINK(1).note'), syntheticNote(6));
    const r = audit(['--format', 'csv', '--quiet', '=HYPERLINK(1).note'], undefined, sub);
    assert.strictEqual(r.code, 0, r.stderr);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    assert.ok(rows.length > 0);
    for (const row of rows) assert.strictEqual(row.note, "'=HYPERLINK(1).note");
  });
});
