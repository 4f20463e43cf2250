// Wording of real charts read by the context rules and vocabularies: plan dates and status, imaging correlation.
import * as assert from 'assert';
import { reviewNote } from '../../server/src/engine/review';
import { findingsOf, onlyFinding } from './helpers';

/** A spine consult dated `dos`, whose plan line is `plan`. */
function consult(dos: string | undefined, plan: string): string {
  const dated = dos ? `Date of service: ${dos}\n` : '';
  return `SPINE CONSULTATION\n${dated}\nHPI: Low back and left leg pain for 6 weeks; naproxen for 5 weeks.\nIMAGING: MRI shows grade 1 L4-5 spondylolisthesis, 4 mm.\n\nPLAN:\n${plan}\n`;
}

function plan(dos: string | undefined, line: string) {
  return onlyFinding(consult(dos, line), 'surgicalPlan');
}

describe('surgical plan dates against the date of service', () => {
  it('a date after the visit books the operation (surgicalPlan.futureDate)', () => {
    for (const line of ['L4-5 TLIF on 03/18/2026.', 'L4-5 TLIF, 03/18/2026.', 'On March 18, 2026 he will have an L4-5 TLIF.', 'L4-5 TLIF in 03/2026.']) {
      const f = plan('01/20/2026', line);
      assert.strictEqual(f.assertion, 'present', line);
      assert.strictEqual(f.attributes.status, 'scheduled', line);
    }
  });

  it('a date before the visit, or any year in an undated note, is the operation done (surgicalPlan.pastAfter)', () => {
    assert.strictEqual(plan('01/20/2026', 'L4-5 TLIF on 07/14/2025.').attributes.status, 'performed');
    assert.strictEqual(plan('01/20/2026', 'L4-5 laminectomy in 2019.').attributes.status, 'performed');
    assert.strictEqual(plan(undefined, 'L4-5 TLIF on 03/18/2026.').attributes.status, 'performed');
  });

  it('the visit day itself, or a year that is the visit year, says neither', () => {
    assert.strictEqual(plan('01/20/2026', 'I recommend L4-5 TLIF, discussed 01/20/2026.').attributes.status, 'recommended');
  });

  it('scheduling words of real charts: set for, on the OR calendar, case request, a consent, a date', () => {
    for (const line of [
      'L4-5 TLIF is set for next month.', 'He is on the OR calendar for L4-5 decompression and fusion.', 'Case request submitted for L4-5 TLIF.',
      'Surgical consent for L4-5 TLIF obtained today.', 'Our scheduler will call her with a date for the L4-5 fusion.',
    ]) {
      assert.strictEqual(plan('01/20/2026', line).attributes.status, 'scheduled', line);
    }
  });

  it('a fusion booked before 3 months of care warns (conservative-first) through the whole review', () => {
    const review = reviewNote(consult('01/20/2026', 'L4-5 TLIF on 03/18/2026.'));
    assert.strictEqual(review.case.surgeryPlanned, true);
    const warning = review.diagnostics.find((d) => d.code === 'conservative-first');
    assert.strictEqual(warning?.severity, 'warning');
  });
});

describe('surgical plan status: the patient takes up the offer, the booking steps', () => {
  it('"wants to move forward", "is agreeable to": a recommended plan', () => {
    for (const line of ['He is a good candidate for L4-5 TLIF and wants to move forward.', 'She is agreeable to L4-5 TLIF.']) {
      const f = plan('01/20/2026', line);
      assert.deepStrictEqual([f.assertion, f.attributes.status], ['present', 'recommended'], line);
    }
  });

  it('consent signed, medical clearance and pre-op labs: a scheduled plan', () => {
    for (const line of ['Surgical consent for L4-5 TLIF was reviewed and signed.', 'Pre-op labs and medical clearance ordered for L4-5 TLIF.']) {
      assert.strictEqual(plan('01/20/2026', line).attributes.status, 'scheduled', line);
    }
  });

  it('a condition written after the plan, in any of its "if ..." forms, makes it conditional', () => {
    for (const line of ['Consider L4-5 TLIF if no improvement after PT.', 'L4-5 TLIF if symptoms do not improve.', 'We will plan L4-5 TLIF if needed.']) {
      const f = plan('01/20/2026', line);
      assert.deepStrictEqual([f.assertion, f.attributes.status], ['hypothetical', 'conditional'], line);
    }
  });

  it('an option weighed stays considered', () => {
    assert.strictEqual(plan('01/20/2026', 'Options include L4-5 TLIF or continued PT; she would like to think about it.').attributes.status, 'considered');
  });
});

