import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Red-flag errors as a user sees them from the CLI: none for a retold or warned-of red flag, one for a present one. */
const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');

interface CliDiagnostic {
  code: string;
  severity: string;
}
interface CliFinding {
  kind: string;
  text: string;
  assertion: string;
}

function review(dir: string, name: string, text: string): { code: number; diagnostics: CliDiagnostic[]; findings: CliFinding[] } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', '--fail-on', 'error', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.signal, null, 'the CLI hung');
  const out = JSON.parse(r.stdout);
  return { code: r.status ?? -1, diagnostics: out.files[0].diagnostics, findings: out.files[0].findings };
}

const redFlagCodes = (d: CliDiagnostic[]) => d.map((x) => x.code).filter((c) => c.startsWith('red-flag-')).sort();

describe('clinical-review CLI: red flags', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-redflags-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a post-operative note retelling the cauda equina episode raises no red-flag error', () => {
    const r = review(dir, 'postop.note', [
      'SPINE SURGERY - POSTOPERATIVE CHECK',
      'Date of service: 07/14/2026',
      'Procedure: L4-5 laminectomy and discectomy for cauda equina syndrome',
      '',
      'INTERVAL HISTORY: She presented on 06/20/2026 with a large central disc herniation and severe stenosis, saddle numbness, urinary retention and a new left foot drop. Saddle numbness has resolved. The foot drop is improving.',
      '',
      'PLAN: Return to the ED for saddle numbness, inability to void or new weakness.',
    ].join('\n'));
    assert.deepStrictEqual(redFlagCodes(r.diagnostics), []);
    assert.strictEqual(r.code, 0);
    const retold = r.findings.find((f) => f.kind === 'redFlag' && f.text === 'urinary retention');
    assert.strictEqual(retold?.assertion, 'historical');
  });

  it('precautions written without "return" and a surgical risks discussion raise no red-flag error', () => {
    const r = review(dir, 'precautions.note', [
      'NEUROSURGERY CONSULTATION',
      'Date of Service: 09/29/2026',
      'HISTORY: Left leg pain radiating to the foot for 10 weeks. Denies saddle numbness or urinary retention.',
      'PLAN: L4-5 discectomy. The risks, benefits and alternatives were discussed, to include infection, nerve injury and loss of bowel and bladder control.',
      'ED immediately for saddle numbness or bladder or bowel changes.',
    ].join('\n'));
    assert.deepStrictEqual(redFlagCodes(r.diagnostics), []);
  });

  it('a cauda equina presentation today and a reduced tone raise both red-flag errors and exit 1', () => {
    const r = review(dir, 'ed.note', [
      'EMERGENCY DEPARTMENT - LOW BACK PAIN',
      'Date of service: 07/14/2026',
      'HPI: She presented today, two months after a fall in May, with saddle numbness, urinary retention and a new right foot drop.',
      'EXAM: Rectal: decreased to no rectal tone.',
    ].join('\n'));
    assert.deepStrictEqual(redFlagCodes(r.diagnostics), ['red-flag-cauda-equina', 'red-flag-progressive-deficit']);
    assert.ok(r.diagnostics.every((d) => !d.code.startsWith('red-flag-') || d.severity === 'error'));
    assert.strictEqual(r.code, 1);
  });
});
