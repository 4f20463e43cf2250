import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { findingsOf, LooseFinding } from './helpers';

/** Conservative therapy's assertion, decided by the context rules (context/rules/conservativeTherapy.ts, attributes.ts). */
const SPINE = 'Lumbar spine clinic note. Chronic low back pain with lumbar stenosis.\n';

function therapy(text: string, evidence: string, dateOfService?: string): LooseFinding {
  const found = findingsOf(SPINE + text, 'conservativeTherapy', dateOfService ? { dateOfService } : undefined);
  const f = found.find((x) => x.text === evidence);
  if (!f) throw new Error(`no therapy "${evidence}" in ${JSON.stringify(text)}; got ${JSON.stringify(found.map((x) => x.text))}`);
  return f;
}

describe('conservative therapy assertion by context rules', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    // Negation words before the therapy, also inside general phrases therapy does not take ("not had", "is not").
    ['She has not had PT.', 'PT', 'absent', "conservativeTherapy.negation 'not'"],
    ['She is not doing PT.', 'PT', 'absent', "conservativeTherapy.negation 'not'"],
    ['Indocin should not be used at this time.', 'Indocin', 'absent', "conservativeTherapy.notDone 'should not be used'"],
    ['She has tried neither PT nor injections.', 'PT', 'absent', "conservativeTherapy.neitherNor 'neither'"],
    // Refusal.
    ['She declined PT.', 'PT', 'absent', "conservativeTherapy.refused 'declined'"],
    ['An ESI was declined.', 'ESI', 'absent', "conservativeTherapy.refusedAfter 'declined'"],
    // Outcomes and conditions are not negations.
    ['She had no relief from the ESI.', 'ESI', 'present', undefined],
    ['She is no longer taking gabapentin.', 'gabapentin', 'present', undefined],
    ['She is not able to take NSAIDs.', 'NSAIDs', 'absent', "conservativeTherapy.negation 'not'"],
    ['Whether or not a chiropractor would help is unclear.', 'chiropractor', 'present', undefined],
    // "Tylenol No. 3" is a drug name.
    ['We will add Tylenol No. 3 at bedtime.', 'Tylenol', 'hypothetical', 'conservativeTherapy.planned'],
    // A new clause ends the negation.
    ['She has not exhausted conservative measures and would like to start with epidural steroid injections.', 'epidural steroid injections', 'hypothetical', 'conservativeTherapy.planned'],
    ['Takes no medication except ibuprofen.', 'ibuprofen', 'present', undefined],
    // A status says when: general history cues are moot, remote ones are not.
    ['She underwent an ESI in March.', 'ESI', 'present', undefined],
    ['Previous PT helped.', 'PT', 'present', undefined],
    ['She is s/p L4-5 fusion for failed PT.', 'PT', 'present', undefined],
    ['H/o ESI.', 'ESI', 'historical', "history.forward 'H/o'"],
    ['Treated with a TLSO brace in high school.', 'TLSO brace', 'historical', "conservativeTherapy.remote 'in high school'"],
    // General uncertainty and family cues still apply.
    ['Possibly had PT in the past.', 'PT', 'possible', "uncertainty.forward 'Possibly'"],
    ['Her mother had PT for back pain.', 'PT', 'family', "family.forward 'mother'"],
  ];
  for (const [text, evidence, assertion, by] of cases) {
    it(`${JSON.stringify(text)}: ${evidence} is ${assertion}`, () => {
      const f = therapy(text, evidence);
      assert.strictEqual(f.assertion, assertion);
      assert.strictEqual(f.assertedBy, by);
    });
  }

  it('a year two or more years before the visit is an earlier episode', () => {
    const text = 'He had an ESI in 2012, with good relief.';
    assert.strictEqual(therapy(text, 'ESI', '2015-05-01').assertion, 'historical');
    assert.strictEqual(therapy(text, 'ESI', '2013-05-01').assertion, 'present');
    assert.strictEqual(findingsOf(SPINE + text, 'conservativeTherapy')[0].assertion, 'present', 'no date of service, no remote year');
    // The sentence's full stop after the year is no part of a date ("2012.5", "2012-05" are).
    assert.strictEqual(therapy('He had an ESI in 2012.', 'ESI', '2015-05-01').assertion, 'historical');
  });

  it('a negated therapy has no status or response', () => {
    const f = therapy('She has not had PT, which did not help.', 'PT');
    assert.strictEqual(f.assertion, 'absent');
    assert.deepStrictEqual(f.attributes, { modality: 'physicalTherapy' });
  });

  it("the therapy's own phrases mean nothing for other findings", () => {
    // "not tried" is a therapy phrase; for a user-defined target its "not" still negates.
    const [custom] = analyzeNote(SPINE + 'PT was not tried for her sciatica.', { customTargets: [{ label: 'sciatica', phrases: ['sciatica'] }] }).findings.filter((f) => f.kind === 'custom');
    assert.strictEqual(custom.assertion, 'absent');
    // "and would" ends a therapy's scope only.
    const [other] = analyzeNote('No fever and would rather not say.', { customTargets: [{ label: 'x', phrases: ['rather'] }] }).findings.filter((f) => f.kind === 'custom');
    assert.strictEqual(other.assertion, 'absent');
  });

  it('no extractor decides a therapy assertion', () => {
    const note = SPINE + 'She declined PT. Will start gabapentin. H/o ESI. Her mother had PT.';
    for (const f of findingsOf(note, 'conservativeTherapy')) assert.ok(!f.assertedBy?.startsWith('extractor'), `${f.text}: ${f.assertedBy}`);
  });
});

