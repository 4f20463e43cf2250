import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeNote } from '../../server/src/engine';

/** Bad input never throws, and every finding's range and text agree with the note. */
function checkConsistent(text: string): void {
  const a = analyzeNote(text);
  for (const f of a.findings) {
    assert.strictEqual(text.slice(f.start, f.end), f.text);
    assert.ok(f.range.start.line <= f.range.end.line);
  }
}

const clinicalWords = fc.constantFrom(
  'no', 'not', 'grade', '1', 'I', 'anterolisthesis', 'spondylolisthesis', 'L5', 'on', 'S1', 'L4-5', 'L5–S1', 'pars', 'defect',
  'stenosis', 'foraminal', 'narrowing', 'mild', 'severe', 'mm', '3', '0.3 cm', '%', 'possible', 'history of', 'plan:', 'PT', 'x',
  '6 wks', 'since', '06/24/2026', 'gabapentin', 'ODI', '42%', 'VAS', '7/10', 'denies', 'saddle anesthesia', 'FINDINGS:', '\n',
  '\r\n', '.', ',', ';', '?', '\u00a0', 'µ', '\u0000', 'nerve root', 'contacting', 'exiting', 'TLIF', 'smoker', 'if', 'family history:',
);

describe('bad input', () => {
  it('never throws on arbitrary strings (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkConsistent(s)), { numRuns: 400 });
  });

  it('never throws on shuffled clinical vocabulary (fast-check)', () => {
    fc.assert(fc.property(fc.array(clinicalWords, { maxLength: 120 }).map((w) => w.join(' ')), (s) => checkConsistent(s)), { numRuns: 600 });
  });

  it('empty and whitespace-only notes give no findings', () => {
    for (const text of ['', ' ', '\n\n\r\n', '\t']) assert.deepStrictEqual(analyzeNote(text).findings, []);
  });

  it('binary bytes are analysed as text with a warning', () => {
    const a = analyzeNote('\u0000\u0001\u0002grade 1 anterolisthesis\u0000');
    assert.ok(a.warnings.some((w) => /binary/.test(w)));
  });

  it('Unicode dashes, non-breaking spaces, µ and CRLF read like plain text', () => {
    const a = analyzeNote('FINDINGS:\r\nGrade\u00a01 anterolisthesis of L5\u2013S1, 3\u00a0mm.\r\nMild L4\u20145 foraminal stenosis.');
    const slip = a.findings.find((f) => f.kind === 'listhesis');
    assert.deepStrictEqual(slip?.attributes, { direction: 'anterior', grade: 1, mm: 3, upper: 'L5', lower: 'S1' });
    assert.strictEqual(a.findings.find((f) => f.kind === 'stenosis')?.attributes.level, 'L4-L5');
  });

  it('a 100,000-character line and pathological repetition finish quickly and linearly', () => {
    const inputs = ['no '.repeat(50_000), 'grade '.repeat(20_000), 'x'.repeat(100_000), 'stenosis no '.repeat(10_000), 'L4-5 '.repeat(20_000), '('.repeat(50_000)];
    for (const text of inputs) {
      const started = process.hrtime.bigint();
      analyzeNote(text);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 5000, `${JSON.stringify(text.slice(0, 12))}… took ${ms} ms`);
    }
  });

  it('a huge note is cut at the analysis limit with a warning, not hung on', function () {
    this.timeout(60_000);
    const big = 'Grade 1 anterolisthesis of L5 on S1. '.repeat(250_000); // ~9 MB
    const a = analyzeNote(big);
    assert.ok(a.warnings.some((w) => /only the first/.test(w)));
    assert.ok(a.findings.length > 1000);
  });
});
