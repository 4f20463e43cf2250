import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ndjsonOf, recombinedNotes } from '../../support/recombinedNotes';
import { audit, BIN } from './auditCli';

const ROOT = path.join(BIN, '..', '..');
const SCRIPT = path.join(ROOT, 'examples', 'dask', 'audit.py');
/** Debian's Python, where python3-distributed is installed (another python3 may come first on PATH). */
const PYTHON = '/usr/bin/python3';

function hasDistributed(): boolean {
  return spawnSync(PYTHON, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0;
}

/** The CLI as a worker gets it: bin/clinical-review.js and the bundles in dist/, nothing else. */
function packedCli(dir: string): string {
  for (const f of ['bin/clinical-review.js', 'dist/cli.js', 'dist/reviewWorker.js']) {
    assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing: run "npm run build"`);
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  return path.join(dir, 'bin', 'clinical-review.js');
}

/** examples/dask/audit.py on a LocalCluster of `workers` processes on 127.0.0.1. */
function daskAudit(args: string[], workers: number) {
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  const r = spawnSync(PYTHON, [SCRIPT, '--workers', String(workers), ...args], { encoding: 'utf8', env, timeout: 240_000 });
  assert.strictEqual(r.signal, null, `audit.py was killed (${r.signal}): it hung`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('examples/dask/audit.py: the --ndjson-stdin stage on a Dask cluster', function () {
  this.timeout(300_000);
  let dir: string;
  let cli: string;

  before(function () {
    // Under CI python3-distributed is installed by .ci/run: there the test runs, never skips.
    if (!hasDistributed()) {
      if (process.env.CI) assert.fail(`${PYTHON} cannot import distributed: apt-get install python3-distributed`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-dask-'));
    cli = packedCli(path.join(dir, 'cli'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('2,400 JSON lines on 2 worker processes: the same output, byte for byte, and the same summary as one audit --ndjson-stdin process', () => {
    const lines = ndjsonOf(recombinedNotes(2400)).split('\n');
    // Bad lines deep in the input (a later partition): their error lines number the whole input.
    lines[1999] = '{"id":"n1999","text":"unterminated';
    lines[2100] = '{"id":"n2100","meta":{"site":"A","score":1.50},"author":"x","text":"t"}';
    const input = lines.join('\n');
    const notes = path.join(dir, 'notes.jsonl');
    fs.writeFileSync(notes, input);
    assert.ok(input.length > 3 << 20, 'the input spans several 1 MiB partitions');

    const single = audit(['--ndjson-stdin', '--quiet', '--summary', path.join(dir, 'single.summary.json')], input);
    assert.strictEqual(single.code, 0, single.stderr);
    const out = path.join(dir, 'results.ndjson');
    const r = daskAudit(['--notes', notes, '--out', out, '--cli', cli], 2);
    assert.strictEqual(r.code, 0, r.stderr);

    const results = fs.readFileSync(out, 'utf8');
    assert.strictEqual(results.split('\n').length - 1, 2400, 'one result line per input line');
    assert.strictEqual(results, single.stdout, 'the same results, in input order');
    const parsed = results.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(parsed.map((p) => p.id), lines.slice(0, 2400).map((_, i) => (i === 1999 ? null : `n${i}`)));
    assert.deepStrictEqual(parsed[1999], { id: null, line: 2000, error: 'not valid JSON' });
    assert.ok(results.includes('{"id":"n2100","meta":{"site":"A","score":1.50},"line":2101,"error":"unknown field \\"author\\""}'));

    const merged = JSON.parse(fs.readFileSync(`${out}.summary.json`, 'utf8'));
    assert.deepStrictEqual(merged, JSON.parse(fs.readFileSync(path.join(dir, 'single.summary.json'), 'utf8')), 'the merged summary is the single run\'s');
    assert.ok(merged.reviewed === 2398 && Object.keys(merged.diagnosticsByRule).length > 3);
    assert.match(r.stdout, /^audit: 2400 notes: 2398 reviewed, 2 skipped/);
    assert.ok(!r.stdout.includes('n2100') && !r.stderr.includes('n2100'), 'the printed summary and the logs name no note');
  });

  it('a folder of notes: one result per file, by path, as the single process gives for the same files', () => {
    const notes = recombinedNotes(300);
    const folder = path.join(dir, 'folder');
    const rel = notes.map((_, i) => `${['clinic', 'radiology'][i % 2]}/${String(i).padStart(4, '0')}.${i % 2 ? 'rad' : 'note'}`);
    rel.forEach((p, i) => {
      fs.mkdirSync(path.join(folder, path.dirname(p)), { recursive: true });
      fs.writeFileSync(path.join(folder, p), notes[i]);
    });
    fs.writeFileSync(path.join(folder, 'README.md'), 'not a note');
    const order = rel.map((p, i) => ({ p, i })).sort((a, b) => (a.p < b.p ? -1 : 1));
    const single = audit(['--ndjson-stdin', '--jobs', '1', '--quiet'], order.map(({ p, i }) => JSON.stringify({ id: p, text: notes[i] }) + '\n').join(''));
    const out = path.join(dir, 'folder.ndjson');
    const r = daskAudit(['--notes', folder, '--out', out, '--cli', cli], 2);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), single.stdout);
  });

  it('a CLI that fails fails the run loudly, and leaves no results file', () => {
    const notes = path.join(dir, 'few.jsonl');
    fs.writeFileSync(notes, ndjsonOf(recombinedNotes(3)));
    const out = path.join(dir, 'failed.ndjson');
    const r = daskAudit(['--notes', notes, '--out', out, '--cli', '/bin/false'], 1);
    assert.notStrictEqual(r.code, 0);
    assert.match(r.stderr, /a partition failed: \/bin\/false audit --ndjson-stdin exited with 1/);
    assert.ok(!fs.existsSync(out) && !fs.existsSync(`${out}.partial`));
  });
});