describe('imaging correlation in plain words', () => {
  it('"corresponds to", "matches" document it; "does not match" denies it', () => {
    assert.strictEqual(onlyFinding('HPI: back pain.\nThe left L5 radiculopathy corresponds to the L4-5 stenosis.\n', 'imagingCorrelation').assertion, 'present');
    assert.strictEqual(onlyFinding('HPI: back pain.\nExam findings match the imaging.\n', 'imagingCorrelation').assertion, 'present');
    assert.strictEqual(onlyFinding('HPI: back pain.\nHis symptoms do not match the MRI.\n', 'imagingCorrelation').assertion, 'absent');
  });
});

describe('functional impairment: time off work', () => {
  it('"has not worked in 4 months" is an impairment at work; a walking aid alone is not (test/fixtures conventions)', () => {
    const of = (line: string) => findingsOf(`HPI: Low back pain for 6 months with grade 1 L4-5 spondylolisthesis. ${line}\n`, 'functionalImpairment');
    assert.deepStrictEqual(of('He has not worked in 4 months because of his back.').map((f) => [f.attributes.domain, f.assertion]), [['work', 'present']]);
    assert.deepStrictEqual(of('She uses a cane for ambulation.'), []);
  });
});

describe('radicular symptoms: "nonradiating" written joined', () => {
  it('is an absent radiating symptom, as "non-radiating" is', () => {
    const joined = onlyFinding('HPI: Back pain, nonradiating.\n', 'radicularSymptoms');
    assert.deepStrictEqual([joined.text, joined.assertion], ['nonradiating', 'absent']);
    assert.strictEqual(onlyFinding('HPI: Back pain, non-radiating.\n', 'radicularSymptoms').assertion, 'absent');
  });
});

describe('addenda correct measurements and grades', () => {
  const report = (addendum: string) =>
    `MRI LUMBAR SPINE\nDate: 04/02/2026\nFINDINGS: Grade 1 anterolisthesis of L4 on L5 measuring 4 mm. Right L4 pars defect.\nIMPRESSION: Grade 1 L4-5 anterolisthesis.\n\nADDENDUM 04/03/2026: ${addendum}\n`;
  const slips = (text: string) => findingsOf(text, 'listhesis').map((f) => [f.section, f.attributes.grade, f.attributes.mm]);

  it('"6 mm rather than 4 mm": the 4 mm slip is restated at 6 mm in the addendum, and its other mentions carry 6 mm', () => {
    assert.deepStrictEqual(slips(report('The slip measures 6 mm rather than 4 mm.')), [
      ['impression', 1, 6],
      ['addendum', 1, 6],
    ]);
  });

  it('"grade 2, not grade 1": the grade is corrected', () => {
    const found = slips(report('The anterolisthesis is grade 2, not grade 1.'));
    assert.ok(found.every(([, grade]) => grade === 2), JSON.stringify(found));
    assert.ok(found.some(([section]) => section === 'addendum'));
  });
});

describe('red flags as exams and patients say them', () => {
  const flags = (line: string) =>
    findingsOf(`EMERGENCY DEPARTMENT NOTE\nHPI: 45 yo with low back pain for 2 weeks and grade 1 L4-5 spondylolisthesis. ${line}\n`, 'redFlag').map((f) => [f.attributes.type, f.assertion]);

  it('reduced saddle sensation on exam, and numbness when wiping, are cauda equina signs', () => {
    for (const line of ['Perianal sensation diminished.', 'Decreased perineal sensation on exam.', 'He cannot feel the toilet paper when he wipes.']) {
      assert.deepStrictEqual(flags(line), [['caudaEquina', 'present']], line);
    }
    assert.deepStrictEqual(flags('Perianal sensation intact.'), []);
  });

  it('weakness in a named part that has gotten worse is a progressive deficit; stable weakness is not', () => {
    assert.deepStrictEqual(flags('Weakness in his left foot has gotten worse over two weeks.'), [['progressiveDeficit', 'present']]);
    assert.deepStrictEqual(flags('Left leg weakness, progressively worse.'), [['progressiveDeficit', 'present']]);
    assert.deepStrictEqual(flags('Weakness in the left leg, which has been stable.'), []);
  });
});

describe('therapy response in a condition', () => {
  it('"consider TLIF if no improvement after PT" states no response of the PT; "PT for 6 weeks without improvement" does', () => {
    const pt = (line: string) => findingsOf(`HPI: Low back pain, grade 1 L4-5 spondylolisthesis.\n${line}\n`, 'conservativeTherapy')[0];
    assert.strictEqual(pt('Consider L4-5 TLIF if no improvement after PT.').attributes.response, undefined);
    assert.strictEqual(pt('PT for 6 weeks without improvement.').attributes.response, 'none');
  });
});

