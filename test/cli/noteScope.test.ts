import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

/** The CLI process on the sample notes: note type, rules by note type, the criteria and the weeks as the summary states them. */
const ROOT = path.join(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'clinical-review.js');
const SAMPLE = (name: string) => path.join(ROOT, 'samples', name);

function run(args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.signal, null, 'the CLI hung');
  return r.stdout;
}

describe('clinical-review CLI: note type and the criteria', function () {
  this.timeout(30_000);

  it('names the note type, and an imaging report gets no care minimum and no criteria', () => {
    const out = run([SAMPLE('mri-lumbar-grade1-l5s1.rad')]);
    assert.match(out, /^ {2}Note type: Imaging report$/m);
    assert.doesNotMatch(out, /Surgical criteria \(all four/);
    assert.doesNotMatch(out, /^ {2}Conservative care:/m);
    assert.match(out, /Not assessed: imaging report — conservative care and the fusion criteria are weighed on clinical notes/);
    assert.doesNotMatch(out, /\[conservative-first;/);
    const json = JSON.parse(run(['--format', 'json', SAMPLE('mri-lumbar-grade1-l5s1.rad'), SAMPLE('ed-cauda-equina.note'), SAMPLE('pt-progress-note.note')]));
    assert.deepStrictEqual(
      json.files.map((f: { case: { noteType: string } }) => f.case.noteType),
      ['imaging', 'emergency', 'physicalTherapy'],
    );
  });

  it('an ED note with a red flag: no elective-care advice', () => {
    const out = run([SAMPLE('ed-cauda-equina.note')]);
    assert.match(out, /\[red-flag-cauda-equina;/);
    assert.doesNotMatch(out, /\[outcome-measures;|reassessed without a disability score/);
    assert.doesNotMatch(out, /^ {2}Conservative care:/m);
    assert.match(out, /Not assessed: red flag documented/);
  });

  it('premature fusion: criterion (a) not met, and the same 9 of 12 weeks in the care line, the summary and the diagnostic', () => {
    const out = run([SAMPLE('spine-consult-premature-fusion.note')]);
    assert.match(out, /^ {2}Conservative care: 9 of 12 weeks documented$/m);
    assert.match(out, /✗ Failed comprehensive conservative care for at least 3 months: not met/);
    assert.match(out, /Summary: .*9 of 12 weeks done$/m);
    assert.match(out, /Fusion criterion \(a\) not met: .*Found: 9 of 12 weeks of conservative care documented \(physical therapy 6 weeks, ibuprofen 9 weeks\)/);
    assert.doesNotMatch(out, /8\.6|documented without a duration/);
  });
});
