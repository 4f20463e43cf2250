import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeWorkspace } from '../../server/src/workspace';
import { decodeNote } from '../../server/src/workspace/noteText';
import { readRegularFile } from '../../server/src/workspace/readRegularFile';

/** The file access the CLI and the language server share. */
describe('NodeWorkspace', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-ws-unit-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists notes by extension and opt-in globs, in name order, skipping hidden and dependency folders', () => {
    for (const f of ['b.rad', 'a.NOTE', 'x.txt', 'notes/c.txt', 'notes/d.md', '.hidden/e.note', 'node_modules/p/f.note', 'bower_components/g.rad']) write(f, 'x');
    const names = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
    const ws = new NodeWorkspace();
    assert.deepStrictEqual(names(ws.listNotes([dir])), ['a.NOTE', 'b.rad']);
    assert.deepStrictEqual(names(ws.listNotes([dir], { include: ['notes/*.txt'] })), ['a.NOTE', 'b.rad', 'notes/c.txt']);
    assert.deepStrictEqual(names(ws.listNotes([dir], { include: ['*.txt'] })), ['a.NOTE', 'b.rad', 'notes/c.txt', 'x.txt']);
    assert.deepStrictEqual(names(ws.listNotes([dir], { limit: 1 })), ['a.NOTE']);
  });

  it('keeps a root that is a file as given and reports a missing one', () => {
    write('x.md', 'x');
    const errors: string[] = [];
    const files = new NodeWorkspace().listNotes([path.join(dir, 'x.md'), path.join(dir, 'missing')], { onError: (p, m) => errors.push(`${path.basename(p)}: ${m}`) });
    assert.deepStrictEqual(files, [path.join(dir, 'x.md')]);
    assert.deepStrictEqual(errors, ['missing: no such file or folder']);
  });

  it('finds the nearest settings file, not above the boundary holding the note', () => {
    write('.clinical-review.json', '{}');
    write('project/sub/a.note', 'x');
    write('other/.clinical-review.json', '{}');
    const note = path.join(dir, 'project', 'sub', 'a.note');
    assert.strictEqual(new NodeWorkspace().findConfig(note), path.join(dir, '.clinical-review.json'));
    const bounded = new NodeWorkspace({ configBoundaries: () => [path.join(dir, 'project')] });
    assert.strictEqual(bounded.findConfig(note), null);
    write('project/.clinical-review.json', '{}');
    assert.strictEqual(bounded.findConfig(note), null, 'the lookup is cached');
    bounded.forgetConfigs();
    assert.strictEqual(bounded.findConfig(note), path.join(dir, 'project', '.clinical-review.json'));
    assert.strictEqual(bounded.findConfig(path.join(dir, 'other', 'b.note')), path.join(dir, 'other', '.clinical-review.json'));
  });

  it('reads at most the cap, in chunks, and says when it stopped', () => {
    write('big.note', 'a'.repeat(200_000));
    const raw = readRegularFile(path.join(dir, 'big.note'), 150_000);
    assert.ok(!('error' in raw));
    assert.strictEqual(raw.bytes.length, 150_000);
    assert.strictEqual(raw.truncated, true);
    const exact = readRegularFile(path.join(dir, 'big.note'), 200_000);
    assert.ok(!('error' in exact) && !exact.truncated && exact.bytes.length === 200_000);
  });

  it('a truncated note loses only the character cut in half, and carries a warning', () => {
    const bytes = Buffer.from('Stenosis — L5-S1 é', 'utf8');
    const cut = decodeNote(bytes.subarray(0, bytes.length - 1), true);
    assert.ok('text' in cut);
    assert.strictEqual(cut.text, 'Stenosis — L5-S1 ');
    assert.match(cut.warning!, /larger than 20 bytes; only its first 20 bytes were read/);
    const whole = decodeNote(bytes, false);
    assert.ok('text' in whole && whole.text === 'Stenosis — L5-S1 é' && whole.warning === undefined);
  });

  it('a settings file over 1 MB is refused; a note keeps its text without the BOM', () => {
    write('.clinical-review.json', ' '.repeat(1024 * 1024 + 1));
    write('a.note', '\ufeffNo stenosis.');
    const ws = new NodeWorkspace();
    assert.deepStrictEqual(ws.readConfig(path.join(dir, '.clinical-review.json')), { error: 'is larger than 1 MB; not read' });
    assert.deepStrictEqual(ws.readNote(path.join(dir, 'a.note')), { text: 'No stenosis.' });
    assert.deepStrictEqual(ws.readNote(dir), { error: 'is a folder' });
  });
});
