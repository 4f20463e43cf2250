import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { cellDates, findDurations } from '../../server/src/engine/normalize/durations';

/** Days and course count of each duration of a phrase. */
function courses(text: string): Array<[number, number | undefined]> {
  const lower = text.toLowerCase();
  return findDurations(lower).map((d) => [d.days, d.courses]);
}

function therapies(note: string) {
  return analyzeNote(note, { dateOfService: '2026-04-20' }).findings.filter((f) => f.kind === 'conservativeTherapy');
}

describe('durations: repeated courses, table cells, care started N weeks ago', () => {
  it('counts the courses a duration is stated for "each"', () => {
    assert.deepStrictEqual(courses('two courses of PT, 6 weeks each'), [[42, 2]]);
    assert.deepStrictEqual(courses('2 rounds of physical therapy (6 weeks each)'), [[42, 2]]);
    assert.deepStrictEqual(courses('PT twice, 6 weeks each time'), [[42, 2]]);
    assert.deepStrictEqual(courses('she has had two 6-week courses of PT'), [[42, 2]]);
    assert.deepStrictEqual(courses('three separate trials of chiropractic, 4 weeks apiece'), [[28, 3]]);
  });

  it('no course count without one, nor for a frequency', () => {
    assert.deepStrictEqual(courses('two courses of PT for 6 weeks'), [[42, undefined]], 'no "each": one span');
    assert.deepStrictEqual(courses('PT twice weekly, 6 weeks each'), [[42, undefined]], '"twice weekly" is a frequency');
    assert.deepStrictEqual(courses('ibuprofen and gabapentin, 2 months each'), [[60, undefined]]);
  });

  it('a further course told in the next clause adds up: "PT for 4 weeks in January, then another 4 weeks in February"', () => {
    const days = (hpi: string) => therapies(`HPI: ${hpi}`).map((f) => (f.attributes as { durationDays?: number }).durationDays);
    assert.deepStrictEqual(days('PT for 4 weeks in January, then another 4 weeks in February after a flare.'), [56]);
    assert.deepStrictEqual(days('Gabapentin for 6 weeks, then another 2 weeks at a higher dose.'), [56]);
    assert.deepStrictEqual(days('PT for 6 weeks, then another 6 weeks is recommended.'), [42], 'a course still to come adds nothing');
    assert.deepStrictEqual(days('PT and NSAIDs for 6 weeks, then another 2 weeks.'), [42, 42], 'two therapies: whose course it is is not said');
  });

  it('table cells under "Dates": month ranges without "from", open ranges up to the visit', () => {
    const dos = '2026-08-01';
    const cell = (text: string) => {
      const d = cellDates(text, 0, text.length, dos);
      return d && [d.days, d.kind, d.ended ?? false, d.untilNow ?? false];
    };
    assert.deepStrictEqual(cell('05/2026 - 07/2026'), [60, 'range', true, false]);
    assert.deepStrictEqual(cell('03/01/2026 - 04/15/2026'), [45, 'range', true, false]);
    assert.deepStrictEqual(cell('since 06/01/2026'), [61, 'since', false, false]);
    assert.deepStrictEqual(cell('06/01/2026 - ongoing'), [61, 'since', false, false]);
    assert.deepStrictEqual(cell('06/01/2026 - present'), [61, 'range', false, true]);
    assert.strictEqual(cell('08/21/2026'), undefined, 'one date is no duration');
  });

  it('"two courses of PT, 6 weeks each" is one finding of 84 days; the same "each" over two drugs is 60 days each', () => {
    const pt = therapies('HPI: Low back pain. She had two courses of PT, 6 weeks each, without relief.');
    assert.deepStrictEqual(pt.map((f) => [f.text, f.attributes.durationDays]), [['PT', 84]]);
    const drugs = therapies('HPI: Low back pain. She tried ibuprofen and gabapentin, 2 months each, without relief.');
    assert.deepStrictEqual(drugs.map((f) => [f.text, f.attributes.durationDays]), [['ibuprofen', 60], ['gabapentin', 60]]);
  });

  it('one duration for a list of drugs applies to each', () => {
    const found = therapies('HPI: Low back pain. She has taken ibuprofen and gabapentin for 2 months with minimal relief.');
    assert.deepStrictEqual(found.map((f) => [f.attributes.drug, f.attributes.durationDays]), [['ibuprofen', 60], ['gabapentin', 60]]);
  });

  it('care started N weeks ago and still going counts N weeks, ongoing; an event N weeks ago is no duration', () => {
    for (const sentence of ['She started physical therapy 3 weeks ago and is still attending.', 'She began PT 3 weeks ago.']) {
      const [f] = therapies(`HPI: Low back pain. ${sentence}`);
      assert.deepStrictEqual([f.attributes.durationDays, f.attributes.status], [21, 'ongoing'], sentence);
    }
    const [esi] = therapies('HPI: Low back pain. She had an epidural steroid injection 3 weeks ago.');
    assert.strictEqual(esi.attributes.durationDays, undefined);
  });

  it('a span up to now right after a span is the window it was told in, not a second course', () => {
    assert.deepStrictEqual(courses('physical therapy for a total of about 5 months over the past 2 years'), [[150, undefined]]);
    assert.deepStrictEqual(courses('PT for 6 weeks in the last year'), [[42, undefined]]);
    assert.deepStrictEqual(courses('PT for 6 weeks, then home exercises for the past 2 months'), [[42, undefined], [60, undefined]]);
  });

  it('"after N weeks of" a therapy is its length; "N weeks after surgery" is none', () => {
    const [pt] = therapies('Thigh pain for 2 months, not improved after 6 weeks of physical therapy.');
    assert.strictEqual(pt.attributes.durationDays, 42);
    assert.deepStrictEqual(courses('PT started 6 weeks after surgery'), []);
  });

  it('"N ago" beside a span of the same ongoing course dates an event, not its start', () => {
    const [pt] = therapies('Has been attending PT once weekly for the past 6 weeks for core strengthening, last session 3 days ago.');
    assert.strictEqual(pt.attributes.durationDays, 42);
  });

  it('a joint named as a graded movement does not make the note about that joint', () => {
    const note = 'Requested by: PM&R for declining left ankle dorsiflexion\n\nHISTORY: Leg pain. PT for 4 weeks in August did not help.';
    assert.strictEqual(therapies(note).length, 1);
    const knee = 'PREOPERATIVE DIAGNOSIS: Bilateral knee flexion contractures.\n\nHISTORY: PT for 4 weeks did not help.';
    assert.strictEqual(therapies(knee).length, 0, 'a knee flexion contracture is the knee');
  });
});
