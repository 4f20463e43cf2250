import * as assert from 'assert';
import { estimateSlip, gradeForPercent, percentFromMm } from '../../server/src/engine/case/meyerding';
import { gradeRangeLabel } from '../../server/src/engine/rules/describe';
import { NoteBuilder, slip } from './noteBuilder';

describe('Meyerding grade (case/meyerding.ts, the only percent-to-grade mapping)', () => {
  it('grades by the share of the endplate: 1 < 25 %, 2: 25-50 %, 3: 50-75 %, 4: 75-100 %, 5 > 100 %', () => {
    const cases: Array<[number, number]> = [
      [0, 1],
      [24.9, 1],
      [25, 2],
      [25.1, 2],
      [49.9, 2],
      [50, 3],
      [75, 4],
      [99.9, 4],
      [100, 4],
      [100.1, 5],
      [150, 5],
    ];
    for (const [percent, grade] of cases) assert.strictEqual(gradeForPercent(percent), grade, `${percent} %`);
  });

  it('estimates the grade from millimetres over the endplate width', () => {
    assert.strictEqual(percentFromMm(10, 40), 25);
    assert.strictEqual(gradeForPercent(percentFromMm(40, 40)), 4, 'a slip of the full endplate width is grade 4');
    assert.strictEqual(gradeForPercent(percentFromMm(41, 40)), 5, 'beyond the full width is spondyloptosis');
  });

  it('gives the same grade to the case, the slip estimate and the query wording', () => {
    for (const percent of [24.9, 25, 50, 75, 100, 101]) {
      const review = new NoteBuilder().line('Anterolisthesis.', slip({ grade: undefined, mm: undefined, percent })).review();
      const f = review.findings[0];
      const e = estimateSlip(f.kind === 'listhesis' ? f.attributes : {}, 35.7);
      assert.strictEqual(review.case.estimatedGrade, gradeForPercent(percent), `case at ${percent} %`);
      assert.strictEqual(e.grade, gradeForPercent(percent), `estimate at ${percent} %`);
    }
    assert.deepStrictEqual([1, 2, 3, 4, 5].map(gradeRangeLabel), ['less than 25 %', '25-50 %', '50-75 %', '75-100 %', 'more than 100 %']);
  });

  it('calls a slip certainly grade 1 only below 25 % for every plausible endplate width', () => {
    assert.strictEqual(estimateSlip({ percent: 24.9 }, 35.7).certainlyGrade1, true);
    assert.strictEqual(estimateSlip({ percent: 25 }, 35.7).certainlyGrade1, false);
    assert.strictEqual(estimateSlip({ mm: 7 }, 35.7).certainlyGrade1, true, '7 mm is under 25 % of a 30 mm endplate');
    assert.strictEqual(estimateSlip({ mm: 7.5 }, 35.7).certainlyGrade1, false, '7.5 mm is 25 % of a 30 mm endplate');
  });
});
