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
