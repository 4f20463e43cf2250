import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { findingsOf } from './helpers';

/**
 * Conservative care as charts phrase it, written from clinical usage rather than from the fixtures:
 * durations, therapy names and responses the engine must read on notes nobody tuned on.
 */
const DOS = '2026-05-15';

function analysis(text: string) {
  return analyzeNote(`Date of service: 05/15/2026\n${text}`, { dateOfService: DOS });
}

type Episode = { text: string; modality: string; days?: number; status?: string; response?: string };

/** The care the note received (present, not planned): each therapy's name, modality, days, status and response. */
function received(text: string): Episode[] {
  return analysis(text)
    .findings.filter((f) => f.kind === 'conservativeTherapy' && f.assertion === 'present' && (f.attributes as { status?: string }).status !== 'planned')
    .map((f) => {
      const a = f.attributes as { modality: string; durationDays?: number; status?: string; response?: string };
      const e: Episode = { text: f.text, modality: a.modality };
      if (a.durationDays !== undefined) e.days = a.durationDays;
      if (a.status !== undefined) e.status = a.status;
      if (a.response !== undefined) e.response = a.response;
      return e;
    });
}

const careDays = (text: string) => analysis(text).case.conservativeCareDays;

describe('conservative care in real chart wording', () => {
  describe('durations', () => {
    it('"since" a month written in numbers counts from that month, at the end of a sentence too', () => {
      assert.strictEqual(careDays('HPI: NSAIDs since 1/2026.'), 134);
      assert.strictEqual(careDays('HPI: Chiropractic adjustments 1-2x/week since 11/2025 with temporary relief.'), 195);
      assert.strictEqual(careDays('HPI: Ibuprofen since 2025.'), 135);
    });

    it('a course under way counts the weeks so far, not its planned length', () => {
      assert.deepStrictEqual(received('HPI: He is now in week 6 of 12 of his physical therapy program for low back pain.'), [
        { text: 'physical therapy program', modality: 'physicalTherapy', days: 42, status: 'ongoing' },
      ]);
      assert.strictEqual(careDays('HPI: She is on week 4 of a 6-week physical therapy course.'), 28);
      assert.strictEqual(careDays('HPI: She is in her 5th week of PT, twice weekly.'), 35);
    });

    it('a range "through" a month holds that month', () => {
      assert.strictEqual(careDays('HPI: He underwent a course of supervised physical therapy from January through March 2026.'), 90);
      // "to" a month: the month it ends in is not counted (test/engine/durations.test.ts).
      assert.strictEqual(careDays('HPI: He underwent physical therapy from January to March 2026.'), 60);
    });
  });

  describe('therapy names, statuses and responses', () => {
    it('names McKenzie-based therapy, other NSAIDs, muscle relaxants and opioids, lumbosacral orthoses and restricted activity', () => {
      assert.deepStrictEqual(received('HPI: Six weeks of McKenzie-based therapy failed to centralize her symptoms.'), [
        { text: 'McKenzie-based therapy', modality: 'physicalTherapy', days: 42, status: 'completed', response: 'none' },
      ]);
      assert.deepStrictEqual(received('HPI: Piroxicam 20 mg daily for 2 months without relief; orphenadrine ER 100 mg BID and Nucynta 50 mg prn for 6 weeks.').map((e) => [e.text, e.days]), [
        ['Piroxicam', 60],
        ['orphenadrine', 42],
        ['Nucynta', 42],
      ]);
      assert.deepStrictEqual(received('HPI: She wore a lumbar sacral orthosis for 6 weeks.').map((e) => [e.modality, e.days]), [['bracing', 42]]);
      assert.deepStrictEqual(received('HPI: Restricted activity at work for 10 weeks.').map((e) => [e.modality, e.days]), [['activityModification', 70]]);
    });

    it('a trial with its outcome was had; a trial alone is a plan', () => {
      assert.deepStrictEqual(received('HPI: Trial of oral steroids (prednisone taper) in February without benefit.').map((e) => [e.text, e.status, e.response]), [
        // The class labels its drug: one finding.
        ['prednisone taper', 'completed', 'none'],
      ]);
      assert.deepStrictEqual(received('PLAN: Trial of gabapentin 300 mg at bedtime.'), []);
    });

    it('"PT: 12 weeks" is a field of physical therapy; "PT: 12.5 sec" a prothrombin time', () => {
      assert.deepStrictEqual(received('HPI: Back pain.\nPT: 12 weeks, no improvement.').map((e) => [e.text, e.days, e.response]), [['PT', 84, 'none']]);
      assert.deepStrictEqual(received('LABS: PT: 12.5 sec, INR 1.1.'), []);
    });

    it('sessions attended of those scheduled were had', () => {
      assert.deepStrictEqual(received('HPI: She attended 8 of 12 scheduled PT sessions, no relief.').map((e) => [e.text, e.status, e.response]), [['PT', 'completed', 'none']]);
    });

    it('reads "no significant change", "little effect" and "helped initially"', () => {
      const response = (text: string) => received(text).map((e) => e.response);
      assert.deepStrictEqual(response('HPI: PT for 8 weeks with no significant change in symptoms.'), ['none']);
      assert.deepStrictEqual(response('HPI: Tylenol for the past year with little effect.'), ['none']);
      assert.deepStrictEqual(response('HPI: Meloxicam helped initially; she has taken it for 3 months.'), ['partial']);
      assert.deepStrictEqual(response('HPI: Naproxen for 6 weeks had minimal effect.'), ['partial']);
    });
  });

  describe('what is not conservative care', () => {
    it('rehabilitation after a spine operation is history, not this episode\'s care', () => {
      const assertions = (text: string) => analysis(text).findings.filter((f) => f.kind === 'conservativeTherapy').map((f) => f.assertion);
      assert.deepStrictEqual(assertions('HPI: Post-operative physical therapy for 12 weeks after her L4-5 fusion.'), ['historical']);
      assert.deepStrictEqual(assertions('HPI: Physical therapy after her 2023 laminectomy and fusion helped for a year.'), ['historical']);
      assert.deepStrictEqual(assertions('HOSPITAL COURSE: She went home on postoperative Vicodin and Naprosyn.'), ['historical', 'historical']);
      // Care before the operation, or told after the operation's story, is care.
      assert.strictEqual(careDays('HPI: She completed 12 weeks of PT before fusion was recommended.'), 84);
      assert.strictEqual(careDays('HPI: After her fusion in 2019 she did well until March. She has done PT for 8 weeks with no relief.'), 56);
    });
  });

  describe('prose lines and responses told after the care', () => {
    it('"PT: 03/2026 - present" dates a course (a date after "PT:" is no lab value); a span before what ended a course is its length', () => {
      assert.deepStrictEqual(received('HPI: PT: 03/2026 - present, partial response.'), [
        // From the month's last day, as a table's "03/2026 - ongoing" (test/engine/durationCourses.test.ts).
        { text: 'PT', modality: 'physicalTherapy', days: 45, status: 'ongoing', response: 'partial' },
      ]);
      assert.deepStrictEqual(received('LABS: PT: 13.2, INR 1.1.'), []);
      assert.strictEqual(careDays('HPI: She attended 8 of 12 scheduled PT sessions over 6 weeks before stopping due to cost.'), 42);
      assert.strictEqual(careDays('HPI: He did PT for 6 weeks before his MRI.'), 42);
      // Without "for" or "over" it is a point in time: "stopped naproxen 6 weeks before the visit".
      assert.strictEqual(careDays('HPI: She stopped naproxen 6 weeks before the visit.'), 0);
    });

    it('a response in the next clause about the care just named is that care\'s', () => {
      assert.deepStrictEqual(received('HPI: Gabapentin was titrated to 600 mg TID over 6 weeks; it has not helped.').map((e) => e.response), ['none']);
      assert.deepStrictEqual(received('HPI: She tried ibuprofen and naproxen, neither of which helped.').map((e) => [e.text, e.response]), [
        ['ibuprofen', 'none'],
        ['naproxen', 'none'],
      ]);
      assert.deepStrictEqual(received('HPI: PT, NSAIDs and an ESI, none of which gave lasting relief.').map((e) => [e.text, e.response]), [
        ['PT', 'none'],
        ['NSAIDs', 'none'],
        ['ESI', 'none'],
      ]);
      // A clause naming care of its own keeps its response to itself.
      assert.deepStrictEqual(received('HPI: PT for 6 weeks; meloxicam helped.').map((e) => [e.text, e.response]), [
        ['PT', undefined],
        ['meloxicam', 'good'],
      ]);
    });
  });

  describe('chart shorthand', () => {
    it('reads "2 1/2 months", "temp relief" and "pain unchanged"', () => {
      assert.deepStrictEqual(received('HPI: Formal PT for 2 1/2 months without relief.').map((e) => e.days), [75]);
      assert.deepStrictEqual(received('HPI: Prior tx: PT x8 wks (no help), Medrol dosepak (temp relief).').map((e) => [e.text, e.response]), [
        ['PT', 'none'],
        ['Medrol dosepak', 'partial'],
      ]);
      assert.deepStrictEqual(received('HPI: PT 6 wks (Feb-Mar 2026) - pain unchanged.').map((e) => e.response), ['none']);
    });
  });
});

