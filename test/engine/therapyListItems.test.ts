import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';

/** Each present therapy: its name, drug, days and response. */
function therapies(hpi: string): Array<[string, string | undefined, number | undefined, string | undefined]> {
  return analyzeNote(`Date of service: 09/15/2026\nHPI: ${hpi}`, { dateOfService: '2026-09-15' })
    .findings.filter((f) => f.kind === 'conservativeTherapy' && f.assertion === 'present')
    .map((f) => {
      const a = f.attributes as { drug?: string; durationDays?: number; response?: string };
      return [f.text, a.drug, a.durationDays, a.response];
    });
}

describe('conservative therapy: what one item of a list says, and labels', () => {
  it('a span up to now beside the course is the window it was told in, not more care', () => {
    assert.deepStrictEqual(therapies('Over the last 7 months he has completed 14 weeks of formal physical therapy.'), [['formal physical therapy', undefined, 98, undefined]]);
  });

  it('a class that labels its drug is one finding, the drug', () => {
    assert.deepStrictEqual(therapies('NSAID: meloxicam, no relief.'), [['meloxicam', 'meloxicam', undefined, 'none']]);
    assert.deepStrictEqual(therapies('NSAIDs (ibuprofen 600 mg TID) for 6 weeks.'), [['ibuprofen', 'ibuprofen', 42, undefined]]);
    assert.strictEqual(therapies('NSAIDs, gabapentin and PT for 6 weeks.').length, 3, 'a class in a list is its own treatment');
  });

  it("a cue told right after one item is that item's, not the next ones'", () => {
    assert.deepStrictEqual(therapies('Prior treatment: PT x 6 weeks (no relief), meloxicam x 4 weeks, chiropractic x 3 visits.'), [
      ['PT', undefined, 42, 'none'],
      ['meloxicam', 'meloxicam', 28, undefined],
      ['chiropractic', undefined, undefined, undefined],
    ]);
    assert.deepStrictEqual(therapies('Treatments: PT (no relief), gabapentin (partial relief), chiropractic.').map((t) => t[3]), ['none', 'partial', undefined]);
  });

  it("a cue after the whole list, or before it, is the list's", () => {
    assert.deepStrictEqual(therapies('Ibuprofen and gabapentin for 2 months without benefit.').map((t) => [t[2], t[3]]), [[60, 'none'], [60, 'none']]);
    assert.deepStrictEqual(therapies('No relief from PT or meloxicam.').map((t) => t[3]), ['none', 'none']);
  });
});
