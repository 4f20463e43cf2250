import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readAnn } from '../../server/src/annotations/brat';
import { readBioc } from '../../server/src/annotations/bioc';

/** The annotation commands as a user runs them: a child process, real files, exit codes. */
const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'clinical-review.js');

function run(args: string[], cwd?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 });
  assert.strictEqual(r.signal, null, `the CLI was killed (${r.signal}): it hung`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Never a stack trace: bad input gets a message. */
function noCrash(r: { stderr: string }): void {
  assert.doesNotMatch(r.stderr, /\n\s+at |TypeError|RangeError|SyntaxError: /, r.stderr);
}

// Accents, a non-breaking space, astral emoji (two UTF-16 units, one code point, four UTF-8 bytes) and CRLF line ends.
const NON_ASCII =
  'FINDINGS: Patiënte, café 😀. Grade 1 anterolisthesis of L5 on S1 measuring 3\u00a0mm.\r\n' +
  'IMPRESSION: No spondylolysis 🦴. Mild central stenosis at L4-5. Moderate right foraminal stenosis at L5-S1 with contact of the exiting L5 nerve root.\r\n' +
  'PLAN: Physical therapy for 6 weeks, failed. Naïve to injections. Smoker, 1 ppd. 😀\r\n';
const PLAIN = 'FINDINGS: Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.\nIMPRESSION: No spondylolysis.\nPLAN: Physical therapy.\n';

describe('clinical-review export-brat, export-bioc, eval, agreement', function () {
  // Each test spawns the CLI several times; on a loaded machine a spawn takes seconds.
  this.timeout(180_000);
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const write = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), content);
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-ann-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('export-brat writes a UTF-8 .txt copy, an .ann in code points and annotation.conf; eval of the export is perfect (export -> import is the identity)', () => {
    write('notes/a.note', NON_ASCII);
    // The same note as UTF-16 with a byte-order mark: the copy is UTF-8.
    write('notes/sub/b.rad', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NON_ASCII, 'utf16le')]));
    const r = run(['export-brat', '--out', at('out'), at('notes')]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote 2 notes with \d+ findings \(brat\)/);
    for (const base of ['a.note', 'sub/b.rad']) {
      assert.strictEqual(fs.readFileSync(at('out', base + '.txt'), 'utf8'), NON_ASCII, 'the .txt is the note, CRLF kept');
      const ann = fs.readFileSync(at('out', base + '.ann'), 'utf8');
      const codePoints = Array.from(NON_ASCII);
      let spans = 0;
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeAndOffsets, text] = line.split('\t');
        const [, ...offsets] = typeAndOffsets.split(' ');
        const pieces = offsets.join(' ').split(';').map((p) => p.split(' ').map(Number));
        // brat's own reading: the .txt as code points, sliced at each fragment, joined by a space.
        assert.strictEqual(pieces.map(([s, e]) => codePoints.slice(s, e).join('')).join(' '), text, line);
        spans++;
      }
      assert.ok(spans >= 6, ann);
      assert.match(ann, /\tAssertion T\d+ absent\n/, 'the negated pars defect');
      assert.match(ann, /\tgrade T\d+ 1\n/);
      assert.match(ann, /\triskFactor /);
    }
    // Beyond the emoji, a code point offset is smaller than the UTF-16 one.
    const ann = fs.readFileSync(at('out', 'a.note.ann'), 'utf8');
    const slip = /T\d+\tlisthesis (\d+) (\d+)\t/.exec(ann);
    assert.ok(slip, ann);
    assert.strictEqual(Number(slip[1]), NON_ASCII.indexOf('Grade 1') - 1);
    const conf = fs.readFileSync(at('out', 'annotation.conf'), 'utf8');
    assert.match(conf, /^\[entities\]\nparsDefect\nlisthesis\n/m);
    assert.match(conf, /^Assertion Arg:<ENTITY>, Value:present\|absent\|possible\|historical\|hypothetical\|family$/m);
    assert.match(conf, /^lowGrade Arg:listhesis$/m, 'a boolean is a binary attribute');
    assert.match(conf, /^severity Arg:stenosis\|spondylosis, Value:none\|mild\|mild-to-moderate\|moderate\|moderate-to-severe\|severe$/m);

    // Import: the analyzer's findings against its own export agree exactly, attributes and all.
    for (const notes of [[], [at('notes')]]) {
      const e = run(['eval', '--gold', at('out'), '--format', 'json', ...notes]);
      assert.strictEqual(e.code, 0, e.stderr);
      const out = JSON.parse(e.stdout);
      assert.strictEqual(out.gold.notes, 2);
      assert.ok(out.overall.gold >= 12);
      assert.strictEqual(out.overall.found, out.overall.gold);
      for (const m of ['exact', 'overlap', 'exactAttributes', 'overlapAttributes']) assert.strictEqual(out.overall.scores[m].f1, 1, m);
      assert.deepStrictEqual(out.disagreements, []);
    }
  });

  it('export-bioc writes one collection with UTF-8 byte offsets (checked with Python) that reads back to the brat spans', () => {
    write('notes/a.note', NON_ASCII);
    write('notes/p.txt', PLAIN);
    assert.strictEqual(run(['export-brat', '--out', at('brat'), at('notes')]).code, 0);
    const r = run(['export-bioc', '--out', at('bioc', 'notes.xml'), at('notes')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const xml = fs.readFileSync(at('bioc', 'notes.xml'), 'utf8');
    assert.match(xml, /<key>[^<]*UTF-8 bytes[^<]*<\/key>/);
    assert.match(xml, /<infon key="offsets">UTF-8 bytes<\/infon>/);
    // An independent XML parser: each annotation's bytes in the passage text are its text.
    const py = spawnSync(
      'python3',
      [
        '-c',
        `import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
n = 0
for d in root.iter('document'):
    text = d.find('passage/text').text.encode('utf-8')
    for a in d.iter('annotation'):
        loc = a.find('location')
        o, l = int(loc.get('offset')), int(loc.get('length'))
        assert text[o:o+l].decode('utf-8') == a.find('text').text, (o, l)
        n += 1
print(n)`,
        at('bioc', 'notes.xml'),
      ],
      { encoding: 'utf8' },
    );
    assert.strictEqual(py.status, 0, py.stderr);
    assert.ok(Number(py.stdout) >= 9, py.stdout);
    const bioc = readBioc(xml);
    assert.deepStrictEqual(bioc.problems, []);
    assert.deepStrictEqual(bioc.documents.map((d) => d.id), ['a.note', 'p.txt']);
    assert.strictEqual(bioc.documents[0].text, NON_ASCII, 'the \\r of CRLF survives XML');
    for (const [doc, base] of [[bioc.documents[0], 'a.note'], [bioc.documents[1], 'p']] as const) {
      const brat = readAnn(fs.readFileSync(at('brat', base + '.ann'), 'utf8'), doc.text);
      assert.deepStrictEqual(brat.problems, []);
      assert.deepStrictEqual(doc.spans, brat.spans);
    }
    // --format bioc on export-brat, into a folder: collection.xml.
    assert.strictEqual(run(['export-brat', '--format', 'bioc', '--out', at('bioc2'), at('notes')]).code, 0);
    assert.strictEqual(readBioc(fs.readFileSync(at('bioc2', 'collection.xml'), 'utf8')).documents.length, 2);
  });

  it('eval: per-kind scores and disagreements on a hand-checked case', () => {
    write('gold/p.txt', PLAIN);
    // The analyzer finds: listhesis 10-45 present (direction anterior, grade 1, mm 3, L5 on S1),
    // parsDefect 77-90 absent, conservativeTherapy 98-114 hypothetical (physicalTherapy, planned).
    write(
      'gold/p.ann',
      [
        'T1\tlisthesis 10 45\tGrade 1 anterolisthesis of L5 on S1', // G1: same span, same attributes
        'A1\tAssertion T1 present',
        'A2\tdirection T1 anterior',
        'A3\tgrade T1 1',
        'A4\tmm T1 3',
        'A5\tupper T1 L5',
        'A6\tlower T1 S1',
        'T2\tparsDefect 77 90\tspondylolysis', // G2: same span, but the gold says present
        'A7\tAssertion T2 present',
        'T3\tconservativeTherapy 98 106\tPhysical', // G3: overlapping span, same attributes
        'A8\tAssertion T3 hypothetical',
        'A9\tmodality T3 physicalTherapy',
        'A10\tstatus T3 planned',
        'T4\tstenosis 77 90\tspondylolysis', // G4: a kind the analyzer does not find there
        'R1\tRelated Arg1:T1 Arg2:T2', // relations are skipped
        '',
      ].join('\n'),
    );
    const r = run(['eval', '--gold', at('gold'), '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const s = out.overall.scores;
    // exact: TP G1 G2; FP the therapy; FN G3 G4 -> P 2/3, R 2/4, F1 2*2/(2*2+1+2) = 4/7.
    assert.deepStrictEqual([s.exact.tp, s.exact.fp, s.exact.fn], [2, 1, 2]);
    assert.strictEqual(s.exact.f1, 4 / 7);
    // overlap: TP G1 G2 G3; FN G4 -> P 1, R 3/4, F1 6/7.
    assert.deepStrictEqual([s.overlap.tp, s.overlap.fp, s.overlap.fn, s.overlap.precision, s.overlap.recall], [3, 0, 1, 1, 0.75]);
    // exact+attributes: TP G1 only; FP parsDefect and therapy; FN G2 G3 G4 -> F1 2/7.
    assert.deepStrictEqual([s.exactAttributes.tp, s.exactAttributes.fp, s.exactAttributes.fn], [1, 2, 3]);
    assert.strictEqual(s.exactAttributes.f1, 2 / 7);
    // overlap+attributes: TP G1 G3; FP parsDefect; FN G2 G4.
    assert.deepStrictEqual([s.overlapAttributes.tp, s.overlapAttributes.fp, s.overlapAttributes.fn], [2, 1, 2]);
    const stenosis = out.kinds.stenosis.scores.overlap;
    assert.deepStrictEqual([stenosis.precision, stenosis.recall, stenosis.f1], [null, 0, 0], 'nothing found: precision undefined');
    assert.deepStrictEqual(
      out.disagreements.map((d: { path: string; line: number; column: number; type: string; kind: string; differences: string[] }) => [path.basename(d.path), d.line, d.column, d.type, d.kind, d.differences]),
      [
        ['p.txt', 2, 16, 'mismatch', 'parsDefect', ['assertion']],
        ['p.txt', 2, 16, 'missed', 'stenosis', []],
        ['p.txt', 3, 7, 'mismatch', 'conservativeTherapy', ['span']],
      ],
    );
    const text = run(['eval', '--gold', at('gold')]);
    assert.strictEqual(text.code, 0, text.stderr);
    assert.match(text.stdout, /^all\s+4\s+3\s+0\.67 0\.50 0\.57\s+1\.00 0\.75 0\.86\s+0\.33 0\.25 0\.29\s+0\.67 0\.50 0\.57$/m);
    assert.match(text.stdout, /^stenosis\s+1\s+0\s+- 0\.00 0\.00/m);
    assert.ok(text.stdout.includes(`${at('gold', 'p.txt')}:2:16: mismatch parsDefect: assertion gold present, found absent`), text.stdout);
    assert.ok(text.stdout.includes(`${at('gold', 'p.txt')}:3:7: mismatch conservativeTherapy: span gold "Physical", found "Physical therapy"`), text.stdout);
  });

  /** A sidecar as the editor's store writes it (model.ts). */
  function sidecar(note: string, annotations: Array<{ reviewer: string; verdict: string; kind: string; start: number; end: number; assertion?: string; attributes?: object; ruleId?: string }>, reviewed: Record<string, string> = {}) {
    return JSON.stringify({
      version: 1,
      note,
      annotations: annotations.map((a, i) => ({
        id: `a${i}`,
        time: '2026-12-01T10:00:00Z',
        anchor: { start: a.start, end: a.end, spanHash: '00', contextHash: '00', length: a.end - a.start },
        ...a,
      })),
      reviewed,
      queries: [],
    });
  }

  it('eval and agreement read the editor sidecars (agree and add are gold, reject is not)', () => {
    write('ws/p.txt', PLAIN);
    const slip = { kind: 'listhesis', start: 10, end: 45, assertion: 'present', attributes: { direction: 'anterior', grade: 1, mm: 3, upper: 'L5', lower: 'S1' } };
    write(
      'ws/.clinical-review/annotations/p.txt.json',
      sidecar('p.txt', [
        { reviewer: 'ann', verdict: 'agree', ...slip },
        { reviewer: 'ann', verdict: 'add', kind: 'stenosis', start: 62, end: 72, assertion: 'present' },
        { reviewer: 'ann', verdict: 'reject', kind: 'parsDefect', start: 77, end: 90, assertion: 'absent' },
        { reviewer: 'bob', verdict: 'agree', ...slip },
        { reviewer: 'bob', verdict: 'agree', kind: 'parsDefect', start: 77, end: 90, assertion: 'absent' },
        { reviewer: 'bob', verdict: 'comment', kind: 'conservativeTherapy', start: 98, end: 114 },
        // A verdict on a diagnostic, not on a finding: never gold.
        { reviewer: 'bob', verdict: 'agree', kind: 'conservative-first', ruleId: 'conservative-first', start: 98, end: 114 },
      ]),
    );
    // bob's gold: the slip and the negated pars defect; the analyzer also finds the therapy.
    const e = run(['eval', '--gold', at('ws'), '--reviewer', 'bob', '--format', 'json']);
    assert.strictEqual(e.code, 0, e.stderr);
    const bob = JSON.parse(e.stdout).overall.scores;
    assert.deepStrictEqual([bob.exactAttributes.tp, bob.exactAttributes.fp, bob.exactAttributes.fn], [2, 1, 0]);
    // ann's gold: the slip and a stenosis; her reject keeps the pars defect out of the gold (an FP).
    const a = JSON.parse(run(['eval', '--gold', at('ws', '.clinical-review', 'annotations'), '--reviewer', 'ann', '--format', 'json']).stdout).overall.scores;
    assert.deepStrictEqual([a.exact.tp, a.exact.fp, a.exact.fn], [1, 2, 1]);

    // ann {slip, stenosis} vs bob {slip, pars defect}: one match; span F1 = 2*1/(2+2) = 0.5.
    const g = run(['agreement', '--reviewers', 'ann,bob', '--format', 'json', at('ws')]);
    assert.strictEqual(g.code, 0, g.stderr);
    const o = JSON.parse(g.stdout).overall;
    assert.deepStrictEqual([o.a, o.b, o.exact.f1, o.overlap.f1, o.onlyA, o.onlyB], [2, 2, 0.5, 0.5, 1, 1]);
    // One pair, both present: pe = 1, kappa undefined.
    assert.deepStrictEqual(o.assertion, { n: 1, observed: 1, expected: 1, kappa: null });
    const other = run(['agreement', '--reviewers', 'ann,cy', at('ws')]);
    assert.strictEqual(other.code, 0, other.stderr);
    assert.match(other.stderr, /1 note not reviewed by both ann and cy/);
  });

  it('agreement of two brat folders: span F1, unmatched spans and Cohen\'s kappa on a hand-checked case', () => {
    for (const f of ['A', 'B']) write(`${f}/x.txt`, PLAIN);
    write(
      'A/x.ann',
      [
        'T1\tlisthesis 10 45\tGrade 1 anterolisthesis of L5 on S1',
        'A1\tAssertion T1 present',
        'A2\tgrade T1 1',
        'T2\tparsDefect 77 90\tspondylolysis',
        'A3\tAssertion T2 absent',
        'T3\tconservativeTherapy 98 114\tPhysical therapy',
        'A4\tAssertion T3 hypothetical',
        'A5\tstatus T3 planned',
        'T4\tstenosis 62 72\tIMPRESSION',
        '',
      ].join('\n'),
    );
    write(
      'B/x.ann',
      [
        'T1\tlisthesis 10 45\tGrade 1 anterolisthesis of L5 on S1',
        'A1\tgrade T1 2', // no Assertion attribute: present
        'T2\tparsDefect 77 90\tspondylolysis',
        'A3\tAssertion T2 present',
        'T3\tconservativeTherapy 98 106\tPhysical',
        'A4\tAssertion T3 hypothetical',
        'A5\tstatus T3 planned',
        'T9\tradicularSymptoms 0 8\tFINDINGS',
        '',
      ].join('\n'),
    );
    const r = run(['agreement', '--format', 'json', at('A'), at('B')]);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const o = out.overall;
    // Exact matches: the slip and the pars defect; overlap adds the therapy. |A| = |B| = 4.
    // exact F1 = 2*2/8 = 0.5, overlap F1 = 2*3/8 = 0.75; the stenosis (A) and the radicular symptoms (B) are unmatched.
    assert.deepStrictEqual([o.a, o.b, o.exact.matched, o.exact.f1, o.overlap.matched, o.overlap.f1, o.onlyA, o.onlyB], [4, 4, 2, 0.5, 3, 0.75, 1, 1]);
    // Assertion over the 3 matched pairs: (present, present), (absent, present), (hypothetical, hypothetical).
    // po = 2/3. A: present 1/3, absent 1/3, hypothetical 1/3; B: present 2/3, hypothetical 1/3.
    // pe = 1/3*2/3 + 1/3*0 + 1/3*1/3 = 1/3. kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5.
    assert.strictEqual(o.assertion.n, 3);
    assert.ok(Math.abs(o.assertion.observed - 2 / 3) < 1e-12);
    assert.ok(Math.abs(o.assertion.expected - 1 / 3) < 1e-12);
    assert.ok(Math.abs(o.assertion.kappa - 0.5) < 1e-12);
    // grade over the one listhesis pair (1 vs 2): po = 0, pe = 0, kappa = 0. status over the therapy pair (planned, planned): pe = 1, undefined.
    assert.deepStrictEqual(out.kinds.listhesis.attributes.grade, { n: 1, observed: 0, expected: 0, kappa: 0 });
    assert.strictEqual(out.kinds.conservativeTherapy.attributes.status.kappa, null);
    assert.strictEqual(out.kinds.stenosis.onlyA, 1);
    const text = run(['agreement', at('A'), at('B')]);
    assert.strictEqual(text.code, 0, text.stderr);
    assert.match(text.stdout, /^all\s+4\s+4\s+0\.50\s+0\.75\s+1\s+1\s+0\.50 \(3\)/m);
  });

  it('bad input gets a clear message and exit 2, never a crash', () => {
    write('gold/p.txt', PLAIN);
    write('gold/p.ann', ['T1\tlisthesis 10 45\tGrade 1 anterolisthesis of L5 on S1', 'garbage', 'T2\tstenosis 10 x\tfoo', 'T3\tstenosis 10 5000\tfoo', 'T4\tstenosis 0 8\tnot this', 'A1\tAssertion T1 maybe', 'A2\tgrade T7 1', 'A3\tgrade T1 two', ''].join('\n'));
    const r = run(['eval', '--gold', at('gold')]);
    assert.strictEqual(r.code, 2);
    noCrash(r);
    const ann = at('gold', 'p.ann');
    for (const expected of [
      `${ann}:2: not a brat annotation`,
      `${ann}:3: T2: offsets must be "start end" pairs`,
      `${ann}:4: T3: offsets 10-5000 are beyond the text`,
      `${ann}:5: T4: its text "not this" is not the text at its offsets ("FINDINGS")`,
      `${ann}:6: A1: Assertion must be one of present, absent`,
      `${ann}:7: A2: no text-bound annotation T7`,
      `${ann}:8: A3: grade must be a number, not "two"`,
    ])
      assert.ok(r.stderr.includes(expected), `${expected}\n${r.stderr}`);
    assert.match(r.stdout, /^listhesis\s+1\s+1\s+1\.00/m, 'the readable lines are still scored');

    for (const args of [
      ['eval', '--gold', at('nowhere')],
      ['eval', '--gold', at('gold', 'p.txt')],
      ['eval'],
      ['export-brat', at('gold')],
      ['export-brat', '--out', at('o')],
      ['agreement', at('gold')],
      ['agreement', at('gold'), at('nowhere')],
      ['agreement', '--reviewers', 'ann', at('gold')],
      ['eval', '--gold', at('gold'), '--format', 'xml'],
      ['export-brat', '--reviewer', 'ann', '--out', at('o'), at('gold')],
      ['export-brat', '--from-sidecars', '--out', at('o')],
      ['export-brat', '--from-sidecars', '--out', at('o'), at('gold')],
    ]) {
      const b = run(args);
      assert.strictEqual(b.code, 2, `${args.join(' ')}: ${b.stdout}`);
      assert.match(b.stderr, /^clinical-review: /, args.join(' '));
      noCrash(b);
    }
    assert.match(run(['eval', '--gold', at('nowhere')]).stderr, /nowhere: no such folder/);
    // An .ann without its .txt and no note named; a sidecar that is not JSON; an export onto its own note.
    write('lonely/q.ann', 'T1\tlisthesis 0 3\tabc\n');
    assert.match(run(['eval', '--gold', at('lonely')]).stderr, /q\.ann: no \.txt beside it; name the notes on the command line/);
    write('ws/.clinical-review/annotations/p.txt.json', '{"note": "p.txt", "annotations": [');
    const s = run(['eval', '--gold', at('ws')]);
    assert.strictEqual(s.code, 2);
    assert.match(s.stderr, /p\.txt\.json: not JSON/);
    noCrash(s);
    const self = run(['export-brat', '--out', at('gold'), at('gold', 'p.txt')]);
    assert.strictEqual(self.code, 2);
    assert.match(self.stderr, /is one of the notes read; not overwritten/);
    assert.strictEqual(fs.readFileSync(at('gold', 'p.txt'), 'utf8'), PLAIN);
    assert.match(run(['export-brat', '--reviewer', 'ann', '--out', at('o'), at('gold')]).stderr, /--reviewer goes with --from-sidecars/);
    assert.match(run(['export-brat', '--from-sidecars', '--out', at('o'), at('gold')]).stderr, /gold: holds brat files, not sidecars/);
  });

  it('--help of each command, and the main usage names them', () => {
    for (const [cmd, words] of [['export-brat', /brat.*BioC/s], ['eval', /precision, recall and F1/], ['agreement', /Cohen's kappa/]] as const) {
      const r = run([cmd, '--help']);
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, words);
    }
    const main = run(['--help']);
    for (const cmd of ['export-brat', 'eval --gold', 'agreement']) assert.ok(main.stdout.includes(`clinical-review ${cmd}`), cmd);
  });
});