describe('a discharge from the therapy itself', () => {
  it('"Discharged from PT" is a completed course; a discharge from hospital or another service is not', () => {
    const statuses = (text: string) => findingsOf(`PHYSICAL THERAPY NOTE\n${text}`, 'conservativeTherapy').map((f) => [f.text, f.attributes.status]);
    assert.deepStrictEqual(statuses('Plan: Discharged from PT; return to referring MD.'), [['PT', 'completed']]);
    assert.deepStrictEqual(statuses('She was discharged from formal physical therapy last week.'), [['formal physical therapy', 'completed']]);
    assert.deepStrictEqual(statuses('He is discharged from my services at this time with a home program to continue.').map(([, s]) => s), ['ongoing']);
  });
});

describe("a physical therapy note's dates of care", () => {
  const note = (field: string) =>
    `PHYSICAL THERAPY DISCHARGE SUMMARY\nDate: 10/15/2026\nDiagnosis: Lumbar spondylolisthesis L5-S1, grade 1\n${field}\nVisits: 18\nPlan: Discharged from PT.`;
  it('"Dates of care: 07/01/2026 - 10/10/2026" is the course of physical therapy: 101 days, completed', () => {
    const analysis = analyzeNote(note('Dates of care: 07/01/2026 - 10/10/2026'));
    const course = analysis.findings.find((f) => f.text === 'Dates of care');
    assert.deepStrictEqual(course?.attributes, { modality: 'physicalTherapy', durationDays: 101, status: 'completed', startDate: '2026-07-01', endDate: '2026-10-10' });
    assert.strictEqual(analysis.case.conservativeCareDays, 101);
  });
  it("a plan of care's certification period is the care planned, and a clinic note's field is no course", () => {
    assert.strictEqual(analyzeNote(note('Plan of care dates: 07/01/2026 - 10/10/2026')).findings.some((f) => f.text.startsWith('Plan of care')), false);
    assert.strictEqual(analyzeNote('SPINE CLINIC NOTE\nDate: 10/15/2026\nDates of care: 07/01/2026 - 10/10/2026').findings.length, 0);
  });
});
