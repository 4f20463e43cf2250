import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

/** The CLI as a user runs it: a child process. */
export const BIN = path.join(__dirname, '..', '..', '..', '..', 'bin', 'clinical-review.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `clinical-review audit ...`; a run that hangs is killed and fails its test. */
export function audit(args: string[], input?: string, cwd?: string): CliRun {
  const r = spawnSync(process.execPath, [BIN, 'audit', ...args], { encoding: 'utf8', input: input ?? '', cwd, timeout: 120_000, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  assert.strictEqual(r.signal, null, `the CLI was killed (${r.signal}): it hung`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Sentences written for these tests, recombined into notes of different content. */
const SENTENCES = [
  'FINDINGS: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm.',
  'There is moderate left foraminal stenosis at L5-S1 with contact of the exiting L5 nerve root.',
  'Bilateral L5 pars defects, chronic in appearance.',
  'She completed 8 weeks of physical therapy without relief.',
  'He smokes one pack per day.',
  'New urinary retention and saddle anesthesia since yesterday.',
  'PLAN: L5-S1 TLIF with pedicle screws is recommended; the patient wishes to proceed.',
  'Oswestry Disability Index 46 percent.',
  'No spondylolisthesis. No fracture.',
  'Pain radiates down the right leg to the foot.',
];

/** A note made of a few of the sentences, chosen by its number. */
export function syntheticNote(n: number): string {
  const picked = SENTENCES.filter((_, i) => ((n * 7 + i * 3) % 5) < 2 || i === n % SENTENCES.length);
  return picked.join(n % 2 ? '\r\n' : '\n') + '\n';
}
