import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { pastTimeIn } from '../../server/src/engine/context/pastTime';
import { findingsOf } from './helpers';

/**
 * Red flags in context: a retold episode, a precaution, a deficit that is recovering, the reason for a
 * procedure done (context/rules/history.ts, redFlag.ts), and the complaints with another cause in view
 * that are not red flags (extractors/redFlags.ts).
 */
const VISIT = '2026-09-20';
const SPINE = 'LUMBAR SPINE FOLLOW-UP\n';

function flag(text: string, evidence: string, dateOfService: string | undefined = VISIT): { assertion: string; by?: string } {
  const found = findingsOf(SPINE + text, 'redFlag', dateOfService ? { dateOfService } : undefined);
  const f = found.find((x) => x.text === evidence);
  if (!f) throw new Error(`no red flag ${JSON.stringify(evidence)} in ${JSON.stringify(text)}; got ${JSON.stringify(found.map((x) => [x.text, x.assertion]))}`);
  return { assertion: f.assertion, by: f.assertedBy?.split(' ')[0] };
}

describe('past time beside a retelling (context/pastTime.ts)', () => {
  const past = (text: string, visit: string | null = VISIT) => pastTimeIn(text.toLowerCase(), 0, text.length, visit ?? undefined);
  it('a date a week or more before the visit is past; one a few days before is the current episode', () => {
    assert.strictEqual(past(' on 06/01/2026 with'), true);
    assert.strictEqual(past(' on 09/17/2026 with'), false);
    assert.strictEqual(past(' on 10/01/2026 with'), false);
  });
  it('a month other than the visit\'s, or with a year before it, is past', () => {
    assert.strictEqual(past(' in June with'), true);
    assert.strictEqual(past(' in September with'), false);
    assert.strictEqual(past(' in early September 2025 with'), true);
    assert.strictEqual(past(' last September'), true);
    assert.strictEqual(past(' since June'), false);
  });
  it('a year before the visit and words of the past count; today and days ago do not', () => {
    assert.strictEqual(past(' in 2021 with'), true);
    assert.strictEqual(past(' in 2026 with'), false);
    assert.strictEqual(past(' in the ED last spring with'), true);
    assert.strictEqual(past(' two months ago with'), true);
    assert.strictEqual(past(' 3 days ago with'), false);
    assert.strictEqual(past(' last week with'), false);
    assert.strictEqual(past(' today, two months after the fall in June, with'), false);
  });
  it('in a note without a date of service any date, month or year counts', () => {
    assert.strictEqual(past(' on 09/17/2026 with', null), true);
    assert.strictEqual(past(' in September with', null), true);
  });
});

describe('context rules: red flags', () => {
  it('a retold presentation with a past time is history, its "new" included', () => {
    const text = 'She presented on 06/01/2026 with a large disc herniation and severe stenosis, saddle numbness, urinary retention and a new right foot drop.';
    for (const evidence of ['saddle numbness', 'urinary retention', 'new right foot drop']) {
      assert.deepStrictEqual(flag(text, evidence), { assertion: 'historical', by: 'history.pastPresentation' }, evidence);
    }
    assert.strictEqual(flag('She was seen in the ED last spring with urinary retention.', 'urinary retention').assertion, 'historical');
    assert.strictEqual(flag('In June she presented with a new foot drop.', 'new foot drop').assertion, 'historical');
  });

  it('a catheter that relieved retention is its treatment, not another cause; one that caused it is', () => {
    assert.strictEqual(flag('Reports new urinary retention requiring straight catheterization last night.', 'urinary retention').assertion, 'present');
    assert.strictEqual(flag('Urinary retention, needed a Foley in the ED.', 'Urinary retention').assertion, 'present');
    assert.deepStrictEqual(findingsOf(SPINE + 'Urinary retention after Foley catheter removal.', 'redFlag', { dateOfService: VISIT }), []);
  });

  it('a presentation today, days ago, or without a past time is the current episode', () => {
    assert.strictEqual(flag('She presented today with saddle numbness.', 'saddle numbness').assertion, 'present');
    assert.strictEqual(flag('He presented 3 days ago with urinary retention.', 'urinary retention').assertion, 'present');
    assert.strictEqual(flag('He presented on 09/17/2026 with urinary retention.', 'urinary retention').assertion, 'present');
    assert.strictEqual(flag('She presented with a new foot drop.', 'new foot drop').assertion, 'present');
    assert.strictEqual(flag('She presented in June with back pain, and now has a new foot drop.', 'new foot drop').assertion, 'present');
  });

  it('"at that time she had" retells the past episode', () => {
    assert.deepStrictEqual(flag('At that time she had saddle anesthesia and urinary retention.', 'urinary retention'), { assertion: 'historical', by: 'history.atThatTime' });
  });

  it('a deficit that is recovering or has settled is not progressing', () => {
    assert.deepStrictEqual(flag('A new left foot drop, which only partially recovered.', 'new left foot drop'), { assertion: 'historical', by: 'redFlag.deficitRecovering' });
    assert.strictEqual(flag('The new foot drop is improving.', 'new foot drop').assertion, 'historical');
    assert.strictEqual(flag('New foot drop; the back pain has improved.', 'New foot drop').assertion, 'present');
  });

  it('a precaution without "return" and a risks discussion are warnings', () => {
    assert.strictEqual(flag('Plan: ED immediately for saddle numbness or bladder or bowel changes.', 'bladder or bowel changes').assertion, 'hypothetical');
    assert.strictEqual(flag('The risks, benefits and alternatives were discussed, to include infection and loss of bowel and bladder control.', 'loss of bowel and bladder control').assertion, 'hypothetical');
  });

  it('the reason for a procedure in a procedure section is history', () => {
    assert.deepStrictEqual(flag('Date of surgery: 06/02/2026\nProcedure: L4-5 laminectomy and discectomy for cauda equina syndrome\n', 'cauda equina syndrome'), {
      assertion: 'historical',
      by: 'history.reasonForPastSurgery',
    });
  });
});

