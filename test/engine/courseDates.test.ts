import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';

const DOS = '2026-09-15';

function analysis(hpi: string) {
  return analyzeNote(`Date of service: 09/15/2026\nHPI: ${hpi}`, { dateOfService: DOS });
}

/** Each received therapy's name with its dates and days. */
function dated(hpi: string): Array<[string, string | undefined, string | undefined, number | undefined]> {
  return analysis(hpi)
    .findings.filter((f) => f.kind === 'conservativeTherapy' && f.assertion === 'present')
    .map((f) => {
      const a = f.attributes as { startDate?: string; endDate?: string; durationDays?: number };
      return [f.text, a.startDate, a.endDate, a.durationDays];
    });
}

const careDays = (hpi: string) => analysis(hpi).case.conservativeCareDays;

describe('conservative care: the dates of a course and the union of dated courses', () => {
  it('a course carries the dates the note gives it', () => {
    assert.deepStrictEqual(dated('PT from 01/05/2026 to 02/20/2026 with partial relief.'), [['PT', '2026-01-05', '2026-02-20', 46]]);
    // A start word and care still going on: from the month's first day to the visit.
    assert.deepStrictEqual(dated('She started meloxicam in March 2026 and continues it, with some relief.'), [['meloxicam', '2026-03-01', DOS, 198]]);
    // Months named as a period are months of care, the last one included.
    assert.deepStrictEqual(dated('PT January-February 2026, then meloxicam in March-April 2026, no relief.'), [
      ['PT', '2026-01-01', '2026-03-01', 59],
      ['meloxicam', '2026-03-01', '2026-05-01', 61],
    ]);
    // One date for a list of drugs dates each; a stop month ends on its first day.
    assert.deepStrictEqual(dated('Took ibuprofen and gabapentin for 2 months, both without benefit, stopped in July.'), [
      ['ibuprofen', undefined, '2026-07-01', 60],
      ['gabapentin', undefined, '2026-07-01', 60],
    ]);
  });

  it('a date in numbers right after its start or stop word dates the course', () => {
    assert.deepStrictEqual(dated('Physical therapy started 08/18/2026.'), [['Physical therapy', '2026-08-18', DOS, 28]]);
    assert.deepStrictEqual(dated('PT 2x/week for 4 weeks, finished 09/01/2026, did not help.'), [['PT', undefined, '2026-09-01', 28]]);
  });

  it('one month alone tells when, not how long', () => {
    assert.deepStrictEqual(dated('A Medrol Dosepak in late March helped briefly.'), [['Medrol Dosepak', undefined, undefined, undefined]]);
  });

  it('a therapy table row carries its Dates cell or its Start and Stop cells', () => {
    const note = [
      'Date of service: 09/15/2026',
      '| Modality | Dates | Response |',
      '|---|---|---|',
      '| Physical therapy | 03/01/2026 - 04/15/2026 | partial |',
      '| Naproxen | since 06/15/2026 | some relief |',
    ].join('\n');
    const rows = analyzeNote(note, { dateOfService: DOS })
      .findings.filter((f) => f.kind === 'conservativeTherapy')
      .map((f) => [f.text, f.attributes.startDate, f.attributes.endDate]);
    assert.deepStrictEqual(rows, [
      ['Physical therapy', '2026-03-01', '2026-04-15'],
      ['Naproxen', '2026-06-15', DOS],
    ]);
  });

  it('courses one after another add up; overlapping ones count once', () => {
    assert.strictEqual(careDays('PT January-February 2026, then meloxicam in March-April 2026, no relief.'), 120);
    assert.strictEqual(careDays('PT from 01/05/2026 to 02/20/2026. Gabapentin from 02/01/2026 to 03/01/2026.'), 55);
    // Taken together: one course.
    assert.strictEqual(careDays('Ibuprofen and cyclobenzaprine from 03/01/2026 to 04/30/2026, no relief.'), 60);
  });

  it('an undated course overlaps the dated ones: the longest of it and their union counts', () => {
    assert.strictEqual(careDays('PT for 6 weeks with no relief. Gabapentin from 03/01/2026 to 03/31/2026.'), 42);
    assert.strictEqual(careDays('PT for 2 weeks with no relief. Gabapentin from 03/01/2026 to 03/31/2026. Naproxen from 05/01/2026 to 05/31/2026.'), 60);
  });

  it('a course whose dates are wider than its duration adds the fewest days it can', () => {
    const hpi = 'Two courses of PT, 6 weeks each (October-November 2025 and March-April 2026), minimal benefit. Gabapentin since 01/05/2026 with partial relief.';
    assert.deepStrictEqual(dated(hpi)[0], ['PT', '2025-10-01', '2026-05-01', 84]);
    assert.strictEqual(careDays(hpi), 253, 'the 84 days fit within the gabapentin');
  });
});
