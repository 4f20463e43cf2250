import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { findingsOf, onlyFinding } from './helpers';

describe('ConText assertion', () => {
  const cases: Array<[string, string, string]> = [
    ['No spondylolisthesis.', 'listhesis', 'absent'],
    ['There is no evidence of pars defect.', 'parsDefect', 'absent'],
    ['Spondylolisthesis is not seen.', 'listhesis', 'absent'],
    ['No significant change in the grade 1 anterolisthesis of L5 on S1.', 'listhesis', 'present'],
    ['No interval change in grade 1 anterolisthesis.', 'listhesis', 'present'],
    ['Possible L5 pars defect.', 'parsDefect', 'possible'],
    ['Questionable spondylolysis at L5.', 'parsDefect', 'possible'],
    ['Findings may represent early anterolisthesis.', 'listhesis', 'possible'],
    ['Probably mild foraminal stenosis at L4-5.', 'stenosis', 'possible'],
    ['Findings suspicious for spondylolysis.', 'parsDefect', 'possible'],
    ['Pars defect cannot be excluded.', 'parsDefect', 'possible'],
    ['CLINICAL HISTORY: evaluate for spondylolisthesis.', 'listhesis', 'possible'],
    ['INDICATION: Rule out pars fracture.', 'parsDefect', 'possible'],
    ['FAMILY HISTORY: Mother had lumbar spinal stenosis.', 'stenosis', 'family'],
    ['History of L4-5 spinal stenosis.', 'stenosis', 'historical'],
    ['Moderate central canal stenosis at L4-5, but no foraminal narrowing.', 'stenosis', 'present'],
    ['Spinal stenosis is not seen at L4-5.', 'stenosis', 'absent'],
    ['He is not a smoker.', 'riskFactor', 'absent'],
    ['Decreased rectal tone and absent anal wink on exam.', 'redFlag', 'present'],
    ['Back pain resolved with physical therapy.', 'conservativeTherapy', 'present'],
    ['If not better, consider L5-S1 TLIF.', 'surgicalPlan', 'hypothetical'],
  ];
  for (const [text, kind, assertion] of cases) {
    it(`${JSON.stringify(text)} -> ${kind} ${assertion}`, () => {
      const found = findingsOf(text, kind as never);
      assert.ok(found.length >= 1, `no ${kind} found`);
      assert.strictEqual(found[0].assertion, assertion);
    });
  }

  it('negates every item of "No fracture, dislocation, or spondylolisthesis"', () => {
    assert.strictEqual(onlyFinding('No fracture, dislocation, or spondylolisthesis.', 'listhesis').assertion, 'absent');
  });

  it('a terminator ends the negation: "no central stenosis, but mild left foraminal narrowing"', () => {
    const found = findingsOf('No central canal stenosis, but there is mild left foraminal narrowing at L5-S1.', 'stenosis');
    assert.deepStrictEqual(found.map((f) => [f.attributes, f.assertion]), [
      [{ location: 'central', level: 'L5-S1' }, 'absent'], // the sentence's one level applies to both
      [{ location: 'foraminal', level: 'L5-S1', side: 'left', severity: 'mild' }, 'present'],
    ]);
  });

  it('a negation in one sentence does not reach the next', () => {
    const a = analyzeNote('No fracture. Grade 1 anterolisthesis of L5 on S1.');
    assert.strictEqual(a.findings.find((f) => f.kind === 'listhesis')?.assertion, 'present');
  });

  it('a terminator that reaches into the finding still ends the scope: "No acute fracture with mild foraminal stenosis"', () => {
    const a = analyzeNote('No acute fracture with mild foraminal stenosis at L4-5.');
    assert.strictEqual(a.findings.find((f) => f.kind === 'stenosis')?.assertion, 'present');
    const b = analyzeNote('No foraminal stenosis at L4-5.');
    assert.strictEqual(b.findings.find((f) => f.kind === 'stenosis')?.assertion, 'absent');
  });
});