describe('red-flag extractor: another cause in view', () => {
  const types = (text: string) => findingsOf(SPINE + text, 'redFlag').map((f) => [f.text, f.assertion]);
  it('urge or dribbling incontinence and incontinence in a collapse are not cauda equina signs', () => {
    assert.deepStrictEqual(types('Urinary urgency and incontinence.'), []);
    assert.deepStrictEqual(types('She reports dribbling of urine and some incontinence.'), []);
  });
  it('in a note that lists a bladder drug, bladder trouble alone is not read; bowel trouble and saddle numbness are', () => {
    const note = 'Medications: tamsulosin 0.4 mg nightly.\nUrinary retention, improving.\nDenies bowel incontinence or saddle numbness.';
    assert.deepStrictEqual(types(note), [['bowel incontinence', 'absent'], ['saddle numbness', 'absent']]);
  });
  it('weakness beside a stroke\'s signs is not a progressive radicular deficit', () => {
    assert.deepStrictEqual(types('He had increasing weakness of his left arm and leg with slurred speech.'), []);
    assert.deepStrictEqual(types('He has increasing weakness of the left leg.'), [['increasing weakness of the left leg', 'present']]);
  });
  it('"decreased to no rectal tone" is a reduced tone', () => {
    assert.deepStrictEqual(types('Rectal: decreased to no rectal tone.'), [['decreased to no rectal tone', 'present']]);
  });
  it('"no rectal tone" and "absent rectal tone" are a sign found, not negated; "no rectal tone abnormality" and "normal rectal tone" are no sign', () => {
    assert.deepStrictEqual(types('Exam: No rectal tone on digital exam.'), [['No rectal tone', 'present']]);
    assert.deepStrictEqual(types('Exam: without sphincter tone.'), [['without sphincter tone', 'present']]);
    assert.deepStrictEqual(types('Exam: Absent rectal tone.'), [['Absent rectal tone', 'present']]);
    assert.deepStrictEqual(types('Exam: Decreased rectal tone.'), [['Decreased rectal tone', 'present']]);
    assert.deepStrictEqual(types('Exam: No rectal tone abnormality.'), []);
    assert.deepStrictEqual(types('Exam: Normal rectal tone.').map(([, a]) => a), ['absent']);
    assert.deepStrictEqual(types('He denies saddle anesthesia. No rectal tone.').map(([t, a]) => [t, a]), [['saddle anesthesia', 'absent'], ['No rectal tone', 'present']]);
  });
});

describe('red flags in a post-operative note', () => {
  it('a retold cauda equina episode is history; the precautions are warnings; nothing is present', () => {
    const note = [
      'SPINE SURGERY - POSTOPERATIVE CHECK',
      'Date of service: 07/14/2026',
      'Procedure: L4-5 laminectomy for cauda equina syndrome',
      'She presented on 06/20/2026 with saddle numbness, urinary retention and a new left foot drop. The foot drop is improving.',
      'Plan: return to the ED for saddle numbness or inability to void.',
    ].join('\n');
    const flags = analyzeNote(note).findings.filter((f) => f.kind === 'redFlag');
    assert.ok(flags.length >= 5, JSON.stringify(flags.map((f) => f.text)));
    assert.deepStrictEqual(flags.filter((f) => f.assertion === 'present').map((f) => f.text), []);
  });
});
