import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { audit, BIN, syntheticNote } from './auditCli';

describe('clinical-review audit: folders and globs', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-secret-'));
    fs.mkdirSync(path.join(dir, 'clinic'));
    fs.mkdirSync(path.join(dir, 'rad'));
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, 'clinic', `n${String(i).padStart(2, '0')}.note`), syntheticNote(i));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, 'rad', `r${i}.txt`), syntheticNote(100 + i));
    fs.writeFileSync(path.join(dir, 'rad', 'ignored.pdf'), 'x');
    fs.writeFileSync(path.join(dir, 'clinic', 'scan.note'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff]));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function plainJson(files: string[]): unknown[] {
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...files], { encoding: 'utf8' });
    return JSON.parse(r.stdout).files;
  }

  it('writes one NDJSON line per input, in input order, equal to the plain CLI, with any number of workers', () => {
    const args = ['--format', 'ndjson', '--quiet', path.join(dir, 'clinic'), `${dir}/rad/*.txt`, path.join(dir, 'missing')];
    const one = audit([...args, '--jobs', '1']);
    const three = audit([...args, '--jobs', '3']);
    assert.strictEqual(one.code, 2, 'unreadable inputs fail the run');
    assert.strictEqual(three.stdout, one.stdout);
    const lines = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(lines.length, 40 + 1 + 5 + 1);
    const names = lines.map((l) => path.relative(dir, l.path));
    const expected = [...[...Array(40).keys()].map((i) => `n${String(i).padStart(2, '0')}.note`).map((n) => path.join('clinic', n)), path.join('clinic', 'scan.note')]
      .sort((a, b) => path.basename(a).localeCompare(path.basename(b)))
      .concat([...Array(5).keys()].map((i) => path.join('rad', `r${i}.txt`)), 'missing');
    assert.deepStrictEqual(names, expected);
    assert.match(lines.find((l) => l.path.endsWith('scan.note')).error, /binary/);
    assert.match(lines[lines.length - 1].error, /no such file/);
    const reviewed = lines.filter((l) => !l.error);
    assert.deepStrictEqual(reviewed, plainJson(reviewed.map((l) => l.path)));
    assert.strictEqual(one.stderr, '', '--quiet: nothing on stderr');
  });

  it('a closing summary whose counts add up to the input, naming no file and quoting no note', () => {
    const summaryFile = path.join(os.tmpdir(), `cnr-audit-summary-${process.pid}.json`);
    try {
      const r = audit(['--format', 'json', '--summary', summaryFile, '--jobs', '2', path.join(dir, 'clinic'), path.join(dir, 'rad')]);
      assert.strictEqual(r.code, 2);
      const out = JSON.parse(r.stdout);
      const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
      assert.deepStrictEqual(out.summary, summary);
      assert.strictEqual(summary.notes, 46);
      assert.strictEqual(summary.reviewed + summary.skipped.total, summary.notes);
      assert.strictEqual(out.files.length, summary.reviewed);
      assert.deepStrictEqual(summary.skipped.notes.map((s: { path: string }) => path.basename(s.path)), ['scan.note']);
      const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
      assert.strictEqual(sum(summary.skipped.byReason), summary.skipped.total);
      const diagnostics = out.files.flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics);
      assert.strictEqual(sum(summary.diagnosticsByRule), diagnostics.length);
      const findings = out.files.flatMap((f: { findings: unknown[] }) => f.findings);
      assert.strictEqual(Object.values(summary.findingsByKind).reduce((a: number, k) => a + (k as { total: number }).total, 0), findings.length);
      const flagged = out.files.filter((f: { case: { redFlags: unknown[] } }) => f.case.redFlags.length > 0).length;
      assert.ok(flagged > 0);
      assert.strictEqual(summary.notesWithRedFlags, flagged);
      const fusion = out.files.filter((f: { case: { surgeryPlanned: boolean; plannedProcedure: string } }) => f.case.surgeryPlanned && /fusion|Fusion/.test(f.case.plannedProcedure ?? ''));
      assert.ok(fusion.length > 0, 'some notes plan fusion');
      assert.strictEqual(summary.fusionPlans.notes, fusion.length);
      for (const [id, m] of Object.entries(summary.fusionPlans.missing) as Array<[string, { notMet: number; notDocumented: number; share: number }]>) {
        const missing = fusion.filter((f: { case: { surgicalCriteria: Record<string, boolean | null> } }) => f.case.surgicalCriteria[id] !== true).length;
        assert.strictEqual(m.notMet + m.notDocumented, missing, id);
        assert.ok(Math.abs(m.share - missing / fusion.length) < 0.001, id);
      }
      assert.match(r.stderr, /audit: 46 notes .*: 45 reviewed, 1 skipped \(looks binary/);
      assert.match(r.stderr, /notes planning fusion: \d+; missing \(a\) failed conservative care \d+ %/);
      assert.doesNotMatch(r.stderr, /secret|scan\.note|anterolisthesis|\r/, 'no file name, no note text, no progress bar when piped');
    } finally {
      fs.rmSync(summaryFile, { force: true });
    }
  });

  it('globs select files below their folder; a missing --out folder or a bad flag is a usage or I/O error', () => {
    const r = audit(['--quiet', `${dir}/**/n0?.note`]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout.trim().split('\n').length, 10);
    assert.strictEqual(audit(['--out', path.join(dir, 'no', 'such', 'dir.ndjson'), dir]).code, 2);
    for (const args of [[], ['--jobs', '0', dir], ['--format', 'xml', dir], ['--ndjson-stdin', dir], ['--csv-findings', 'f.csv', dir], ['--date', '2026-02-30', dir]]) {
      const bad = audit(args);
      assert.strictEqual(bad.code, 2, args.join(' '));
      assert.match(bad.stderr, /clinical-review audit: /);
    }
    assert.match(audit(['--help']).stdout, /Usage: clinical-review audit/);
  });
});
