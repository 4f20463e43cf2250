import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { audit, syntheticNote } from './auditCli';

/** The SARIF multitool from the npm registry (@microsoft/sarif-multitool, a devDependency): its Linux binary. */
function multitool(): string {
  return require('@microsoft/sarif-multitool') as string;
}

describe('clinical-review audit --format sarif', function () {
  this.timeout(180_000);
  let dir: string;
  let sarifFile: string;
  let sarif: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  let ndjson: Array<{ path: string; diagnostics: Array<{ code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }>;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-sarif-'));
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `n${String(i).padStart(2, '0')}.note`), syntheticNote(i));
    fs.writeFileSync(path.join(dir, 'scan.note'), Buffer.from([0x25, 0x50, 0x00, 0x01]));
    sarifFile = path.join(dir, 'out.sarif');
    const r = audit(['--format', 'sarif', '--out', sarifFile, '--quiet', '--jobs', '2', dir]);
    assert.strictEqual(r.code, 2, 'the unreadable file fails the run');
    sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
    ndjson = audit(['--quiet', dir]).stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((n) => !('error' in n));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the SARIF multitool validates it against the SARIF 2.1.0 schema and spec rules with no error', function () {
    const log = path.join(dir, 'validation.sarif');
    const v = spawnSync(multitool(), ['validate', sarifFile, '-o', log, '--level', 'Error', 'Warning', 'Note', '-q'], { encoding: 'utf8', timeout: 120_000 });
    assert.strictEqual(v.status, 0, `the multitool ran (${v.error?.message ?? v.status})`);
    const results = JSON.parse(fs.readFileSync(log, 'utf8')).runs[0].results as Array<{ ruleId: string; level: string }>;
    // GHAzDO* are Azure DevOps service requirements (automationDetails, a driver fullName), not SARIF.
    const errors = results.filter((x) => x.level === 'error' && !x.ruleId.startsWith('GHAzDO'));
    assert.deepStrictEqual(errors, []);
    // The validator does catch a broken log: a tool without a name and a 0-based line.
    const broken = JSON.parse(JSON.stringify(sarif));
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    fs.writeFileSync(path.join(dir, 'broken.sarif'), JSON.stringify(broken));
    const b = spawnSync(multitool(), ['validate', path.join(dir, 'broken.sarif'), '-o', path.join(dir, 'broken.log'), '-q'], { encoding: 'utf8', timeout: 120_000 });
    assert.strictEqual(b.status, 0);
    const found = JSON.parse(fs.readFileSync(path.join(dir, 'broken.log'), 'utf8')).runs[0].results.map((x: { ruleId: string }) => x.ruleId);
    assert.ok(found.includes('JSON1002') && found.includes('JSON1008'), found.join(' '));
  });

  it('rule metadata: id, descriptions, help, a help URI to the rule page, default level, guideline citations', () => {
    const rules = sarif.runs[0].tool.driver.rules as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.ok(rules.length >= 15);
    for (const rule of rules) {
      assert.ok(rule.shortDescription.text && rule.fullDescription.text && rule.help.text, rule.id);
      assert.ok(fs.existsSync(fileURLToPath(rule.helpUri)), `${rule.id}: ${rule.helpUri}`);
      assert.strictEqual(path.basename(fileURLToPath(rule.helpUri)), `${rule.id}.md`);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      assert.ok(rule.properties.citations.length > 0, rule.id);
    }
    assert.deepStrictEqual(rules.find((r) => r.id === 'surgical-criteria')?.properties.citations, [1, 2]);
  });

  it('one result per diagnostic, at its file and 1-based region; the unreadable file is a notification', () => {
    const results = sarif.runs[0].results as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const expected = ndjson.flatMap((n) =>
      n.diagnostics.map((d) => ({
        ruleId: d.code,
        uri: n.path,
        region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      })),
    );
    assert.ok(expected.length > 10);
    assert.deepStrictEqual(
      results.map((r) => ({ ruleId: r.ruleId, uri: fileURLToPath(r.locations[0].physicalLocation.artifactLocation.uri), region: r.locations[0].physicalLocation.region })),
      expected,
    );
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string }>;
    for (const r of results) assert.strictEqual(rules[r.ruleIndex].id, r.ruleId);
    const invocation = sarif.runs[0].invocations[0];
    assert.strictEqual(invocation.executionSuccessful, false);
    assert.strictEqual(invocation.toolExecutionNotifications.length, 1);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /not reviewed: looks binary/);
  });
});