describe('nicotine vaped, and a pain scale named with its body part', () => {
  const facts = (text: string, kind: 'riskFactor' | 'outcomeMeasure') => findingsOf(text, kind).map((f) => [f.text, f.assertion, f.attributes.value ?? f.attributes.type]);
  it('vaping nicotine or an e-cigarette is smoking (nicotine harms fusion); vaping marijuana is not', () => {
    assert.deepStrictEqual(facts('SOCIAL HISTORY: He vapes nicotine daily.', 'riskFactor'), [['vapes nicotine', 'present', 'smoking']]);
    assert.deepStrictEqual(facts('SOCIAL HISTORY: Uses e-cigarettes.', 'riskFactor'), [['e-cigarettes', 'present', 'smoking']]);
    assert.deepStrictEqual(facts('SOCIAL HISTORY: Denies e-cigarette use.', 'riskFactor'), [['e-cigarette', 'absent', 'smoking']]);
    assert.deepStrictEqual(facts('SOCIAL HISTORY: She vapes marijuana.', 'riskFactor'), []);
  });
  it('"NRS pain 4", "NRS leg pain level 3": the value after the scale and its pain', () => {
    assert.deepStrictEqual(facts('NRS pain 4.', 'outcomeMeasure'), [['NRS pain 4', 'present', 4]]);
    assert.deepStrictEqual(facts('NRS leg pain level 3.', 'outcomeMeasure'), [['NRS leg pain level 3', 'present', 3]]);
  });
});

describe('what makes a note about the lumbar spine (vocabulary SPINE_NOTE_WORDS)', () => {
  it('"sciatic pain down the leg" makes it one, so new urinary retention is a cauda equina sign', () => {
    const flags = findingsOf('URGENT CARE NOTE\nHPI: Sciatic pain down the left leg for a week. New urinary retention since this morning.', 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.text, f.assertion, f.attributes.type]), [['urinary retention', 'present', 'caudaEquina']]);
  });
  it('a coronary "conus" branch does not', () => {
    assert.deepStrictEqual(findingsOf('CARDIAC CATHETERIZATION\nThe conus branch is patent. Urinary retention after the procedure.', 'redFlag'), []);
  });
  it('nor a lumbar puncture or drain, but a lumbar level still does in the same note', () => {
    const neuro = 'NEUROLOGY CONSULT\nHPI: Found down with fecal and urinary incontinence. Lumbar puncture showed xanthochromia; a lumbar drain was placed.';
    assert.deepStrictEqual(findingsOf(neuro, 'redFlag'), []);
    const spine = `${neuro}\nMRI: L4-5 disc extrusion.`;
    assert.deepStrictEqual(findingsOf(spine, 'redFlag').map((f) => f.attributes.type), ['caudaEquina']);
  });
});

describe('a correlation stated in one phrase', () => {
  it('"good clinical-radiographic correlation", "clinical and imaging correlation", "clinical radiologic concordance"', () => {
    for (const phrase of ['clinical-radiographic correlation', 'Clinical and imaging correlation', 'clinical radiologic concordance']) {
      const found = findingsOf(`LUMBAR SPINE CLINIC NOTE\nThere is good ${phrase}.`, 'imagingCorrelation');
      assert.deepStrictEqual(found.map((f) => [f.text, f.assertion]), [[phrase, 'present']]);
    }
  });
});

describe('a smoker who will not quit, and a goal of no pain at all', () => {
  const kinds = (text: string) => findingsOf(text, 'riskFactor').map((f) => [f.assertion, f.attributes.type]);
  it('quitting refused or only considered is still smoking (riskFactor.stillSmoking)', () => {
    assert.deepStrictEqual(kinds('SOCIAL HISTORY: Tobacco: 1 ppd, not interested in quitting.'), [['present', 'smoking']]);
    assert.deepStrictEqual(kinds('SOCIAL HISTORY: Smokes 10 cigarettes a day; considering smoking cessation.'), [['present', 'smoking']]);
    assert.deepStrictEqual(kinds('SOCIAL HISTORY: Smoked 1 ppd, quit in 2019.'), [['historical', 'smoking']]);
  });
  it('"goal is to have zero pain", "hopes for zero pain" are unrealistic expectations', () => {
    for (const sentence of ['Her goal is to have zero pain.', 'She hopes for zero pain after surgery.']) {
      assert.deepStrictEqual(kinds(`HPI: Back pain. ${sentence}`), [['present', 'unrealisticExpectations']], sentence);
    }
    assert.deepStrictEqual(kinds('HPI: Back pain. She hopes to have less pain.'), []);
  });
});
