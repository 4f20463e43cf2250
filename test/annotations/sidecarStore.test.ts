import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotation, emptySidecar } from '../../server/src/annotations/model';
import { mergeSidecars, parseSidecar, SidecarError } from '../../server/src/annotations/sidecar';
import { readSidecar, sidecarPath, writeSidecar } from '../../server/src/annotations/sidecarStore';

function annotation(id: string, reviewer: string, time: string, extra: Partial<Annotation> = {}): Annotation {
  return { id, reviewer, time, verdict: 'agree', kind: 'listhesis', anchor: { start: 1, end: 3, length: 2, spanHash: 'a', contextHash: 'b' }, ...extra };
}

function runWriter(file: string, tag: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(__dirname, 'concurrentWriter.js'), file, tag, String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${tag} exited ${code}: ${err}`))));
  });
}

describe('annotations: sidecar files', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-sidecar-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lives under .clinical-review/annotations/<note path>.json', () => {
    assert.strictEqual(sidecarPath('/ws', 'clinic/a.note'), path.join('/ws', '.clinical-review', 'annotations', 'clinic', 'a.note.json'));
  });

  it('merges by id, the later time winning; two reviewers side by side; tombstones keep undone ones out', () => {
    const ours = emptySidecar('a.note');
    const theirs = emptySidecar('a.note');
    ours.annotations.push(annotation('1', 'alice', '2026-01-01T10:00:00.000Z', { verdict: 'reject' }));
    theirs.annotations.push(annotation('1', 'alice', '2026-01-01T09:00:00.000Z'), annotation('2', 'bob', '2026-01-01T09:30:00.000Z'), annotation('3', 'bob', '2026-01-01T08:00:00.000Z'));
    ours.removed = { '3': '2026-01-01T08:30:00.000Z' };
    ours.reviewed = { alice: '2026-01-01T11:00:00.000Z' };
    theirs.reviewed = { bob: '2026-01-01T12:00:00.000Z' };
    const m = mergeSidecars(ours, theirs);
    assert.deepStrictEqual(m.annotations.map((a) => [a.id, a.reviewer, a.verdict]).sort(), [['1', 'alice', 'reject'], ['2', 'bob', 'agree']]);
    assert.deepStrictEqual(Object.keys(m.reviewed).sort(), ['alice', 'bob']);
    assert.deepStrictEqual(mergeSidecars(theirs, ours).annotations.map((a) => a.id).sort(), ['1', '2'], 'the same either way round');
  });

  it('two processes writing the same sidecar at once lose nothing', async () => {
    const file = sidecarPath(dir, 'a.note');
    await Promise.all([runWriter(file, 'alice', 40), runWriter(file, 'bob', 40)]);
    const read = readSidecar(file, 'a.note');
    assert.strictEqual(read.error, undefined);
    const ids = new Set(read.sidecar.annotations.map((a) => a.id));
    for (const tag of ['alice', 'bob']) for (let i = 0; i < 40; i++) assert.ok(ids.has(`${tag}-${i}`), `${tag}-${i} lost`);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), ['a.note.json'], 'no temporary or lock file left');
  });

  it('a corrupt sidecar: a clear error, a backup of its content, and the next write keeps the backup', async () => {
    const file = sidecarPath(dir, 'a.note');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const garbage = '{"version": 1, "note": "a.note", "annotations": [ {"id": ';
    fs.writeFileSync(file, garbage);
    const read = readSidecar(file, 'a.note');
    assert.strictEqual(read.error, 'not valid JSON');
    assert.ok(read.backup && fs.readFileSync(read.backup, 'utf8') === garbage, 'the content is kept');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), garbage, 'reading never overwrites it');
    const ours = emptySidecar('a.note');
    ours.annotations.push(annotation('9', 'alice', '2026-01-01T10:00:00.000Z'));
    const written = await writeSidecar(file, ours);
    assert.strictEqual(written.sidecar.annotations.length, 1);
    const backups = fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.corrupt-'));
    assert.strictEqual(backups.length, 1, 'the same corrupt content read twice (now and before the write) is backed up once');
    assert.ok(backups.every((b) => fs.readFileSync(path.join(path.dirname(file), b), 'utf8') === garbage));
  });

  it('refuses wrong shapes with a message naming what is wrong', () => {
    const base = { version: 1, note: 'a.note', annotations: [], reviewed: {}, queries: [] };
    assert.throws(() => parseSidecar('[]'), SidecarError);
    assert.throws(() => parseSidecar(JSON.stringify({ ...base, version: 2 })), /unsupported version/);
    assert.throws(() => parseSidecar(JSON.stringify({ ...base, annotations: [{ id: 'x' }] })), /annotation 1/);
    assert.throws(() => parseSidecar(JSON.stringify({ ...base, annotations: [{ ...annotation('1', 'a', '2026-01-01T00:00:00Z'), verdict: 'maybe' }] })), /verdict/);
    assert.doesNotThrow(() => parseSidecar(JSON.stringify(base)));
  });
});
