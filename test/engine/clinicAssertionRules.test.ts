import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { FindingKind } from '../../server/src/engine/types';

/**
 * The context rules of the clinic findings (context/rules/radicularSymptoms.ts, imagingCorrelation.ts,
 * outcomeMeasure.ts, patientPreference.ts, riskFactor.ts): the assertion and the rule that decided it.
 * No assertion of these kinds is decided by its extractor.
 */
const SPINE = 'Low back pain with grade 1 L5-S1 anterolisthesis.\n';

function decided(text: string, kind: FindingKind, evidence: string): { assertion: string; by?: string } {
  const found = analyzeNote(SPINE + text).findings.filter((f) => f.kind === kind);
  const f = found.find((x) => x.text === evidence);
  if (!f) throw new Error(`no ${kind} ${JSON.stringify(evidence)} in ${JSON.stringify(text)}; got ${JSON.stringify(found.map((x) => [x.text, x.assertion]))}`);
  assert.ok(!f.assertedBy?.startsWith('extractor '), `${evidence}: decided by ${f.assertedBy}`);
  return { assertion: f.assertion, by: f.assertedBy?.split(' ')[0] };
}

type Case = [text: string, evidence: string, assertion: string, rule?: string];

function check(kind: FindingKind, cases: readonly Case[]): void {
  for (const [text, evidence, assertion, rule] of cases) {
    it(`${JSON.stringify(text)}: ${evidence} is ${assertion}${rule ? ` by ${rule}` : ''}`, () => {
      const got = decided(text, kind, evidence);
      assert.strictEqual(got.assertion, assertion);
      if (rule) assert.strictEqual(got.by, rule);
    });
  }
}

describe('context rules: radicular symptoms', () => {
  check('radicularSymptoms', [
    ['Preoperative left leg radicular pain has resolved.', 'left leg radicular pain', 'historical', 'history.resolvedAfter'],
    ['Her left leg pain radiating into the foot has subsided.', 'pain radiating into the foot', 'historical', 'radicularSymptoms.subsided'],
    ['Sciatica abated after the injection.', 'Sciatica', 'historical', 'radicularSymptoms.subsided'],
    ['No radicular symptoms have subsided.', 'radicular symptoms', 'absent', 'negation.forward'],
  ]);
});

describe('context rules: imaging correlation', () => {
  check('imagingCorrelation', [
    ['Her symptoms correlate with the L5-S1 findings on MRI.', 'Her symptoms correlate with the L5-S1 findings', 'present'],
    ['Symptoms do not correlate with imaging.', 'Symptoms do not correlate with imaging', 'absent', 'negation.forward'],
    ["Her symptoms don't correlate with the MRI.", "Her symptoms don't correlate with the MRI", 'absent', 'negation.lexicon'],
    ['Imaging findings often correlate poorly with symptoms.', 'Imaging findings often correlate poorly with symptoms', 'absent', 'imagingCorrelation.disagreement'],
    ['His leg pain is discordant with the MRI.', 'His leg pain is discordant with the MRI', 'absent', 'imagingCorrelation.disagreement'],
    ['Her symptoms do not necessarily correlate with the imaging.', 'Her symptoms do not necessarily correlate with the imaging', 'absent', 'imagingCorrelation.disagreement'],
    ['There is a lack of clinical correlation with MRI.', 'clinical correlation with MRI', 'absent', 'negation.lexicon'],
  ]);
});

describe('context rules: outcome measures', () => {
  check('outcomeMeasure', [
    ['Pain 6/10 today.', 'Pain 6/10', 'present'],
    ['Goal: pain will be less than 4/10.', 'pain will be less than 4/10', 'hypothetical', 'outcomeMeasure.goal'],
    ['SI joint pain less than or equal to 2/10 while performing a manual muscle test.', 'pain less than or equal to 2/10', 'hypothetical', 'outcomeMeasure.goal'],
    ['The patient will report max pain of 5/10.', 'pain of 5/10', 'hypothetical'],
    ['Discharge when pain < 3/10.', 'pain < 3/10', 'hypothetical', 'outcomeMeasure.goal'],
    ['Obtain ODI at next visit.', 'ODI', 'hypothetical', 'outcomeMeasure.order'],
    ['Reassess with VAS and Oswestry at visit 12.', 'Oswestry', 'hypothetical', 'outcomeMeasure.order'],
    ['ODI to be completed at next visit.', 'ODI', 'hypothetical', 'outcomeMeasure.orderAfter'],
    // An instrument named without a value is an action: a plan makes it hypothetical.
    ['PLAN:\nODI and VAS at the 6-week visit.', 'ODI', 'hypothetical', 'section.plan'],
  ]);
});

