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

describe('a dot leader separates a field from its answer', () => {
  it('"Urinary retention ......... no" is a documented absence, "Saddle anesthesia ....... yes" a sign; an ellipsis in prose is no field', () => {
    const flags = (line: string) => findingsOf(`LUMBAR SPINE FOLLOW-UP\n${line}`, 'redFlag').map((f) => [f.text, f.assertion]);
    assert.deepStrictEqual(flags('Urinary retention ......... no'), [['Urinary retention', 'absent']]);
    assert.deepStrictEqual(flags('Saddle anesthesia ....... yes'), [['Saddle anesthesia', 'present']]);
    assert.deepStrictEqual(flags('He had urinary retention... it resolved on its own.').map(([t]) => t), ['urinary retention']);
  });
});

describe('motor shorthand of exam lines', () => {
  it('"R ankle DF 2/5 (was 4/5)" and "Tib ant 3/5, was 5/5" are falling grades', () => {
    const flags = findingsOf('LUMBAR SPINE FOLLOW-UP\nDate of service: 11/01/2026\nMotor: R ankle DF 2/5 (was 4/5 on 10/01/2026). PF 5/5. Tib ant 3/5, was 5/5.', 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.text, f.assertion, f.attributes.type]), [
      ['ankle DF 2/5 (was 4/5', 'present', 'progressiveDeficit'],
      ['Tib ant 3/5, was 5/5', 'present', 'progressiveDeficit'],
    ]);
  });
});
