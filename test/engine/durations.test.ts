import * as assert from 'assert';
import { findDurations, numberValue, parseDurationDays } from '../../server/src/engine/normalize/durations';

describe('durations: phrases to days', () => {
  const cases: Array<[string, number | undefined, string?]> = [
    ['x 6 wks', 42],
    ['PT x6 weeks', 42],
    ['for three months', 90],
    ['for the past year', 365],
    ['over the last 2 years', 730],
    ['for a period of four weeks', 28],
    ['three times weekly for six weeks', 42],
    ['2x a week for 4 weeks', 28],
    ['2 months of PT', 60],
    ['6-8 weeks', 42],
    ['6\u20138 weeks', 42],
    ['two to three months', 60],
    ['one and a half years', 548],
    ['a year and a half', 548],
    ['a couple of months', 60],
    ['several weeks', undefined, 'too vague'],
    ['a few months', undefined, 'too vague'],
    ['twenty-one days', 21],
    ['forty five days', 45],
    ['one hundred twenty days', 120],
    ['a dozen weeks', 84],
    ['6+ months', 180],
    ['2 years and 3 months', 820],
    ['a 6-week course', 42],
    ['6 mos', 180],
    ['for about 2 months', 60],
    ['3 days a week', undefined, 'frequency'],
    ['every 6 weeks', undefined, 'frequency'],
    ['follow up in 6 weeks', undefined, 'follow-up'],
    ['6 weeks after surgery', undefined, 'a point in time'],
    ['a 45-year-old', undefined, 'an age'],
    ['less than 6 weeks', undefined, 'no lower bound'],
    ['last week', undefined, 'a point in time'],
    ['for the last week', 7],
  ];
  for (const [phrase, days, why] of cases) {
    it(`${JSON.stringify(phrase)} -> ${days}${why ? ` (${why})` : ''}`, () => {
      assert.strictEqual(parseDurationDays(phrase), days);
    });
  }

  it('"6 weeks ago" is found as a point in time (kind ago)', () => {
    const [d] = findDurations('started pt 6 weeks ago');
    assert.strictEqual(d.kind, 'ago');
    assert.strictEqual(d.days, 42);
  });

  it('"since <date>" counts to the date of service', () => {
    assert.strictEqual(parseDurationDays('since 06/24/2026', '2026-09-24'), 92);
    assert.strictEqual(parseDurationDays('since 2026-06-24', '2026-09-24'), 92);
    assert.strictEqual(parseDurationDays('since June 24, 2026', '2026-09-24'), 92);
  });

  it('"since <date>" without a date of service, or after it, is not read', () => {
    assert.strictEqual(parseDurationDays('since 06/24/2026'), undefined);
    assert.strictEqual(parseDurationDays('since 06/24/2026', '2026-01-01'), undefined);
  });

  it('"since" a month counts from its first day, "since" a year from its last', () => {
    assert.strictEqual(parseDurationDays('since June 2026', '2026-09-24'), 115); // from 2026-06-01
    assert.strictEqual(parseDurationDays('since last year', '2026-09-24'), 267); // from 2025-12-31
    assert.strictEqual(parseDurationDays('since 2024', '2026-09-24'), 632); // from 2024-12-31
    assert.strictEqual(parseDurationDays('since January', '2026-09-24'), 266); // from 2026-01-01
    assert.strictEqual(parseDurationDays('since December', '2027-02-14'), 75); // from 2026-12-01
    assert.strictEqual(parseDurationDays('since last month', '2026-09-24'), 54); // from 2026-08-01
    assert.strictEqual(parseDurationDays('since the accident', '2026-09-24'), undefined);
  });

  it('"since" a month and day counts from that day, "since mid-<month>" from its 15th', () => {
    assert.strictEqual(parseDurationDays('since January 13', '2026-03-10'), 56); // from 2026-01-13
    assert.strictEqual(parseDurationDays('since Jan 13th, 2026', '2026-03-10'), 56);
    assert.strictEqual(parseDurationDays('since March 20', '2026-03-10'), 355); // from 2025-03-20: a day after the visit is last year's
    assert.strictEqual(parseDurationDays('since mid-January', '2026-03-10'), 54); // from 2026-01-15
    assert.strictEqual(parseDurationDays('since January 2026', '2026-03-10'), 68); // a year after the month is not its day
  });

  it('reads number words, with compromise only for the long tail', () => {
    assert.strictEqual(numberValue('six'), 6);
    assert.strictEqual(numberValue('twenty-one'), 21);
    assert.strictEqual(numberValue('a couple of'), 2);
    assert.strictEqual(numberValue('one and a half'), 1.5);
    assert.strictEqual(numberValue('one hundred twenty'), 120);
    assert.strictEqual(numberValue('1.5'), 1.5);
  });

  it('offsets point at the phrase in the scanned text', () => {
    const text = 'pt for three months then hep';
    const [d] = findDurations(text);
    assert.strictEqual(text.slice(d.index, d.end), 'three months');
  });

  it('never throws on odd input', () => {
    for (const s of ['', 'x', 'for the past', 'since', '999 years', 'since 99/99/9999', '\u0000 weeks', 'a a a a weeks']) {
      assert.doesNotThrow(() => parseDurationDays(s, '2026-09-24'));
    }
  });

  it('date ranges: months, month/year, full dates, "to present"; whether the course ended before the visit', () => {
    const dos = '2026-08-20';
    const one = (text: string) => findDurations(text, 0, text.length, dos).map((d) => ({ days: d.days, kind: d.kind, ended: d.ended, untilNow: d.untilNow }));
    assert.deepStrictEqual(one('pt from march to may'), [{ days: 60, kind: 'range', ended: true, untilNow: undefined }]);
    assert.deepStrictEqual(one('gabapentin from 05/2026 to 08/2026'), [{ days: 90, kind: 'range', ended: false, untilNow: undefined }]);
    assert.deepStrictEqual(one('pt (03/05/2026 to 04/30/2026)'), [{ days: 56, kind: 'range', ended: true, untilNow: undefined }]);
    assert.deepStrictEqual(one('brace from june 2026 to present'), [{ days: 60, kind: 'range', ended: undefined, untilNow: true }]);
    assert.deepStrictEqual(one('between june and august'), [{ days: 60, kind: 'range', ended: false, untilNow: undefined }]);
  });

  it('a range is not read into numbers that are not dates, and dates restating a span do not count twice', () => {
    const dos = '2026-08-20';
    assert.deepStrictEqual(findDurations('pain 6 to 8', 0, 11, dos), []);
    const text = 'light duty x 8 weeks (03/05/2026 to 04/30/2026)';
    const found = findDurations(text, 0, text.length, dos);
    assert.deepStrictEqual(found.map((d) => [d.kind, d.days, d.ended]), [['span', 56, true]]);
  });

  it('"stopped X after 2 weeks" is a course that ended; "f/u after 2 weeks" is not a duration', () => {
    assert.deepStrictEqual(findDurations('she stopped cymbalta after 2 weeks because of nausea').map((d) => d.days), [14]);
    assert.deepStrictEqual(findDurations('discontinued gabapentin after about 3 months').map((d) => d.days), [90]);
    assert.deepStrictEqual(findDurations('f/u after 2 weeks'), []);
  });
});
