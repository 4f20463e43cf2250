import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Tables read through the user's path: the CLI as a child process, on notes written for these tests. */
const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');

interface CliFinding {
  kind: string;
  assertion: string;
  text: string;
  range: { start: { line: number } };
  attributes: Record<string, unknown>;
}
interface CliFile {
  findings: CliFinding[];
  case: { conservativeCareDays: number; redFlags: string[]; surgicalCriteria: { failedConservativeCare: boolean } };
  diagnostics: Array<{ code: string; message: string }>;
}

function review(dir: string, name: string, lines: string[]): CliFile {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n'));
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.signal, null, 'the CLI hung');
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout).files[0];
}

describe('CLI: tables in notes', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-tables-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a therapy table row is one episode whose own cells give duration, status and response, and counts toward conservative care', () => {
    const out = review(dir, 'therapy-table.note', [
      'SPINE CLINIC FOLLOW-UP',
      'Date of service: 06/30/2026',
      'HPI: 46-year-old woman with low back pain and left L5 radiculopathy from an L4-L5 grade 1 spondylolisthesis.',
      '',
      'CONSERVATIVE CARE TO DATE:',
      '| Treatment             | Dates                   | Visits | Response           |',
      '|-----------------------|-------------------------|--------|--------------------|',
      '| Physical therapy      | 02/02/2026 - 05/29/2026 | 16     | no relief          |',
      '| Chiropractic care     | 01/2026 - 02/2026       | 8      | temporary relief   |',
      '| Epidural steroid inj. | 04/10/2026              | 1      | 3 days of relief   |',
      '',
      'PLAN: Discussed fusion.',
    ]);
    const therapies = out.findings.filter((f) => f.kind === 'conservativeTherapy' && f.range.start.line >= 5 && f.range.start.line <= 9);
    assert.deepStrictEqual(
      therapies.map((f) => [f.text, f.assertion, f.attributes.durationDays, f.attributes.status, f.attributes.response]),
      [
        ['Physical therapy', 'present', 116, 'completed', 'none'],
        ['Chiropractic care', 'present', 30, 'completed', 'partial'],
        ['Epidural steroid', 'present', undefined, 'completed', 'partial'],
      ],
    );
    // The chiropractic's 30 days lie somewhere in January-February: at most 27 of them within the PT's dates.
    assert.strictEqual(out.case.conservativeCareDays, 119);
    assert.strictEqual(out.case.surgicalCriteria.failedConservativeCare, true);
    assert.ok(!out.diagnostics.some((d) => d.code === 'conservative-first'), 'the table\'s 116 days of care meet the 3-month minimum');
  });

  it('a dated motor table whose grade falls raises a progressive-deficit red flag that names the exams compared', () => {
    const out = review(dir, 'motor-table.note', [
      'NEUROSURGERY FOLLOW-UP',
      'Date of service: 09/30/2026',
      'HPI: Left leg pain from an L4-L5 disc extrusion.',
      'MOTOR EXAM, LEFT:',
      '  Muscle              07/01/2026   08/15/2026   09/30/2026',
      '  Quadriceps          5/5          5/5          5/5',
      '  Tibialis anterior   5/5          4/5          3/5',
      '  Gastrocnemius       4/5          4+/5         5/5',
      'PLAN: MRI.',
    ]);
    const flags = out.findings.filter((f) => f.kind === 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.range.start.line, f.assertion, f.attributes.type]), [[6, 'present', 'progressiveDeficit']]);
    assert.deepStrictEqual(out.case.redFlags, ['progressiveDeficit']);
    const diagnostic = out.diagnostics.find((d) => d.code === 'red-flag-progressive-deficit');
    assert.ok(diagnostic, 'the red-flag rule fires');
    assert.match(diagnostic.message, /Tibialis anterior 5\/5 \(07\/01\/2026\) to 3\/5 \(09\/30\/2026\)/);
  });

  it('an improving motor flowsheet (a row per date) raises nothing; a falling one flags the latest grade', () => {
    const improving = review(dir, 'flowsheet-improving.note', [
      'PM&R FOLLOW-UP',
      'Date of service: 08/25/2026',
      'MOTOR FLOWSHEET (right):',
      'Date       | Tib ant | EHL',
      '06/02/2026 | 4/5     | 3/5',
      '08/25/2026 | 5/5     | 4+/5',
    ]);
    assert.deepStrictEqual(improving.findings.filter((f) => f.kind === 'redFlag'), []);
    const falling = review(dir, 'flowsheet-falling.note', [
      'PM&R FOLLOW-UP',
      'Date of service: 08/25/2026',
      'MOTOR FLOWSHEET (right):',
      'Date       | Tib ant | EHL',
      '06/02/2026 | 5/5     | 5/5',
      '08/25/2026 | 5/5     | 3/5',
    ]);
    const flags = falling.findings.filter((f) => f.kind === 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.text, f.range.start.line, f.attributes.exams]), [['3/5', 5, 'ehl 5/5 (06/02/2026) to 3/5 (08/25/2026)']]);
  });

  it('an outcome table with dated columns gives one measurement per date, anchored on each value', () => {
    const out = review(dir, 'outcomes.note', [
      'PHYSICAL THERAPY PROGRESS NOTE',
      'Date of service: 05/20/2026',
      'Low back pain with left sciatica.',
      'Measure     03/04/2026   04/08/2026   05/20/2026',
      'ODI         46%          38%          30%',
      'NRS         7/10         5/10         4/10',
    ]);
    const measures = out.findings.filter((f) => f.kind === 'outcomeMeasure');
    assert.deepStrictEqual(
      measures.map((f) => [f.text, f.attributes.instrument, f.attributes.value]),
      [['46%', 'ODI', 46], ['38%', 'ODI', 38], ['30%', 'ODI', 30], ['7/10', 'NRS', 7], ['5/10', 'NRS', 5], ['4/10', 'NRS', 4]],
    );
  });

  it('time columns: a yes only under "Prior" is history, not an alarm; a tolerance row with a current amount is a functional limit', () => {
    const out = review(dir, 'time-columns.note', [
      'PT PROGRESS NOTE',
      'Date of service: 09/01/2026',
      'Diagnosis: L4-L5 degenerative spondylolisthesis with left sciatica.',
      '',
      '| Symptom            | Prior (03/2025) | Current |',
      '|--------------------|-----------------|---------|',
      '| Saddle numbness    | Yes             | No      |',
      '| Urinary retention  | No              | No      |',
      '',
      'Tolerances          Previous       Current',
      'Walking             2 miles        2 blocks',
    ]);
    const flags = out.findings.filter((f) => f.kind === 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.text, f.assertion]), [['Saddle numbness', 'historical'], ['Urinary retention', 'absent']]);
    assert.deepStrictEqual(out.case.redFlags, []);
    assert.ok(!out.diagnostics.some((d) => d.code === 'red-flag-cauda-equina'), 'no cauda equina error');
    const limits = out.findings.filter((f) => f.kind === 'functionalImpairment');
    assert.deepStrictEqual(limits.map((f) => [f.text, f.assertion, f.attributes.domain]), [['Walking', 'present', 'walking']]);
  });

  it('a therapy row under time columns: each time cell is its own episode, a past column dated a year before the visit is a remote course', () => {
    const out = review(dir, 'therapy-time-columns.note', [
      'SPINE CLINIC FOLLOW-UP',
      'Date of service: 06/16/2026',
      'HPI: Low back pain with left L5 radiculopathy.',
      '',
      '| Treatment         | 03/2024             | Current                     |',
      '|-------------------|---------------------|-----------------------------|',
      '| Physical therapy  | 6 weeks, no relief  | 4 weeks so far, some relief |',
      '| Gabapentin        | 2 months, stopped   | ongoing                     |',
    ]);
    const therapies = out.findings.filter((f) => f.kind === 'conservativeTherapy');
    assert.deepStrictEqual(
      therapies.map((f) => [f.text, f.assertion, f.attributes.modality, f.attributes.durationDays, f.attributes.status, f.attributes.response]),
      [
        ['6 weeks, no relief', 'historical', 'physicalTherapy', 42, 'completed', 'none'],
        ['4 weeks so far, some relief', 'present', 'physicalTherapy', 28, 'ongoing', 'partial'],
        ['2 months, stopped', 'historical', 'medication', 60, 'completed', undefined],
        ['ongoing', 'present', 'medication', undefined, 'ongoing', undefined],
      ],
    );
    assert.strictEqual(out.case.conservativeCareDays, 28, 'the 2024 courses are a past episode');
  });
});
