import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One note read together, as a user sees it from the CLI: shared attributes and addenda's corrections. */
const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');

interface FindingJson {
  kind: string;
  assertion: string;
  text: string;
  range: { start: { line: number; character: number } };
  attributes: Record<string, unknown>;
  inheritedFrom?: Record<string, { start: { line: number } }>;
  correctedFrom?: { start: { line: number } };
}
interface FileJson {
  findings: FindingJson[];
  diagnostics: Array<{ code: string; message: string; range: { start: { line: number } } }>;
}

function review(dir: string, name: string, text: string): FileJson {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).files[0];
}

describe('CLI: one note, one story', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-mentions-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives both mentions of one slip the grade of the impression and the millimetres of the findings', () => {
    const out = review(
      dir,
      'slip.rad',
      'MRI LUMBAR SPINE\nFINDINGS: L4 is anteriorly translated 5 mm on L5. Moderate central stenosis at L4-L5.\nIMPRESSION: Grade 1 anterolisthesis of L4 on L5.\n',
    );
    const slips = out.findings.filter((f) => f.kind === 'listhesis' && f.assertion === 'present');
    assert.strictEqual(slips.length, 2, JSON.stringify(slips));
    for (const s of slips) {
      assert.strictEqual(s.attributes.grade, 1, JSON.stringify(s));
      assert.strictEqual(s.attributes.mm, 5, JSON.stringify(s));
      assert.strictEqual(s.attributes.upper, 'L4');
    }
    const [findings, impression] = slips;
    assert.strictEqual(findings.range.start.line, 1);
    assert.strictEqual(findings.inheritedFrom?.grade.start.line, 2, 'the grade is cited where the impression states it');
    assert.strictEqual(impression.inheritedFrom?.mm.start.line, 1, 'the millimetres are cited where the findings state them');
    assert.strictEqual(findings.inheritedFrom?.mm, undefined, 'a mention\'s own value is not inherited');
  });

  it('does not call a pars defect "chronicity not stated" when the next sentence calls it chronic', () => {
    const out = review(dir, 'pars.rad', 'MRI LUMBAR SPINE\nFINDINGS: There are bilateral L5 pars defects. The pars defects are chronic, with sclerotic margins.\n');
    const pars = out.findings.filter((f) => f.kind === 'parsDefect' && f.assertion === 'present');
    assert.ok(pars.length >= 1);
    assert.strictEqual(pars[0].attributes.chronicity, 'chronic', JSON.stringify(pars[0]));
    assert.strictEqual(pars[0].attributes.level, 'L5');
    const stable = out.diagnostics.find((d) => d.code === 'chronic-pars-stable');
    assert.ok(stable, 'chronic-pars-stable fires');
    assert.strictEqual(stable.range.start.line, 1);
    assert.doesNotMatch(stable.message, /chronicity not stated/);
  });

  it('leaves no present finding with the side an addendum retracts, and restates it at the corrected word', () => {
    const text =
      'MRI LUMBAR SPINE\nFINDINGS: L4-L5: Moderate right foraminal stenosis.\nIMPRESSION: Moderate right L4-L5 foraminal stenosis.\n\n' +
      'ADDENDUM 03/02/2026: The foraminal stenosis at L4-L5 should read left, not right.\n';
    const out = review(dir, 'addendum.rad', text);
    const stenoses = out.findings.filter((f) => f.kind === 'stenosis');
    assert.deepStrictEqual(stenoses.filter((f) => f.attributes.side === 'right' && f.assertion === 'present'), [], JSON.stringify(stenoses));
    const corrected = stenoses.filter((f) => f.attributes.side === 'left');
    assert.strictEqual(corrected.length, 1, JSON.stringify(stenoses));
    assert.strictEqual(corrected[0].assertion, 'present');
    assert.strictEqual(corrected[0].text, 'left');
    assert.strictEqual(corrected[0].range.start.line, 4);
    assert.deepStrictEqual(
      { level: corrected[0].attributes.level, location: corrected[0].attributes.location, severity: corrected[0].attributes.severity },
      { level: 'L4-L5', location: 'foraminal', severity: 'moderate' },
    );
    assert.ok(corrected[0].correctedFrom);
  });
});