describe('a therapy response cue, judged by context rules (context/rules/therapyResponse.ts)', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['PT was helpful.', 'PT', 'good'],
    // A negated good response is none: "not" up to two words before, the n't forms, "never", "no".
    ['PT was not very effective.', 'PT', 'none'],
    ["The ESI wasn't very helpful.", 'ESI', 'none'],
    ['PT has never really helped.', 'PT', 'none'],
    ['The ESI gave no good relief.', 'ESI', 'none'],
    ['Neither ESI nor NSAIDs helped.', 'NSAIDs', 'none'],
    // More than two words between: the negation is about something else.
    ['PT did not start until May and helped.', 'PT', 'good'],
    // A hedged cue states no response, inside a general phrase too ("patient was not").
    ['He saw a chiropractor for three visits, which the patient was not certain was very helpful.', 'chiropractor', undefined],
    ['She is unsure whether PT helped.', 'PT', undefined],
    // A cue of its own clause: the negation of another clause does not reach it.
    ['She did not go back to the chiropractor, but PT helped.', 'PT', 'good'],
  ];
  for (const [text, evidence, response] of cases) {
    it(`${JSON.stringify(text)}: ${evidence}'s response is ${response}`, () => {
      assert.strictEqual(therapy(text, evidence).attributes.response, response);
    });
  }

  it('the general rules do not judge a response cue, nor the therapy\'s own rules', () => {
    // General negation ("denies") and a condition ("if") say nothing about how care went.
    assert.strictEqual(therapy('She denies side effects; PT helped.', 'PT').attributes.response, 'good');
    assert.strictEqual(therapy('She has not had PT, which helped her sister.', 'PT').assertion, 'absent');
  });

  it('a table cell is judged on its own', () => {
    const note = SPINE + 'PRIOR TREATMENT:\n| Therapy | Duration | Response |\n| PT | 6 weeks | not very helpful |\n| ESI | | good relief |\n';
    const found = findingsOf(note, 'conservativeTherapy');
    assert.strictEqual(found.find((f) => f.text === 'PT')?.attributes.response, 'none');
    assert.strictEqual(found.find((f) => f.text === 'ESI')?.attributes.response, 'good');
  });
});

describe("a negated condition does not negate the clinician's plan after it", () => {
  it('"If PT does not help, we will try an ESI": the ESI is planned, not absent; a fusion after such a condition stays conditional', () => {
    const text = 'PLAN:\nIf PT does not help, we will try an ESI. If relief is not sufficient, we would consider L4-5 fusion.';
    const esi = analyzeNote(text).findings.find((f) => f.kind === 'conservativeTherapy' && f.text === 'ESI');
    assert.strictEqual(esi?.assertion, 'hypothetical');
    const fusion = analyzeNote(text).findings.find((f) => f.kind === 'surgicalPlan');
    assert.deepStrictEqual([fusion?.assertion, (fusion?.attributes as { status?: string }).status], ['hypothetical', 'conditional']);
  });
});
