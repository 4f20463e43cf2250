import * as assert from 'assert';
import { findingsOf } from './helpers';

/**
 * Template fields in charts (context/rules/fields.ts, context/fields.ts): a bowel/bladder field answered
 * normal is the cauda equina red flag's absence (extractors/redFlags.ts reads its label), and a
 * single-choice field's ticked option decides.
 */
const SPINE = 'LUMBAR SPINE NEW PATIENT\nChief complaint: low back pain with sciatica.\n';

function redFlags(line: string): Array<[string, string, string | undefined]> {
  return findingsOf(SPINE + line + '\nAssessment: lumbar stenosis L4-5.', 'redFlag').map((f) => [f.text, f.assertion, f.assertedBy?.split(' ')[0]]);
}

describe('template fields: a bowel/bladder field answered normal', () => {
  it('a normal answer is the cauda equina red flag\'s absence, anchored on the label', () => {
    assert.deepStrictEqual(redFlags('Bowel/bladder: normal'), [['Bowel/bladder', 'absent', 'field.normal']]);
    assert.deepStrictEqual(redFlags('- Bladder and bowel: normal. No saddle symptoms.'), [
      ['Bladder and bowel', 'absent', 'field.normal'],
      ['saddle symptoms', 'absent', 'negation.forward'],
    ]);
    assert.deepStrictEqual(redFlags('Bowel and bladder function: intact'), [['Bowel and bladder function', 'absent', 'field.normal']]);
    for (const answer of ['WNL', 'within normal limits', 'continent', 'unremarkable', 'no changes', '[x] normal [ ] abnormal']) {
      assert.deepStrictEqual(redFlags(`Bowel/bladder: ${answer}`), [['Bowel/bladder', 'absent', 'field.normal']], answer);
    }
    assert.deepStrictEqual(redFlags('Bowel/bladder: denies'), [['Bowel/bladder', 'absent', 'field.no']]);
  });

  it('a complaint or an abnormal answer is present', () => {
    for (const answer of ['incontinent', 'retention', 'abnormal', '[ ] normal [x] abnormal']) {
      assert.deepStrictEqual(redFlags(`Bowel/bladder: ${answer}`), [['Bowel/bladder', 'present', undefined]], answer);
    }
    assert.deepStrictEqual(redFlags('Bowel/bladder: incontinence'), [['incontinence', 'present', undefined]]);
  });

  it('the label alone is no finding: another answer, a blank, prose, bladder alone, another cause', () => {
    for (const line of ['Bowel/bladder: constipation', 'Bowel/bladder: yes', 'Bowel/bladder: ***', 'He says his bowel and bladder: normal', 'Fetal bladder: normal', 'Bowel/bladder: incontinent, followed by urology']) {
      assert.deepStrictEqual(redFlags(line), [], line);
    }
  });
});

function smoking(line: string): Array<[string, string, string | undefined]> {
  return findingsOf(SPINE + line + '\nAssessment: lumbar stenosis L4-5.', 'riskFactor').map((f) => [f.text, f.assertion, f.assertedBy?.split(' ')[0]]);
}

describe('template fields: a single-choice field\'s ticked option', () => {
  it('an option that names the finding is the finding, asserted as its words say; the empty ones assert nothing', () => {
    assert.deepStrictEqual(smoking('Tobacco use: [ ] Current smoker [X] Never smoker [ ] Former smoker'), [['Never smoker', 'absent', 'field.no']]);
    assert.deepStrictEqual(smoking('Smoking status: [ ] Current every day smoker [X] Former smoker'), [['Former smoker', 'historical', 'field.former']]);
    assert.deepStrictEqual(smoking('Tobacco use: [X] Current every day smoker  [ ] Former smoker  [ ] Never smoker   Packs/day: 0.5'), [['every day smoker', 'present', undefined]]);
    assert.deepStrictEqual(smoking('[x] Former smoker'), [['Former smoker', 'historical', 'field.former']]);
  });

  it('bare options answer the label', () => {
    assert.deepStrictEqual(smoking('Tobacco: [ ] Never [x] Former [ ] Current'), [['Tobacco', 'historical', 'field.former']]);
    assert.deepStrictEqual(smoking('Tobacco: [x] Never [ ] Former [ ] Current'), [['Tobacco', 'absent', 'field.no']]);
    assert.deepStrictEqual(redFlags('Saddle anesthesia: [ ] Yes [x] No'), [['Saddle anesthesia', 'absent', 'field.no']]);
    assert.deepStrictEqual(redFlags('Bowel/bladder incontinence: [x] Yes [ ] No'), [['Bowel/bladder incontinence', 'present', undefined]]);
  });

  it('under a denial label a ticked box is denied and an empty one asserts nothing', () => {
    assert.deepStrictEqual(redFlags('Denies: [x] saddle anesthesia  [ ] bowel incontinence  [x] fever'), [['saddle anesthesia', 'absent', 'field.deniedItem']]);
  });
});
