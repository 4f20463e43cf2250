import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Edge inputs through the CLI process: impossible dates, UTF-16 notes, symlink loops, oversized custom targets. */
const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
  assert.strictEqual(r.signal, null, `the CLI was killed (${r.signal}): it hung`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: edge inputs get a clear message and exit code 2', function () {
  this.timeout(30_000);
  let dir: string;
  const note = 'MRI LUMBAR SPINE\nIMPRESSION: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm.\n';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-edges-'));
    fs.writeFileSync(path.join(dir, 'a.rad'), note);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31']) {
    it(`--date ${date} is refused as no calendar date`, () => {
      const r = run(['--date', date, path.join(dir, 'a.rad')]);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, new RegExp(`--date ${date} is not a real calendar date`));
      assert.strictEqual(r.stdout, '');
    });
  }

  it('--date on a leap day is accepted', () => {
    const r = run(['--date', '2028-02-29', '--format', 'json', path.join(dir, 'a.rad')]);
    assert.strictEqual(r.code, 0, r.stderr);
  });

  for (const [name, encode] of [
    ['UTF-16 LE', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16 BE', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ] as const) {
    it(`a ${name} note with a byte-order mark is read, not called binary`, () => {
      const file = path.join(dir, `${name.replace(/\W/g, '')}.rad`);
      fs.writeFileSync(file, encode(note.replace(/\n/g, '\r\n')));
      const r = run(['--format', 'json', file]);
      assert.strictEqual(r.code, 0, r.stderr);
      const slip = JSON.parse(r.stdout).files[0].findings.find((f: { kind: string }) => f.kind === 'listhesis');
      assert.deepStrictEqual([slip.attributes.grade, slip.attributes.mm, slip.range.start.line], [1, 4, 1]);
    });
  }

  it('a symlink loop is called a loop, not a missing file', function () {
    if (process.platform === 'win32') this.skip();
    fs.symlinkSync('loop-b.note', path.join(dir, 'loop-a.note'));
    fs.symlinkSync('loop-a.note', path.join(dir, 'loop-b.note'));
    const r = run([path.join(dir, 'loop-a.note')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /loop-a\.note: is a symbolic link that loops/);
  });

  it('more than 2,000 custom-target phrases is a settings error, not a silent cut', () => {
    const config = path.join(dir, 'many.json');
    const phrases = Array.from({ length: 2001 }, (_, i) => `drug${i}`);
    fs.writeFileSync(config, JSON.stringify({ targets: [{ label: 'Many', phrases }] }));
    const r = run(['--config', config, path.join(dir, 'a.rad')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /2,001 different phrases; at most 2,000 are read/);
  });

  it('a custom phrase over 200 characters is a settings error', () => {
    const config = path.join(dir, 'long.json');
    fs.writeFileSync(config, JSON.stringify({ targets: [{ label: 'Long', phrases: ['x'.repeat(201)] }] }));
    const r = run(['--config', config, path.join(dir, 'a.rad')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /a phrase is 201 characters long; at most 200 are matched/);
  });

  for (const [shape, text] of [
    ['objects', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['arrays', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['targets', `{"targets":${'['.repeat(10_000)}${']'.repeat(10_000)}}`],
  ] as const) {
    it(`settings nested 10,000 levels deep (${shape}) get a message and exit 2, not a crash`, () => {
      const config = path.join(dir, `deep-${shape}.json`);
      fs.writeFileSync(config, text);
      const r = run(['--config', config, path.join(dir, 'a.rad')]);
      assert.strictEqual(r.code, 2, r.stderr);
      assert.match(r.stderr, /^clinical-review: .*deep-/m);
      assert.doesNotMatch(r.stderr, /RangeError|at .*\.js:\d+/);
    });
  }

  it('a settings file over 1 MB is refused with exit 2', () => {
    const config = path.join(dir, 'big.json');
    fs.writeFileSync(config, `{"preset": "standard", "x": "${'y'.repeat(1_100_000)}"}`);
    const r = run(['--config', config, path.join(dir, 'a.rad')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /larger than 1 MB; not read/);
  });

  it('a note over the documented 8,000,000 bytes is read up to the cap, with a warning, and analysed', () => {
    const file = path.join(dir, 'huge.rad');
    const blank = `${' '.repeat(99)}\n`;
    fs.writeFileSync(file, note + blank.repeat(Math.ceil(8_000_100 / blank.length)));
    const r = run(['--format', 'json', file]);
    assert.strictEqual(r.code, 0, r.stderr);
    const [f] = JSON.parse(r.stdout).files;
    assert.deepStrictEqual(f.warnings, ['The file is larger than 8,000,000 bytes; only its first 8,000,000 bytes were read and analysed.']);
    assert.ok(f.findings.some((x: { kind: string }) => x.kind === 'listhesis'), 'the note before the cap is analysed');
    fs.rmSync(file);
  });

  it('a settings error (2) wins over --fail-on (1), as the help says', () => {
    const config = path.join(dir, 'typo.json');
    fs.writeFileSync(config, JSON.stringify({ preset: 'stanard' }));
    const r = run(['--config', config, '--fail-on', 'hint', path.join(dir, 'a.rad')]);
    assert.strictEqual(r.code, 2);
    assert.match(run(['--help']).stdout, /2 wins over 1/);
  });
});
