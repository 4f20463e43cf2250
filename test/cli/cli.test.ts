import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The CLI as a user runs it: a child process, real files, exit codes. */
const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');

/** A run that hangs (reading a pipe, say) is killed after 15 s and fails its test. */
function run(args: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.signal, null, `the CLI was killed (${r.signal}): it hung`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const POSIX = process.platform !== 'win32';

describe('clinical-review CLI', function () {
  this.timeout(30_000);
  let dir: string;
  // A clinic note's lines (its PLAN: makes it one): an imaging report would get imaging rules only.
  const slipNote = 'FINDINGS: Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.\r\nIMPRESSION: No spondylolysis.\r\nPLAN: Physical therapy.\r\n';

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.note'), slipNote);
    fs.writeFileSync(path.join(dir, 'sub', 'b.rad'), 'No fracture, dislocation, or spondylolisthesis.');
    fs.writeFileSync(path.join(dir, 'sub', 'ignored.pdf'), 'x');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract for files found in a folder', () => {
    const r = run(['--format', 'json', dir]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.version, 1);
    assert.deepStrictEqual(out.files.map((f: { path: string }) => path.relative(dir, f.path)), ['a.note', path.join('sub', 'b.rad')]);
    const slip = out.files[0].findings.find((f: { kind: string }) => f.kind === 'listhesis');
    assert.deepStrictEqual(Object.keys(slip).sort(), ['assertion', 'attributes', 'kind', 'range', 'text']);
    assert.deepStrictEqual(slip.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 45 } });
    assert.deepStrictEqual(slip.attributes, { direction: 'anterior', grade: 1, mm: 3, upper: 'L5', lower: 'S1' });
    assert.strictEqual(out.files[0].findings.find((f: { kind: string }) => f.kind === 'parsDefect').assertion, 'absent');
    assert.strictEqual(out.files[1].findings[0].assertion, 'absent');
    assert.strictEqual(out.files[0].case.highestGrade, 1);
    for (const d of out.files[0].diagnostics) {
      assert.deepStrictEqual(Object.keys(d).filter((k) => k !== 'query').sort(), ['citations', 'code', 'message', 'range', 'related', 'severity']);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(d.citations.length > 0);
    }
  });

  it('text output names findings and the summary', () => {
    const r = run([path.join(dir, 'a.note')]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /Summary: /);
    assert.match(r.stdout, /listhesis\s+present\s+"Grade 1 anterolisthesis of L5 on S1"/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour codes when NO_COLOR is set');
  });

  it('exits 1 when a diagnostic reaches --fail-on, 0 when none does', () => {
    assert.strictEqual(run(['--fail-on', 'hint', path.join(dir, 'a.note')]).code, 1);
    assert.strictEqual(run(['--fail-on', 'error', path.join(dir, 'a.note')]).code, 0);
  });

  it('exits 2 on usage errors', () => {
    for (const args of [[], ['--format', 'xml', 'x'], ['--bogus', 'x'], ['--date', '2026-13-45', 'x'], ['--fail-on', 'fatal', 'x']]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, `${args.join(' ')} -> ${r.code}`);
      assert.match(r.stderr, /clinical-review: /);
    }
  });

  it('an unreadable or binary file gets a one-line error and the run goes on', () => {
    const bin = path.join(dir, 'scan.note');
    fs.writeFileSync(bin, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe]));
    try {
      const r = run(['--format', 'json', bin, path.join(dir, 'missing.note'), path.join(dir, 'a.note')]);
      assert.strictEqual(r.code, 2);
      const errors = r.stderr.trim().split('\n').sort();
      assert.strictEqual(errors.length, 2, r.stderr);
      assert.match(errors[0], /missing\.note: no such file/);
      assert.match(errors[1], /scan\.note: looks binary/);
      assert.strictEqual(JSON.parse(r.stdout).files.length, 1);
    } finally {
      fs.rmSync(bin);
    }
  });

  it('reads settings from --config and from .clinical-review.json found above the note', () => {
    const base = JSON.parse(run(['--format', 'json', path.join(dir, 'a.note')]).stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(base.length > 0);
    const off = Object.fromEntries(base.map((c: string) => [c, 'off']));
    const configFile = path.join(dir, 'custom.json');
    fs.writeFileSync(configFile, JSON.stringify({ rules: off, targets: [{ label: 'anterolisthesis-custom', phrases: ['anterolisthesis'] }] }));
    const viaFlag = JSON.parse(run(['--format', 'json', '--config', configFile, path.join(dir, 'a.note')]).stdout).files[0];
    assert.deepStrictEqual(viaFlag.diagnostics, []);
    assert.ok(viaFlag.findings.some((f: { kind: string; attributes: { label?: string } }) => f.kind === 'custom' && f.attributes.label === 'anterolisthesis-custom'));
    fs.writeFileSync(path.join(dir, '.clinical-review.json'), JSON.stringify({ rules: off }));
    try {
      assert.deepStrictEqual(JSON.parse(run(['--format', 'json', path.join(dir, 'a.note')]).stdout).files[0].diagnostics, []);
    } finally {
      fs.rmSync(path.join(dir, '.clinical-review.json'));
    }
  });

  it('--help and --version', () => {
    assert.match(run(['--help']).stdout, /Usage: clinical-review/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  describe('reads only regular files', function () {
    let odd: string;
    before(function () {
      if (!POSIX) this.skip();
      odd = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-cli-odd-'));
      execFileSync('mkfifo', [path.join(odd, 'pipe.note')]);
      fs.symlinkSync('/dev/zero', path.join(odd, 'zero.rad'));
      fs.writeFileSync(path.join(odd, 'real.note'), slipNote);
      fs.symlinkSync(path.join(odd, 'real.note'), path.join(odd, 'link.note'));
      fs.symlinkSync(path.join(odd, 'link.note'), path.join(odd, 'link-to-link.note'));
    });
    after(() => odd && fs.rmSync(odd, { recursive: true, force: true }));

    it('a FIFO note given by name gets a one-line error instead of a hang', () => {
      const r = run(['--format', 'json', path.join(odd, 'pipe.note'), path.join(odd, 'real.note')]);
      assert.strictEqual(r.code, 2);
      assert.deepStrictEqual(r.stderr.trim().split('\n'), [`clinical-review: ${path.join(odd, 'pipe.note')}: is a named pipe (FIFO), not a regular file; not read`]);
      assert.strictEqual(JSON.parse(r.stdout).files.length, 1);
    });

    it('a symlink to /dev/zero is refused as a device', () => {
      const r = run([path.join(odd, 'zero.rad')]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /zero\.rad: is a device, not a regular file; not read/);
    });

    it('in a folder: the FIFO, the device and the link to a link are reported; the note and its link are reviewed', () => {
      const r = run(['--format', 'json', odd]);
      assert.strictEqual(r.code, 2);
      const errors = r.stderr.trim().split('\n');
      assert.strictEqual(errors.length, 3, r.stderr);
      assert.match(r.stderr, /link-to-link\.note: is a symbolic link to another symbolic link; not followed/);
      assert.deepStrictEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => path.basename(f.path)), ['link.note', 'real.note']);
    });

    it('a FIFO .clinical-review.json is refused, and its notes are reviewed with the defaults', () => {
      const sub = path.join(odd, 'fifo-config');
      fs.mkdirSync(sub);
      execFileSync('mkfifo', [path.join(sub, '.clinical-review.json')]);
      fs.writeFileSync(path.join(sub, 'a.note'), slipNote);
      const r = run(['--format', 'json', path.join(sub, 'a.note')]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /\.clinical-review\.json: cannot read settings \(is a named pipe \(FIFO\), not a regular file; not read\)/);
      assert.ok(JSON.parse(r.stdout).files[0].diagnostics.length > 0, 'default rules ran');
    });

    it('--config /dev/zero and an oversized settings file are refused', () => {
      const big = path.join(odd, 'big.json');
      fs.writeFileSync(big, `{"preset": "strict", "x": "${'x'.repeat(1024 * 1024)}"}`);
      for (const [config, why] of [['/dev/zero', /is a device/], [big, /is larger than 1 MB; not read/]] as const) {
        const r = run(['--config', config, path.join(odd, 'real.note')]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, why);
      }
    });
  });
});
