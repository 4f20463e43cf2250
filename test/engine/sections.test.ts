import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine/analyzeNote';
import { findSections } from '../../server/src/engine/text/sections';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';
import { findingsOf } from './helpers';

const categories = (text: string) => findSections(text, normalizeForMatching(text)).map((s) => [s.title, s.category]);
const planStatus = (text: string) => analyzeNote(text).findings.filter((f) => f.kind === 'surgicalPlan').map((f) => [f.assertion, (f.attributes as { status?: string }).status]);

describe('sections: "Procedure:" done or planned', () => {
  it('is the operation done in an operative report', () => {
    const text = 'OPERATIVE REPORT\nDate of surgery: 06/02/2026\nProcedure: L4-5 laminectomy.\n';
    assert.deepStrictEqual(categories(text).slice(-1), [['Procedure', 'technique']]);
    assert.deepStrictEqual(planStatus(text), [['historical', 'performed']]);
  });

  it('"PROCEDURES:" (a numbered list) and "POSTOPERATIVE DIAGNOSES:" read alike', () => {
    const text = 'PREOPERATIVE DIAGNOSES:\n1. L4-5 stenosis.\n\nPROCEDURES:\n1. L4 laminotomy.\n\nANESTHESIA: General.\n';
    assert.deepStrictEqual(categories(text)[1], ['PROCEDURES', 'technique']);
    assert.deepStrictEqual(planStatus(text), [['historical', 'performed']]);
    const plural = 'POSTOPERATIVE DIAGNOSES:\n1. L4-5 stenosis.\n\nUnder the microscope, a laminotomy at L4-5 and a foraminotomy.\n';
    assert.deepStrictEqual(planStatus(plural), [['historical', 'performed']]);
  });

  it('is the planned operation as a sub-heading of a plan', () => {
    const text = 'SPINE CLINIC\nVisit date: 04/14/2026\nAssessment: L5-S1 spondylolisthesis.\nPlan: [x] Surgery\n  Procedure: L5-S1 TLIF with pedicle screws\n  Surgery date: 05/05/2026\n';
    assert.deepStrictEqual(categories(text).slice(-3), [['Plan', 'plan'], ['Procedure', 'plannedProcedure'], ['Surgery date', 'plannedProcedure']]);
    assert.deepStrictEqual(planStatus(text), [['present', 'scheduled']]);
  });

  it('is the planned operation in a note whose first line calls it pre-operative, but not after "PREOPERATIVE DIAGNOSIS"', () => {
    const preop = '\nPRE-OPERATIVE HISTORY AND PHYSICAL\nProcedure: L5-S1 TLIF\nHPI: back pain.\n';
    assert.deepStrictEqual(categories(preop)[1], ['Procedure', 'plannedProcedure']);
    const operative = 'PREOPERATIVE DIAGNOSIS: L5-S1 spondylolisthesis.\nProcedure: L5-S1 TLIF\n';
    assert.deepStrictEqual(categories(operative)[1], ['Procedure', 'technique']);
  });
});

describe('sections: SOAP letters', () => {
  it('"S:", "O:", "A:", "P:" head the subjective, objective, assessment and plan', () => {
    const text = 'S: Back pain for 6 weeks.\nO: Strength 5/5.\nImaging: MRI grade 1 L4-5 slip.\nA: Spondylolisthesis.\nP: L4-5 TLIF on the OR calendar.\n';
    assert.deepStrictEqual(categories(text), [
      ['S', 'hpi'],
      ['O', 'exam'],
      ['Imaging', 'imaging'],
      ['A', 'assessment'],
      ['P', 'plan'],
    ]);
    // The plan is not read inside the imaging section (where a procedure named is one done).
    assert.deepStrictEqual(planStatus(text), [['present', 'scheduled']]);
  });

  it('a letter before a number is a vital sign, not a heading ("P: 72")', () => {
    assert.deepStrictEqual(categories('HPI: back pain.\nT: 98.6\nP: 72\nR: 16\nP: Continue PT.\n'), [
      ['HPI', 'hpi'],
      ['P', 'plan'],
    ]);
  });
});

describe('sections: a PT note\'s goals', () => {
  it('"Goals:", "Short-term goals:", "LTG:" are the plan: the care they name is still to come', () => {
    const text = 'Subjective: Pain 5/10.\nGoals:\n1. Independent with HEP.\nLTG: return to full duty.\n';
    assert.deepStrictEqual(categories(text).map(([, c]) => c), ['hpi', 'plan', 'plan']);
    const hep = analyzeNote(text).findings.find((f) => f.kind === 'conservativeTherapy');
    assert.deepStrictEqual([hep?.assertion, (hep?.attributes as { status?: string }).status], ['hypothetical', 'planned']);
  });
});

describe('a red-flag screen is a review of systems', () => {
  it('"Red flags: + urinary retention" answers its items one by one; "red flags" in a heading is no precaution', () => {
    const flags = (line: string) => findingsOf(`LUMBAR SPINE NOTE\n${line}`, 'redFlag').map((f) => [f.text, f.assertion]);
    assert.deepStrictEqual(flags('Red flags: + urinary retention, + saddle anesthesia'), [['urinary retention', 'present'], ['saddle anesthesia', 'present']]);
    assert.deepStrictEqual(flags('Red flags: denies saddle anesthesia.'), [['saddle anesthesia', 'absent']]);
    assert.deepStrictEqual(flags('Discussed red flags: saddle anesthesia, urinary retention.').map(([, a]) => a), ['hypothetical', 'hypothetical']);
  });
});