describe('context rules: patient preference', () => {
  check('patientPreference', [
    // Its own verbs and the discussion around it are not hypothetical.
    ['Risks and benefits were discussed and she would like to proceed with surgery.', 'would like to proceed with surgery', 'present'],
    ['She wishes to proceed with surgery, which will be scheduled.', 'wishes to proceed with surgery', 'present'],
    ['If she wishes to proceed with surgery we will schedule it.', 'wishes to proceed with surgery', 'hypothetical', 'patientPreference.conditional'],
    ['She is considering whether she wants surgery.', 'wants surgery', 'hypothetical', 'patientPreference.conditional'],
    ['Dr. X would continue pain medication if he did not wish to proceed with surgery.', 'did not wish to proceed with surgery', 'hypothetical', 'patientPreference.conditional'],
    ['He does not want surgery.', 'does not want surgery', 'present'],
    ['He is not willing to undergo surgery.', 'willing to undergo surgery', 'absent', 'negation.forward'],
    // A nonoperative preference takes a condition only (patientPreference:nonoperative names it by its preference attribute).
    ['In the absence of motor symptoms, the patient is not interested in surgical intervention.', 'not interested in surgical intervention', 'present'],
    ['He is worried about his job and prefers to continue conservative care.', 'prefers to continue conservative care', 'present'],
  ]);
});

describe('context rules: risk factors', () => {
  check('riskFactor', [
    // Smoking: the finding's own status words decide (insideTarget), and outweigh a list's negation.
    ['Never smoker.', 'Never smoker', 'absent', 'riskFactor.smokingNever'],
    ['He does not smoke.', 'does not smoke', 'absent', 'riskFactor.smokingNever'],
    ['Tobacco: never.', 'Tobacco: never', 'absent', 'riskFactor.smokingNever'],
    ['He is not a smoker.', 'smoker', 'absent', 'negation.forward'],
    ['Former smoker.', 'Former smoker', 'historical', 'riskFactor.smokingFormer'],
    ['History of hypertension, no history of diabetes mellitus, ex-smoker, cholesterol elevated.', 'ex-smoker', 'historical', 'riskFactor.smokingFormer'],
    ['The patient denies ever having smoked.', 'smoked', 'absent', 'negation.forward'],
    ['Her mother smoked and drank.', 'smoked', 'family', 'family.forward'],
    // Given up anywhere in the sentence (sentenceScope), across a semicolon.
    ['2ppd smoker since his teens; quit 2 years ago.', 'smoker', 'historical', 'riskFactor.smokingGivenUp'],
    // Still smoking: an intent to quit, a quit denied, counselling.
    ['He smokes a pack of cigarettes a day and is working on quitting.', 'smokes a pack', 'present'],
    ['He was advised to quit smoking but has not quit smoking.', 'quit smoking', 'present'],
    ['Trying to quit smoking.', 'Trying to quit smoking', 'present'],
    // Under past medical history a habit is current unless told as past.
    ['PAST MEDICAL HISTORY:\nHistory of tobacco abuse.', 'tobacco abuse', 'present'],
    ['SOCIAL HISTORY:\nHistory of tobacco abuse.', 'tobacco abuse', 'historical', 'history.forward'],
    // Comorbidities: history is present; only their own words of the past make them historical.
    ['PAST MEDICAL HISTORY:\nHistory of depression.', 'depression', 'present'],
    ['Remote history of depression, resolved.', 'depression', 'historical', 'riskFactor.comorbidityPast'],
    ['She has a remote history of being on Lexapro for depression.', 'depression', 'historical', 'riskFactor.comorbidityPast'],
    ['Significant for postpartum depression.', 'depression', 'historical', 'riskFactor.comorbidityPast'],
    ['Fibromyalgia, in remission.', 'Fibromyalgia', 'historical', 'riskFactor.comorbidityPast'],
    ['Denies depression.', 'depression', 'absent', 'negation.forward'],
    // An expectation is the wish itself: no hypothetical cue.
    ['He would like surgery and wants to be pain free.', 'wants to be pain free', 'present'],
    ['He expects to be completely pain free after surgery.', 'expects to be completely pain free', 'present'],
  ]);
});

describe('context rules: a surgical plan denied right after it (surgicalPlan.deniedPredicate)', () => {
  const status = (sentence: string) => {
    const plan = analyzeNote(`Date of service: 03/10/2026\n${SPINE}ASSESSMENT AND PLAN: ${sentence}\n`).findings.find((f) => f.kind === 'surgicalPlan');
    return plan && [plan.assertion, (plan.attributes as { status?: string }).status];
  };
  it('"is not indicated", "is not planned", "is not the best option" are not a plan', () => {
    for (const sentence of ['Fusion is not indicated.', 'Fusion is not planned.', 'L5-S1 TLIF is not scheduled at this time.', 'Fusion is not the best option for her.', 'Fusion is not warranted.']) {
      assert.deepStrictEqual(status(sentence), ['absent', 'notIndicated'], sentence);
    }
  });
  it('but a date or a hedge after "not" is not a denial', () => {
    assert.deepStrictEqual(status('L5-S1 TLIF is not scheduled until 04/14/2026.'), ['present', 'scheduled']);
    assert.deepStrictEqual(status('We recommend L5-S1 TLIF.'), ['present', 'recommended']);
  });
});
