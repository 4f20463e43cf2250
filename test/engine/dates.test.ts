import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { findDateOfService, parseDate } from '../../server/src/engine/normalize/dates';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';

function dos(text: string): string | null {
  return findDateOfService(text, normalizeForMatching(text));
}

describe('dates: parseDate', () => {
  const valid: Array<[string, string]> = [
    ['06/24/2026', '2026-06-24'],
    ['6/24/26', '2026-06-24'],
    ['6/24/2026', '2026-06-24'],
    ['06-24-2026', '2026-06-24'],
    ['2026-06-24', '2026-06-24'],
    ['June 24, 2026', '2026-06-24'],
    ['Jun 24 2026', '2026-06-24'],
    ['Jun. 24th, 2026', '2026-06-24'],
    ['24 Jun 2026', '2026-06-24'],
    ['24 June, 2026', '2026-06-24'],
    ['2/29/2024', '2024-02-29'],
    ['12/31/99', '1999-12-31'],
    ['16-Jun-2026', '2026-06-16'],
    ['16-jun-26', '2026-06-16'],
    ['16 Jun 2026', '2026-06-16'],
    ['June 16, 2026', '2026-06-16'],
    ['29-Feb-2024', '2024-02-29'],
  ];
  for (const [input, iso] of valid) {
    it(`${input} -> ${iso}`, () => assert.strictEqual(parseDate(input), iso));
  }
  for (const bad of ['13/45/2026', '02/30/2026', '2/29/2025', '00/10/2026', '2026-13-01', 'June 31, 2026', '31-Jun-2026', '29-Feb-2025', '0-Jan-2026', '16-Jun-202', 'L4-5-6', '', 'yesterday', '6.24.26']) {
    it(`${JSON.stringify(bad)} is not a date`, () => assert.strictEqual(parseDate(bad), null));
  }
});

describe('dates: date of service', () => {
  it('reads the labels', () => {
    assert.strictEqual(dos('Date of service: 06/24/2026\nHPI: back pain'), '2026-06-24');
    assert.strictEqual(dos('DOS: 6/24/26'), '2026-06-24');
    assert.strictEqual(dos('Visit date: June 24, 2026'), '2026-06-24');
    assert.strictEqual(dos('Date of exam: 2026-06-24'), '2026-06-24');
    assert.strictEqual(dos('EXAM DATE: 24 Jun 2026'), '2026-06-24');
    assert.strictEqual(dos('Date: 06/24/2026'), '2026-06-24');
  });

  it('reads day-month-year dates with hyphens or spaces and month-first dates after a label', () => {
    assert.strictEqual(dos('ED PHYSICIAN NOTE\nDOS: 02-Mar-2026\n\nHPI: back pain.'), '2026-03-02');
    assert.strictEqual(dos('Visit date: 3 Sep 2026\nHPI: back pain.'), '2026-09-03');
    assert.strictEqual(dos('Date of service: June 16, 2026\nHPI: back pain.'), '2026-06-16');
    assert.strictEqual(dos('DOS: 31-Jun-2026\nHPI: back pain.'), null);
  });

  it('prefers a specific label to a plain "Date:"', () => {
    assert.strictEqual(dos('Date: 01/02/2026\nDate of service: 06/24/2026'), '2026-06-24');
  });

  it('reads a dated header line, not a birth date', () => {
    assert.strictEqual(dos('06/24/2026  Spine clinic follow-up\nHPI: back pain since 2019.'), '2026-06-24');
    assert.strictEqual(dos('DOB: 01/02/1960\nSpine clinic\nHPI: back pain.'), null);
  });

  it('ignores malformed dates and never throws', () => {
    assert.strictEqual(dos('Date of service: 13/45/2026'), null);
    assert.strictEqual(dos('DOS: 02/30/2026\nDate: 06/24/2026'), '2026-06-24');
    assert.doesNotThrow(() => dos('Date: \u0000\u0000 99/99/9999 ' + 'Date: '.repeat(1000)));
  });

  it('works on CRLF text with odd spaces', () => {
    assert.strictEqual(dos('Clinic note\r\nDate\u00a0of\u00a0service:\u00a06/24/2026\r\n'), '2026-06-24');
  });

  it('feeds "since <date>" durations through analyzeNote', () => {
    const note = 'Date of service: 09/24/2026\nHPI: Low back pain at L5-S1. He has been on gabapentin since 06/24/2026.';
    const analysis = analyzeNote(note);
    assert.strictEqual(analysis.dateOfService, '2026-09-24');
    const gabapentin = analysis.findings.find((f) => f.kind === 'conservativeTherapy' && f.text === 'gabapentin');
    assert.ok(gabapentin, 'gabapentin found');
    assert.strictEqual((gabapentin.attributes as { durationDays?: number }).durationDays, 92);
  });
});
