import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { customTargetExtractor } from '../../server/src/engine/extractors/customTargets';
import { SentenceView } from '../../server/src/engine/extractors/types';
import { AnalyzeOptions, Assertion, FindingKind } from '../../server/src/engine/types';
import { LooseFinding } from './helpers';

/** Spine context so that extractors which only read spine notes do read these fixtures. */
const SPINE = 'Low back pain with grade 1 L5-S1 anterolisthesis.\n';

function all(text: string, kind: FindingKind, options?: AnalyzeOptions): LooseFinding[] {
  return analyzeNote(text, options).findings.filter((f) => f.kind === kind) as LooseFinding[];
}

/** The finding of a kind whose evidence text is exactly `evidence`. */
function get(text: string, kind: FindingKind, evidence: string, options?: AnalyzeOptions): LooseFinding {
  const found = all(text, kind, options);
  const f = found.find((x) => x.text === evidence);
  if (!f) throw new Error(`no ${kind} ${JSON.stringify(evidence)} in ${JSON.stringify(text)}; got ${JSON.stringify(found.map((x) => [x.text, x.assertion, x.attributes]))}`);
  // The evidence is the note's own text at the finding's range.
  assert.strictEqual(text.slice(f.start, f.end), f.text);
  return f;
}

function expect(f: LooseFinding, assertion: Assertion, attributes: Record<string, unknown>): void {
  assert.strictEqual(f.assertion, assertion, `${f.text}: assertion`);
  assert.deepStrictEqual(f.attributes, attributes, `${f.text}: attributes`);
}

function none(text: string, kind: FindingKind): void {
  const found = all(text, kind);
  assert.deepStrictEqual(found.map((f) => [f.text, f.assertion]), [], `expected no ${kind} in ${JSON.stringify(text)}`);
}

describe('clinic extractors: conservative therapy', () => {
  it('completed PT with duration and no relief; ongoing gabapentin', () => {
    const note = SPINE + 'She completed PT x 6 wks without relief and is currently taking gabapentin 300 mg tid.';
    expect(get(note, 'conservativeTherapy', 'PT'), 'present', { modality: 'physicalTherapy', durationDays: 42, status: 'completed', response: 'none' });
    expect(get(note, 'conservativeTherapy', 'gabapentin'), 'present', { modality: 'medication', drug: 'gabapentin', status: 'ongoing' });
  });

  it('a duration applies to every modality of its clause', () => {
    const note = SPINE + 'Patient has tried NSAIDs, chiropractic, and physical therapy for three months with no significant improvement.';
    for (const [text, modality] of [['NSAIDs', 'medication'], ['chiropractic', 'chiropractic'], ['physical therapy', 'physicalTherapy']]) {
      const f = get(note, 'conservativeTherapy', text);
      assert.strictEqual(f.attributes.modality, modality);
      assert.strictEqual(f.attributes.durationDays, 90);
      assert.strictEqual(f.attributes.status, 'completed');
      assert.strictEqual(f.attributes.response, 'none');
    }
    assert.strictEqual(get(note, 'conservativeTherapy', 'NSAIDs').attributes.drug, 'nsaid');
  });

  it('each therapy keeps its own duration', () => {
    const note = SPINE + 'He did PT x 6 weeks and chiropractic for 3 months.';
    assert.strictEqual(get(note, 'conservativeTherapy', 'PT').attributes.durationDays, 42);
    assert.strictEqual(get(note, 'conservativeTherapy', 'chiropractic').attributes.durationDays, 90);
  });

  it('a symptom duration is not the therapy duration', () => {
    const note = SPINE + 'Back pain for 2 years, failed PT.';
    expect(get(note, 'conservativeTherapy', 'PT'), 'present', { modality: 'physicalTherapy', status: 'completed', response: 'none' });
  });

  it('frequency is not duration: three times weekly for six weeks', () => {
    const note = SPINE + 'Plan: PT three times weekly for six weeks.';
    expect(get(note, 'conservativeTherapy', 'PT'), 'hypothetical', { modality: 'physicalTherapy', durationDays: 42, status: 'planned' });
  });

  it('"for a period of four weeks" as words', () => {
    const note = SPINE + 'A program of chiropractic adjustments and physical therapy was completed for a period of four weeks.';
    assert.strictEqual(get(note, 'conservativeTherapy', 'physical therapy').attributes.durationDays, 28);
  });

  it('since <date> against the date of service; brand -> generic', () => {
    const note = 'Date of service: 09/24/2026\n' + SPINE + 'He has been on Lyrica since 06/24/2026. Medrol Dosepak gave temporary relief. Aleve and Motrin did not help. Flexeril helped.';
    expect(get(note, 'conservativeTherapy', 'Lyrica'), 'present', { modality: 'medication', drug: 'pregabalin', durationDays: 92, startDate: '2026-06-24', endDate: '2026-09-24', status: 'ongoing' });
    expect(get(note, 'conservativeTherapy', 'Medrol Dosepak'), 'present', { modality: 'medication', drug: 'methylprednisolone', status: 'completed', response: 'partial' });
    assert.strictEqual(get(note, 'conservativeTherapy', 'Aleve').attributes.drug, 'naproxen');
    assert.strictEqual(get(note, 'conservativeTherapy', 'Motrin').attributes.response, 'none');
    expect(get(note, 'conservativeTherapy', 'Flexeril'), 'present', { modality: 'medication', drug: 'cyclobenzaprine', status: 'completed', response: 'good' });
  });

  it('class mentions: anti-inflammatories, Neurontin, Mobic', () => {
    const note = SPINE + 'She takes anti-inflammatories. Neurontin was discontinued. Mobic 15 mg daily.';
    assert.strictEqual(get(note, 'conservativeTherapy', 'anti-inflammatories').attributes.drug, 'nsaid');
    expect(get(note, 'conservativeTherapy', 'Neurontin'), 'present', { modality: 'medication', drug: 'gabapentin', status: 'completed' });
    assert.strictEqual(get(note, 'conservativeTherapy', 'Mobic').attributes.drug, 'meloxicam');
  });

  it('injections: ESI, TFESI, facet injection, "epidural steroid injections" as one name', () => {
    const note = SPINE + 'She underwent an L5-S1 TFESI with 50% relief. Two ESIs gave no relief. He had facet injections. Dr. R recommended lumbar epidural steroid injections.';
    // 50% relief or more is good; an injection never carries a duration.
    expect(get(note, 'conservativeTherapy', 'TFESI'), 'present', { modality: 'injection', status: 'completed', response: 'good' });
    expect(get(note, 'conservativeTherapy', 'ESIs'), 'present', { modality: 'injection', status: 'completed', response: 'none' });
    assert.strictEqual(get(note, 'conservativeTherapy', 'facet injections').attributes.modality, 'injection');
    expect(get(note, 'conservativeTherapy', 'lumbar epidural steroid injections'), 'hypothetical', { modality: 'injection', status: 'planned' });
  });

  it('planned care is hypothetical; continued care stays present', () => {
    const note = SPINE + 'Plan: Continue Mobic 15 mg daily. Start gabapentin. Refer to physical therapy. Consider ESI if no improvement. Continue PT.';
    expect(get(note, 'conservativeTherapy', 'Mobic'), 'present', { modality: 'medication', drug: 'meloxicam', status: 'ongoing' });
    expect(get(note, 'conservativeTherapy', 'gabapentin'), 'hypothetical', { modality: 'medication', drug: 'gabapentin', status: 'planned' });
    expect(get(note, 'conservativeTherapy', 'physical therapy'), 'hypothetical', { modality: 'physicalTherapy', status: 'planned' });
    // "no improvement" is the condition of a plan, not a response.
    expect(get(note, 'conservativeTherapy', 'ESI'), 'hypothetical', { modality: 'injection', status: 'planned' });
    expect(get(note, 'conservativeTherapy', 'PT'), 'present', { modality: 'physicalTherapy', status: 'ongoing' });
  });

  it('"will start her on" is a plan, not "on" a drug', () => {
    const note = SPINE + 'We will start her on Celebrex.';
    expect(get(note, 'conservativeTherapy', 'Celebrex'), 'hypothetical', { modality: 'medication', drug: 'celecoxib', status: 'planned' });
  });

  it('negated, refused and contraindicated therapy is absent', () => {
    const note = SPINE + 'She has not had PT. No injections. She declined physical therapy. She cannot take NSAIDs. Indocin should not be used.';
    for (const text of ['PT', 'injections', 'physical therapy', 'NSAIDs', 'Indocin']) {
      assert.strictEqual(get(note, 'conservativeTherapy', text).assertion, 'absent', text);
    }
  });

  it('outcome words are not negations: "resolved with PT", "PT is not helping", "neither ... nor ... helped"', () => {
    const note = SPINE + 'Her pain resolved with PT. Chiropractic is not helping. Neither ESI nor NSAIDs helped.';
    expect(get(note, 'conservativeTherapy', 'PT'), 'present', { modality: 'physicalTherapy', status: 'completed', response: 'good' });
    assert.strictEqual(get(note, 'conservativeTherapy', 'Chiropractic').attributes.response, 'none');
    for (const text of ['ESI', 'NSAIDs']) {
      const f = get(note, 'conservativeTherapy', text);
      assert.strictEqual(f.assertion, 'present', text);
      assert.strictEqual(f.attributes.response, 'none', text);
    }
  });

  it('"PT" as patient or prothrombin time is not therapy; lower-case "pt" counts only in therapy wording', () => {
    none(SPINE + 'PT states her back hurts. Labs: PT 12.5, INR 1.1. The pt is here today.', 'conservativeTherapy');
    expect(get(SPINE + 'She failed pt x 6 wks.', 'conservativeTherapy', 'pt'), 'present', { modality: 'physicalTherapy', durationDays: 42, status: 'completed', response: 'none' });
  });

  it('started 6 weeks ago and still going: 42 days ongoing', () => {
    const note = SPINE + 'She started PT 6 weeks ago and continues to attend.';
    expect(get(note, 'conservativeTherapy', 'PT'), 'present', { modality: 'physicalTherapy', durationDays: 42, status: 'ongoing' });
  });

  it('non-spine injections, braces and contrast are not conservative care', () => {
    none(SPINE + 'Knee injection last year. She wears a knee brace.', 'conservativeTherapy');
    none('MRI LUMBAR SPINE\nTECHNIQUE: Images were obtained following injection of gadolinium.', 'conservativeTherapy');
    none(SPINE + 'He is on Epogen injections.\nAllergies: Lyrica.', 'conservativeTherapy');
  });

  it('medication list entries are ongoing; bracing and activity modification', () => {
    const note = SPINE + 'MEDICATIONS: Ibuprofen 800 mg prn.\nPLAN: Lumbar brace. Activity modification.';
    expect(get(note, 'conservativeTherapy', 'Ibuprofen'), 'present', { modality: 'medication', drug: 'ibuprofen', status: 'ongoing' });
    expect(get(note, 'conservativeTherapy', 'Lumbar brace'), 'hypothetical', { modality: 'bracing', status: 'planned' });
    expect(get(note, 'conservativeTherapy', 'Activity modification'), 'hypothetical', { modality: 'activityModification', status: 'planned' });
  });

  it('home exercise program; CRLF, Unicode dashes and nbsp', () => {
    const note = 'Low back pain with grade 1 L5\u2013S1 anterolisthesis.\r\nShe has been doing a home exercise program for 6\u20138\u00a0weeks.\r\n';
    expect(get(note, 'conservativeTherapy', 'home exercise program'), 'present', { modality: 'homeExercise', durationDays: 42, status: 'ongoing' });
  });

  it('typos seen in real notes', () => {
    const note = SPINE + 'She had an epidural steriod injection and takes ibuprophen and Flexaril.';
    assert.strictEqual(get(note, 'conservativeTherapy', 'epidural steriod injection').attributes.modality, 'injection');
    assert.strictEqual(get(note, 'conservativeTherapy', 'ibuprophen').attributes.drug, 'ibuprofen');
    assert.strictEqual(get(note, 'conservativeTherapy', 'Flexaril').attributes.drug, 'cyclobenzaprine');
  });
});

describe('clinic extractors: conservative therapy, real-corpus lessons', () => {
  it('an uncertain "helpful" is no stated response', () => {
    const note = SPINE + 'He saw a chiropractor for three visits, which the patient was not certain was very helpful.';
    assert.strictEqual(get(note, 'conservativeTherapy', 'chiropractor').attributes.response, undefined);
    const sure = SPINE + 'He saw a chiropractor for three visits, which was very helpful.';
    assert.strictEqual(get(sure, 'conservativeTherapy', 'chiropractor').attributes.response, 'good');
  });

  it('a drug taken for another condition is not spine care', () => {
    none(SPINE + 'She takes nadolol and amitriptyline for treatment of her migraines.', 'conservativeTherapy');
    get(SPINE + 'She takes amitriptyline at night for her sciatica.', 'conservativeTherapy', 'amitriptyline');
  });
});

describe('clinic lessons from independently annotated notes', () => {
  it('"if not improving ... referral to PT" is a plan, not a negation', () => {
    expect(get(SPINE + 'If not improving in 2-3 weeks, f/u with PCP for referral to PT.', 'conservativeTherapy', 'PT'), 'hypothetical', { modality: 'physicalTherapy', status: 'planned' });
  });

  it('terse notes: w/o relief, brief relief, L leg, radicular sx', () => {
    const note = SPINE + 's/p PT x6wk w/o relief. Tried Medrol dosepak last wk, helped x 2-3 days then pain came back.';
    assert.strictEqual(get(note, 'conservativeTherapy', 'PT').attributes.response, 'none');
    assert.strictEqual(get(note, 'conservativeTherapy', 'Medrol dosepak').attributes.response, 'partial');
    assert.strictEqual(get(SPINE + 'A: flare of LBP w/ L radicular sx.', 'radicularSymptoms', 'radicular sx').attributes.side, 'left');
  });

  it('"Continue PT x 4 more weeks" in a numbered plan heading is a planned course', () => {
    const note = SPINE + '7. TREATMENT PLAN\n- Continue PT 2x/week x 4 more weeks.\n';
    expect(get(note, 'conservativeTherapy', 'PT'), 'hypothetical', { modality: 'physicalTherapy', status: 'planned', durationDays: 28 });
  });

  it('an outcome series keeps today\'s value; earlier values in parentheses are not measurements', () => {
    const note = SPINE + 'ODI improved from 38% to 12%. Back pain now 2/10 at rest (6/10 at initial eval).';
    assert.deepStrictEqual(all(note, 'outcomeMeasure').map((f) => [f.attributes.instrument, f.attributes.value]), [['ODI', 12], ['NRS', 2]]);
    assert.deepStrictEqual(all(SPINE + '  ODI        38%       24%       12%', 'outcomeMeasure').map((f) => f.attributes.value), [12]);
  });

  it('a tolerance list gives one impairment per activity; light duty is care, not impairment', () => {
    const note = SPINE + 'Tolerances reported by patient: sitting 30 min, standing 20 min, walking 15 min.';
    assert.deepStrictEqual(all(note, 'functionalImpairment').map((f) => f.attributes.domain), ['sitting', 'standing', 'walking']);
    none(SPINE + 'Light duty x 4 weeks.', 'functionalImpairment');
  });

  it('a reason after a referral is present: "given persistent radicular pain"', () => {
    const note = SPINE + 'Refer to spine surgery for evaluation of possible microdiscectomy given persistent radicular pain.';
    assert.strictEqual(get(note, 'radicularSymptoms', 'persistent radicular pain').assertion, 'present');
    assert.strictEqual(get(SPINE + 'Plan: she will be given gabapentin.', 'conservativeTherapy', 'gabapentin').assertion, 'hypothetical');
  });

  it('red flags in terse words: numbness in groin, new numbness/weakness', () => {
    assert.strictEqual(get(SPINE + 'Go to ED for numbness in groin/buttocks.', 'redFlag', 'numbness in groin').assertion, 'hypothetical');
    assert.strictEqual(all(SPINE + 'Denies new numbness/weakness in legs.', 'redFlag').find((f) => f.attributes.type === 'progressiveDeficit')?.assertion, 'absent');
  });
});

describe('clinic lessons from the third batch of independent notes', () => {
  it('an episode in a year long before the visit is history; care aimed at the neck is not spine care', () => {
    const note = 'Date of service: 09/16/2026\n' + SPINE + 'He had low back pain in 2012, treated with 4 weeks of physical therapy with good relief.';
    expect(get(note, 'conservativeTherapy', 'physical therapy'), 'historical', { modality: 'physicalTherapy', durationDays: 28, status: 'completed', response: 'good' });
    none(SPINE + 'She saw a chiropractor for her neck last year.', 'conservativeTherapy');
    get(SPINE + 'PT for her neck and low back helped.', 'conservativeTherapy', 'PT');
  });

  it('"Resume PT ... for 6 weeks" in a plan is planned; support belts are bracing', () => {
    expect(get(SPINE + 'PLAN:\n3. Resume outpatient PT 2x/week for 6 weeks.', 'conservativeTherapy', 'PT'), 'hypothetical', { modality: 'physicalTherapy', durationDays: 42, status: 'planned' });
    assert.strictEqual(get(SPINE + 'She has worn an elastic lumbar support belt for the past 3 weeks.', 'conservativeTherapy', 'lumbar support belt').attributes.modality, 'bracing');
  });

  it('timed limits on sitting and standing are impairments', () => {
    assert.deepStrictEqual(all(SPINE + 'She can sit for only about 30 minutes at her desk.', 'functionalImpairment').map((f) => f.attributes.domain), ['sitting']);
    assert.deepStrictEqual(all(SPINE + 'Standing at the stove is limited to 15 minutes.', 'functionalImpairment').map((f) => f.attributes.domain), ['standing']);
  });

  it('"new partial foot drop" and "the progressive deficit" are progressive deficits', () => {
    assert.ok(all(SPINE + 'Progressive left L5 motor deficit (new partial foot drop).', 'redFlag').some((f) => f.text.includes('foot drop')));
    assert.ok(all(SPINE + 'Surgery is expedited given the progressive deficit.', 'redFlag').some((f) => f.attributes.type === 'progressiveDeficit'));
  });

  it('a condition with words between "if" and "not" does not negate the plan after it', () => {
    const note = SPINE + 'PLAN:\n5. If relief is not lasting, we discussed referral to spine surgery to consider L4-L5 decompression and fusion.';
    assert.strictEqual(all(note, 'surgicalPlan')[0]?.assertion, 'hypothetical');
  });
});

describe('clinic lessons, fourth pass', () => {
  it('symptoms that correlate with "the right L4-L5 lateral recess stenosis" are an imaging correlation', () => {
    assert.strictEqual(all(SPINE + 'Her right leg symptoms correlate with the right L4-L5 lateral recess stenosis.', 'imagingCorrelation').length, 1);
  });

  it('a side in parentheses after the symptom; "with resolved sciatica" is history', () => {
    assert.strictEqual(get(SPINE + 'She has a history of sciatica in 2015 (right leg).', 'radicularSymptoms', 'sciatica').attributes.side, 'right');
    assert.strictEqual(get(SPINE + '3. Remote right L5-S1 microdiscectomy with resolved right sciatica.', 'radicularSymptoms', 'right sciatica').assertion, 'historical');
  });

  it('a slip that increases with flexion has not progressed; "progressive" elsewhere in the sentence is not the slip\'s', () => {
    const dynamic = all('LUMBAR SPINE\nGrade 1 spondylolisthesis of L4 on L5 (25% standing), increasing to 30% with flexion.', 'listhesis');
    assert.strictEqual(dynamic[0].attributes.change, undefined);
    const other = all(SPINE + 'Degenerative grade 1 L4-5 spondylolisthesis with severe stenosis and a progressive left L5 motor deficit.', 'listhesis');
    assert.strictEqual(other.find((f) => f.text.includes('L4-5'))?.attributes.change, undefined);
  });
});

describe('red flags, lessons from a red-flag-heavy batch', () => {
  it('"retention ... and questionable saddle numbness": the hedge is the numbness\'s alone', () => {
    const flags = all('MRI LUMBAR SPINE\nINDICATION: 58M with urinary retention (PVR 700 mL) and questionable saddle numbness.', 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.text, f.assertion]), [['urinary retention', 'present'], ['saddle numbness', 'possible']]);
  });

  it('"possible early cauda equina" and "R/o cauda equina" are the syndrome under suspicion; the anatomy is not', () => {
    assert.strictEqual(get(SPINE + 'Possible early cauda equina: straining to void.', 'redFlag', 'cauda equina').assertion, 'possible');
    none(SPINE + 'Crowding of the cauda equina nerve roots at L3-4.', 'redFlag');
  });

  it('return precautions, "which resolved", "without contrast", a comparison study\'s progression', () => {
    assert.strictEqual(get(SPINE + 'Go to the ED before surgery for saddle numbness.', 'redFlag', 'saddle numbness').assertion, 'hypothetical');
    assert.strictEqual(get(SPINE + 'At that time she had urinary retention, which resolved within 3 months of surgery.', 'redFlag', 'urinary retention').assertion, 'historical');
    assert.strictEqual(get('MRI lumbar spine without contrast: grade 1 anterolisthesis of L5 on S1.', 'listhesis', 'grade 1 anterolisthesis of L5 on S1').assertion, 'present');
    const comparison = 'MRI LUMBAR SPINE\nCOMPARISON: MRI 05/03/2024, which showed a grade 1 anterolisthesis of L4 on L5 with progression compared with radiographs from 2022.';
    assert.ok(all(comparison, 'redFlag').every((f) => f.assertion === 'historical'));
  });
});

describe('mixed responses', () => {
  it('helped one complaint and not the other is partial; two therapies keep their own responses', () => {
    assert.strictEqual(get(SPINE + 'She feels PT helped her back a great deal, but her right leg pain is no better.', 'conservativeTherapy', 'PT').attributes.response, 'partial');
    const two = SPINE + 'Gabapentin did not help, but PT helped.';
    assert.strictEqual(get(two, 'conservativeTherapy', 'Gabapentin').attributes.response, 'none');
    assert.strictEqual(get(two, 'conservativeTherapy', 'PT').attributes.response, 'good');
  });
});

describe('function and therapy, fifth batch', () => {
  it('unavailable modified duty is work status, not care; "some help" is partial; PT\'s content is not a second therapy', () => {
    none(SPINE + 'Modified duty is not available at his employer.', 'conservativeTherapy');
    assert.deepStrictEqual(all(SPINE + 'Modified duty is not available at his employer.', 'functionalImpairment').map((f) => f.attributes.domain), ['work']);
    assert.strictEqual(get(SPINE + 'Naproxen 500 mg BID since December with some help.', 'conservativeTherapy', 'Naproxen').attributes.response, 'partial');
    assert.deepStrictEqual(all(SPINE + 'Start PT for core strengthening, 2x/week for 6 weeks.', 'conservativeTherapy').map((f) => f.text), ['PT']);
  });

  it('a cart to lean on, giving up driving, waking at night are impairments', () => {
    const note = SPINE + 'He leans on a shopping cart in stores. He gave up driving. He wakes 2-3 times a night with leg pain.';
    assert.deepStrictEqual(all(note, 'functionalImpairment').map((f) => f.attributes.domain), ['walking', 'adl', 'sleep']);
  });
});

describe('clinic extractors: radicular symptoms', () => {
  it('radiating pain, radiculopathy with side and root, sciatica, dermatomal numbness, leg symptoms', () => {
    const note = SPINE + 'He has back pain radiating down the left leg to the foot. Right L5 radiculopathy. Sciatica. Numbness in the left L5 distribution. Her diffuse bilateral leg symptoms persist.';
    expect(get(note, 'radicularSymptoms', 'pain radiating down the left leg'), 'present', { side: 'left' });
    expect(get(note, 'radicularSymptoms', 'Right L5 radiculopathy'), 'present', { side: 'right' });
    expect(get(note, 'radicularSymptoms', 'Sciatica'), 'present', {});
    expect(get(note, 'radicularSymptoms', 'Numbness in the left L5 distribution'), 'present', { side: 'left' });
    expect(get(note, 'radicularSymptoms', 'bilateral leg symptoms'), 'present', { side: 'bilateral' });
  });

  it('denied or non-radiating pain is absent; resolved pain is historical; signs and both-feet numbness give nothing', () => {
    expect(get(SPINE + 'Denies radicular pain.', 'radicularSymptoms', 'radicular pain'), 'absent', {});
    expect(get(SPINE + 'Possible radiculopathy.', 'radicularSymptoms', 'radiculopathy'), 'possible', {});
    expect(get(SPINE + 'Pain is 9/10, non-radiating.', 'radicularSymptoms', 'radiating'), 'absent', {});
    expect(get(SPINE + 'Preoperative left leg radicular pain has resolved.', 'radicularSymptoms', 'left leg radicular pain'), 'historical', { side: 'left' });
    expect(get(SPINE + 'Right leg pain with numbness radiating into the lateral foot.', 'radicularSymptoms', 'numbness radiating into the lateral foot'), 'present', { side: 'right' });
    none(SPINE + 'Positive straight leg raise on the right. Decreased sensation in the left foot. Numbness and tingling in both feet. She reports 70% relief of right leg symptoms.', 'radicularSymptoms');
  });

  it('edema extending to the knees, cervical radiculopathy are not lumbar radicular symptoms', () => {
    none(SPINE + 'There is 3+ edema that extends up to her knees. Rule out C6 radiculopathy.', 'radicularSymptoms');
  });
});

describe('clinic extractors: red flags', () => {
  it('denials come out absent', () => {
    const note = SPINE + 'Denies bowel or bladder dysfunction. No saddle anesthesia. He denies, however, any bowel or bladder problems.';
    expect(get(note, 'redFlag', 'bowel or bladder dysfunction'), 'absent', { type: 'caudaEquina' });
    expect(get(note, 'redFlag', 'saddle anesthesia'), 'absent', { type: 'caudaEquina' });
    expect(get(note, 'redFlag', 'bowel or bladder problems'), 'absent', { type: 'caudaEquina' });
  });

  it('cauda equina signs present', () => {
    const note = SPINE + 'She reports urinary retention and saddle numbness. Rectal tone decreased. Exam shows decreased rectal tone.';
    for (const text of ['urinary retention', 'saddle numbness', 'Rectal tone decreased', 'decreased rectal tone']) {
      expect(get(note, 'redFlag', text), 'present', { type: 'caudaEquina' });
    }
  });

  it('anatomy, stress incontinence and warnings are not present red flags; normal tone is an absent sign', () => {
    none(SPINE + 'The conus and cauda equina are normal. Stress urinary incontinence. Urinary incontinence due to BPH.', 'redFlag');
    expect(get(SPINE + 'Normal rectal tone.', 'redFlag', 'Normal rectal tone'), 'absent', { type: 'caudaEquina' });
    expect(get(SPINE + 'Return precautions for new numbness, weakness, or loss of bowel/bladder control.', 'redFlag', 'new numbness, weakness'), 'hypothetical', { type: 'progressiveDeficit' });
    expect(get(SPINE + 'She has numbness in the groin and buttocks and inability to void.', 'redFlag', 'inability to void'), 'present', { type: 'caudaEquina' });
    expect(get(SPINE + 'Monitor for progressive neurological deficits or cauda equina symptoms.', 'redFlag', 'cauda equina symptoms'), 'hypothetical', { type: 'caudaEquina' });
    expect(get(SPINE + 'Monitor for progressive neurological deficits.', 'redFlag', 'progressive neurological deficits'), 'hypothetical', { type: 'progressiveDeficit' });
  });

  it('progressive deficit', () => {
    const note = SPINE + 'Progressive weakness of the left leg. New foot drop. No new weakness. His weakness is getting worse.';
    expect(get(note, 'redFlag', 'Progressive weakness of the left leg'), 'present', { type: 'progressiveDeficit' });
    expect(get(note, 'redFlag', 'New foot drop'), 'present', { type: 'progressiveDeficit' });
    expect(get(note, 'redFlag', 'new weakness'), 'absent', { type: 'progressiveDeficit' });
    expect(get(note, 'redFlag', 'weakness is getting worse'), 'present', { type: 'progressiveDeficit' });
  });

  it('slip progression, and its negations', () => {
    const note = SPINE + 'Compared to prior, the slip increased from grade 1 to grade 2. No progression of the L5-S1 anterolisthesis. The slip has not progressed.';
    expect(get(note, 'redFlag', 'increased from grade 1 to grade 2'), 'present', { type: 'slipProgression' });
    expect(get(note, 'redFlag', 'progression of the L5-S1 anterolisthesis'), 'absent', { type: 'slipProgression' });
    expect(get(note, 'redFlag', 'slip has not progressed'), 'absent', { type: 'slipProgression' });
  });
});

describe('clinic extractors: outcome measures', () => {
  it('ODI, VAS, NRS with values', () => {
    const note = SPINE + 'ODI 42%. Oswestry Disability Index of 38. ODI: 40/100. ODI 21/50. VAS 7/10. VAS pain score 6. NRS 5. Pain 6/10. She rates her pain 8 out of 10. 7/10 back pain.';
    expect(get(note, 'outcomeMeasure', 'ODI 42%'), 'present', { instrument: 'ODI', value: 42 });
    expect(get(note, 'outcomeMeasure', 'Oswestry Disability Index of 38'), 'present', { instrument: 'ODI', value: 38 });
    expect(get(note, 'outcomeMeasure', 'ODI: 40/100'), 'present', { instrument: 'ODI', value: 40 });
    expect(get(note, 'outcomeMeasure', 'ODI 21/50'), 'present', { instrument: 'ODI', value: 42 });
    expect(get(note, 'outcomeMeasure', 'VAS 7/10'), 'present', { instrument: 'VAS', value: 7 });
    expect(get(note, 'outcomeMeasure', 'VAS pain score 6'), 'present', { instrument: 'VAS', value: 6 });
    expect(get(note, 'outcomeMeasure', 'NRS 5'), 'present', { instrument: 'NRS', value: 5 });
    expect(get(note, 'outcomeMeasure', 'Pain 6/10'), 'present', { instrument: 'NRS', value: 6 });
    expect(get(note, 'outcomeMeasure', 'rates her pain 8 out of 10'), 'present', { instrument: 'NRS', value: 8 });
    expect(get(note, 'outcomeMeasure', '7/10 back pain'), 'present', { instrument: 'NRS', value: 7 });
  });

  it('ranges are midpoints; the sentence instrument carries over; goals are hypothetical', () => {
    const note = SPINE + 'VAS pain scale is rated as 6/10 on average and 10/10 at worst. The pain is 7-8 out of 10. Goal: pain will be less than 4/10.';
    expect(get(note, 'outcomeMeasure', 'VAS pain scale is rated as 6/10'), 'present', { instrument: 'VAS', value: 6 });
    expect(get(note, 'outcomeMeasure', '10/10'), 'present', { instrument: 'VAS', value: 10 });
    expect(get(note, 'outcomeMeasure', 'pain is 7-8 out of 10'), 'present', { instrument: 'NRS', value: 7.5 });
    assert.strictEqual(get(note, 'outcomeMeasure', 'pain will be less than 4/10').assertion, 'hypothetical');
  });

  it('dates, strength grades and a previous value are not measures; an ordered measure is hypothetical without a value', () => {
    none(SPINE + 'Pain since 6/10/2026. Pain began on 6/10. Strength 5/5.', 'outcomeMeasure');
    expect(get(SPINE + 'Obtain ODI at next visit.', 'outcomeMeasure', 'ODI'), 'hypothetical', { instrument: 'ODI' });
    const values = all(SPINE + 'Back pain 4/10, previously 7/10.', 'outcomeMeasure').map((f) => f.attributes.value);
    assert.deepStrictEqual(values, [4]);
    expect(get(SPINE + 'VAS back 6/10, leg 8/10.', 'outcomeMeasure', '8/10'), 'present', { instrument: 'VAS', value: 8 });
  });
});

describe('clinic extractors: functional impairment', () => {
  it('domains', () => {
    const note = SPINE + 'She is unable to work. She has been off work since March. She can walk only 1 block. Claudication after 5 minutes. Difficulty with activities of daily living. She cannot sit for more than 20 minutes. Pain wakes her at night. Significant functional limitation. Not yet back to work. He can stand for about 10 minutes before needing to sit.';
    expect(get(note, 'functionalImpairment', 'unable to work'), 'present', { domain: 'work' });
    expect(get(note, 'functionalImpairment', 'off work'), 'present', { domain: 'work' });
    expect(get(note, 'functionalImpairment', 'can walk only 1 block'), 'present', { domain: 'walking' });
    expect(get(note, 'functionalImpairment', 'Claudication after 5 minutes'), 'present', { domain: 'walking' });
    expect(get(note, 'functionalImpairment', 'Not yet back to work'), 'present', { domain: 'work' });
    expect(get(note, 'functionalImpairment', 'can stand for about 10 minutes'), 'present', { domain: 'standing' });
    expect(get(note, 'functionalImpairment', 'Difficulty with activities of daily living'), 'present', { domain: 'adl' });
    expect(get(note, 'functionalImpairment', 'cannot sit for more than 20 minutes'), 'present', { domain: 'sitting' });
    expect(get(note, 'functionalImpairment', 'wakes her at night'), 'present', { domain: 'sleep' });
    expect(get(note, 'functionalImpairment', 'Significant functional limitation'), 'present', { domain: 'general' });
  });

  it('denials are absent; unlimited walking, walking aids, a knee, "off work injuries" and treadmill protocols give nothing', () => {
    expect(get(SPINE + 'Denies difficulty walking.', 'functionalImpairment', 'difficulty walking'), 'absent', { domain: 'walking' });
    none(SPINE + 'Walks 2 miles daily. Any off work injuries? The patient was unable to walk on a treadmill. He uses a cane. Neurogenic claudication. Walking tolerance is limited because of the knee.', 'functionalImpairment');
  });
});

describe('clinic extractors: imaging correlation', () => {
  it('documented correlation', () => {
    const note = SPINE + 'Her symptoms correlate with the L5-S1 findings on MRI. Leg pain concordant with the MRI. There is clinical correlation with MRI.';
    for (const text of ['Her symptoms correlate with the L5-S1 findings', 'Leg pain concordant with the MRI', 'clinical correlation with MRI']) {
      expect(get(note, 'imagingCorrelation', text), 'present', {});
    }
  });

  it('negated correlation is absent; the radiologist\'s boilerplate gives nothing', () => {
    const note = SPINE + 'Symptoms do not correlate with imaging. Imaging findings often correlate poorly with symptoms.';
    expect(get(note, 'imagingCorrelation', 'Symptoms do not correlate with imaging'), 'absent', {});
    expect(get(note, 'imagingCorrelation', 'Imaging findings often correlate poorly with symptoms'), 'absent', {});
    none(SPINE + 'Clinical correlation is recommended. Please correlate clinically. Correlation with symptoms is advised. Findings consistent with degenerative disc disease. The L5-S1 stenosis explains her leg pain.', 'imagingCorrelation');
  });
});

describe('clinic extractors: patient preference', () => {
  it('surgery after a risk/benefit discussion; its own verbs are not hypothetical', () => {
    const note = SPINE + 'Risks and benefits of surgery were discussed at length. She understands the risks and benefits and would like to proceed. She wishes to proceed with L5-S1 TLIF. She elects surgical management.';
    expect(get(note, 'patientPreference', 'would like to proceed'), 'present', { preference: 'surgery', informed: true });
    expect(get(note, 'patientPreference', 'wishes to proceed with L5-S1 TLIF'), 'present', { preference: 'surgery', informed: true });
    // Informed only when the discussion is in the same or the preceding sentence.
    expect(get(note, 'patientPreference', 'elects surgical management'), 'present', { preference: 'surgery' });
  });

  it('nonoperative preferences; a conditional is hypothetical; the surgeon\'s choice is not the patient\'s', () => {
    const note = SPINE + 'He prefers to continue conservative care. He does not want surgery. If she wishes to proceed with surgery we will schedule it. We elected to proceed with fusion.';
    expect(get(note, 'patientPreference', 'prefers to continue conservative care'), 'present', { preference: 'nonoperative' });
    expect(get(note, 'patientPreference', 'does not want surgery'), 'present', { preference: 'nonoperative' });
    expect(get(note, 'patientPreference', 'wishes to proceed with surgery'), 'hypothetical', { preference: 'surgery' });
    assert.ok(!all(note, 'patientPreference').some((f) => f.text.includes('elected')));
  });
});

describe('clinic extractors: risk factors', () => {
  it('smoking: current, historical, absent, quit intent', () => {
    const note = SPINE + 'Social history: Current smoker, 1 ppd x 20 years. She smokes 1 ppd. Former smoker. Never smoker. Denies tobacco use. Nonsmoker. Tobacco: never. He is not a smoker. Trying to quit smoking. Smokes marijuana occasionally. Counseled to quit smoking.';
    // One statement, one finding: "1 ppd" belongs to "Current smoker".
    expect(get(note, 'riskFactor', 'Current smoker'), 'present', { type: 'smoking' });
    assert.ok(!all(note, 'riskFactor').some((f) => f.text === '1 ppd'));
    expect(get(note, 'riskFactor', 'smokes 1 ppd'), 'present', { type: 'smoking' });
    expect(get(note, 'riskFactor', 'Former smoker'), 'historical', { type: 'smoking' });
    for (const text of ['Never smoker', 'tobacco use', 'Nonsmoker', 'Tobacco: never', 'smoker']) {
      assert.strictEqual(get(note, 'riskFactor', text).assertion, 'absent', text);
    }
    expect(get(note, 'riskFactor', 'Trying to quit smoking'), 'present', { type: 'smoking' });
    assert.ok(!all(note, 'riskFactor').some((f) => /marijuana|Smokes m/i.test(f.text) || f.text === 'Smokes'));
    assert.strictEqual(all(note, 'riskFactor').filter((f) => f.text === 'quit smoking').length, 0, 'cessation counselling is not a status');
  });

  it('an intent to quit alone is a current smoker, woken by its own words; quitting something else is not smoking', () => {
    // "trying to quit" holds no smoking word, yet tells a current smoker: its table wakes the extractor.
    const alone = all('Social history: She is trying to quit.', 'riskFactor');
    assert.deepStrictEqual(alone.map((f) => [f.text, f.assertion, f.attributes.type]), [['trying to quit', 'present', 'smoking']]);
    expect(get('Social history: He is a lifelong nonsmoker.', 'riskFactor', 'lifelong nonsmoker'), 'absent', { type: 'smoking' });
    none(SPINE + 'He wants to quit drinking. She is trying to quit her job. He plans to quit physical therapy.', 'riskFactor');
  });

  it('depression and chronic pain syndrome as comorbidities; not endplate/respiratory depression', () => {
    const note = SPINE + 'PMH: Depression. Fibromyalgia. Chronic pain syndrome. History of depression. Endplate depression at L1. Respiratory depression. Denies depression. Remote history of depression, resolved.';
    expect(get(note, 'riskFactor', 'Depression'), 'present', { type: 'depression' });
    expect(get(note, 'riskFactor', 'Fibromyalgia'), 'present', { type: 'chronicPainSyndrome' });
    expect(get(note, 'riskFactor', 'Chronic pain syndrome'), 'present', { type: 'chronicPainSyndrome' });
    const depressions = all(note, 'riskFactor').filter((f) => f.attributes.type === 'depression');
    assert.deepStrictEqual(depressions.map((f) => f.assertion), ['present', 'present', 'absent', 'historical']);
  });

  it('unrealistic expectations', () => {
    const note = SPINE + 'She expects to be completely pain free after surgery. He wants 100% relief. He expects surgery to cure his pain. She does not expect to be pain free. She hopes that a spinal cord stimulator will take away all of her pain.';
    expect(get(note, 'riskFactor', 'expects to be completely pain free'), 'present', { type: 'unrealisticExpectations' });
    expect(get(note, 'riskFactor', 'wants 100% relief'), 'present', { type: 'unrealisticExpectations' });
    expect(get(note, 'riskFactor', 'expects surgery to cure his pain'), 'present', { type: 'unrealisticExpectations' });
    expect(get(note, 'riskFactor', 'expect to be pain free'), 'absent', { type: 'unrealisticExpectations' });
    expect(get(note, 'riskFactor', 'take away all of her pain'), 'present', { type: 'unrealisticExpectations' });
  });
});

describe('clinic extractors: surgical plan', () => {
  it('planned fusion with technique, screws and level; decompression and fusion as one finding', () => {
    const note = SPINE + 'Plan: L5-S1 TLIF with pedicle screw instrumentation. We recommend L4-5 laminectomy and posterolateral fusion.';
    expect(get(note, 'surgicalPlan', 'L5-S1 TLIF with pedicle screw instrumentation'), 'present', { procedure: 'fusion', technique: 'TLIF', instrumentation: 'pedicleScrews', level: 'L5-S1', status: 'recommended' });
    expect(get(note, 'surgicalPlan', 'L4-5 laminectomy and posterolateral fusion'), 'present', { procedure: 'decompressionAndFusion', technique: 'posterolateral', level: 'L4-L5', status: 'recommended' });
  });

  it('history, negation and decompression alone; generic "surgery" names no procedure and is not read', () => {
    const note = SPINE + 'Plan: She is s/p L4-5 laminectomy. Decompression without fusion was discussed. She is not a surgical candidate. No surgery at this time. She had a microdiscectomy in 2015. I would prefer not to perform a fusion.';
    expect(get(note, 'surgicalPlan', 'L4-5 laminectomy'), 'historical', { procedure: 'decompressionAlone', level: 'L4-L5', status: 'performed' });
    expect(get(note, 'surgicalPlan', 'Decompression'), 'hypothetical', { procedure: 'decompressionAlone', status: 'considered' });
    const fusions = all(note, 'surgicalPlan').filter((f) => f.text === 'fusion');
    assert.deepStrictEqual(fusions.map((f) => [f.assertion, f.attributes.status]), [['absent', 'notIndicated']], 'the fusion of "without fusion" is not a piece; "prefer not to perform a fusion" is not indicated');
    assert.ok(!all(note, 'surgicalPlan').some((f) => /surg/i.test(f.text)));
    expect(get(note, 'surgicalPlan', 'microdiscectomy'), 'historical', { procedure: 'decompressionAlone', status: 'performed' });
  });

  it('past surgical history and imaging findings are historical', () => {
    expect(get('PAST SURGICAL HISTORY: Lumbar fusion 2012.', 'surgicalPlan', 'Lumbar fusion'), 'historical', { procedure: 'fusion', status: 'performed' });
    const report = 'MRI LUMBAR SPINE\nFINDINGS: Postoperative changes of L4-5 laminectomy with pedicle screws at L4 and L5. Laminectomy defect at L5. Pedicle screw construct intact.\nIMPRESSION: Postsurgical changes.';
    expect(get(report, 'surgicalPlan', 'L4-5 laminectomy with pedicle screws'), 'historical', { procedure: 'decompressionAndFusion', instrumentation: 'pedicleScrews', level: 'L4-L5', status: 'performed' });
    // "laminectomy defect" is anatomy and hardware alone is not a procedure.
    assert.strictEqual(all(report, 'surgicalPlan').length, 1);
  });

  it('non-spine and cervical procedures give nothing', () => {
    none(SPINE + 'Ankle fusion 2010. ACDF at C5-6. Carpal tunnel decompression. NG tube for bowel decompression. Surgery on the left kidney.', 'surgicalPlan');
  });

  it('hardware any bone takes is spinal only beside a spinal word or in a spine note', () => {
    none('PROCEDURES: Distal metaphyseal osteotomy and bunionectomy with internal screw fixation, right foot.', 'surgicalPlan');
    none('PLAN: Definitive surgical treatment in 2 weeks when the soft tissues allow plate and screw fixation of the fibula.', 'surgicalPlan');
    expect(get('Plan: screw fixation L4 to S1.', 'surgicalPlan', 'screw fixation'), 'present', { procedure: 'fusion', instrumentation: 'pedicleScrews', status: 'recommended' });
    expect(get(SPINE + 'Plan: rods and screws next month.', 'surgicalPlan', 'rods and screws'), 'present', { procedure: 'fusion', instrumentation: 'pedicleScrews', status: 'recommended' });
  });

  it('a condition with "not" does not negate the surgery it leads to', () => {
    const note = SPINE + 'If relief is not lasting, we discussed referral to spine surgery to consider L4-L5 decompression and fusion. She is sent for a nerve root block to rule out whether or not she would be a candidate for a TLIF at L4-5.';
    expect(get(note, 'surgicalPlan', 'L4-L5 decompression and fusion'), 'hypothetical', { procedure: 'decompressionAndFusion', level: 'L4-L5', status: 'conditional' });
    expect(get(note, 'surgicalPlan', 'TLIF'), 'hypothetical', { procedure: 'fusion', technique: 'TLIF', level: 'L4-L5', status: 'conditional' });
  });

  it('past words and dates before or after, a surgery seen as a finding, and a discussion', () => {
    const note = SPINE + 'Two laminectomies and a discectomy performed from 1990 to 1994. Index procedure: L3-4 laminectomy, 07/14/2026. Postoperative changes of left L4-5 hemilaminotomy. She is asking about fusion.';
    expect(get(note, 'surgicalPlan', 'laminectomies and a discectomy'), 'historical', { procedure: 'decompressionAlone', status: 'performed' });
    expect(get(note, 'surgicalPlan', 'L3-4 laminectomy'), 'historical', { procedure: 'decompressionAlone', level: 'L3-L4', status: 'performed' });
    expect(get(note, 'surgicalPlan', 'L4-5 hemilaminotomy'), 'historical', { procedure: 'decompressionAlone', level: 'L4-L5', status: 'performed' });
    expect(get(note, 'surgicalPlan', 'fusion'), 'hypothetical', { procedure: 'fusion', status: 'considered' });
  });

  it('an operative report tells the operation it records, except in its plan', () => {
    const report = 'OPERATIVE REPORT\nESTIMATED BLOOD LOSS: 100 mL.\nINDICATIONS: Neurogenic claudication.\nThe patient tolerated the L4-5 laminectomy well.\nPLAN: L4-5 fusion if instability develops.';
    expect(get(report, 'surgicalPlan', 'L4-5 laminectomy'), 'historical', { procedure: 'decompressionAlone', level: 'L4-L5', status: 'performed' });
    expect(get(report, 'surgicalPlan', 'L4-5 fusion'), 'hypothetical', { procedure: 'fusion', level: 'L4-L5', status: 'conditional' });
  });

  it('hardware alone is a finding only as a plan', () => {
    const note = SPINE + 'Pedicle screw fixation is planned. Pedicle screws are in good position.';
    assert.deepStrictEqual(all(note, 'surgicalPlan').map((f) => [f.text, f.assertion, f.attributes.status]), [['Pedicle screw fixation', 'present', 'recommended']]);
  });

  it('the context rules decide every assertion, not the extractor', () => {
    const note = SPINE + 'Plan: She is s/p L4-5 laminectomy. Decompression without fusion was discussed. She had a microdiscectomy in 2015. I would prefer not to perform a fusion. Laminectomy 2012.';
    for (const f of all(note, 'surgicalPlan')) assert.ok(f.assertion === 'present' || !f.assertedBy?.startsWith('extractor'), `${f.text}: ${f.assertedBy}`);
  });
});

describe('surgical plan status', () => {
  const statusOf = (note: string, span: string) => {
    const f = get(SPINE + note, 'surgicalPlan', span);
    return [f.assertion, f.attributes.status];
  };

  it('a booked operation is scheduled, and present', () => {
    assert.deepStrictEqual(statusOf('After discussing the risks and benefits, she wishes to proceed; L5-S1 TLIF is scheduled for 01/14/2027.', 'L5-S1 TLIF'), ['present', 'scheduled']);
    assert.deepStrictEqual(statusOf('Consent signed for L4-5 laminectomy and fusion.', 'L4-5 laminectomy and fusion'), ['present', 'scheduled']);
    assert.deepStrictEqual(statusOf('Accepted for emergent L5-S1 laminectomy tonight.', 'L5-S1 laminectomy'), ['present', 'scheduled']);
    assert.deepStrictEqual(statusOf('We will schedule L4-L5 decompression and fusion.', 'L4-L5 decompression and fusion'), ['present', 'scheduled']);
  });

  it('a pre-operative header names the operation booked', () => {
    const note = 'PRE-OPERATIVE HISTORY AND PHYSICAL\nPROCEDURE PLANNED: L4-5 TLIF with pedicle screw fixation\nDATE OF SURGERY: 01/12/2027\nHPI: Back and leg pain.';
    const f = get(note, 'surgicalPlan', 'L4-5 TLIF with pedicle screw fixation');
    assert.deepStrictEqual([f.assertion, f.attributes.status], ['present', 'scheduled']);
  });

  it("the surgeon's recommendation is present; another surgeon's is weighed", () => {
    assert.deepStrictEqual(statusOf('I recommend L4-5 TLIF.', 'L4-5 TLIF'), ['present', 'recommended']);
    assert.deepStrictEqual(statusOf('I would favor an L5-S1 TLIF.', 'L5-S1 TLIF'), ['present', 'recommended']);
    assert.deepStrictEqual(statusOf('Second opinion regarding an L5-S1 fusion recommended by an outside surgeon.', 'L5-S1 fusion'), ['hypothetical', 'considered']);
    assert.deepStrictEqual(statusOf('She asks for a second opinion on the L4-5 fusion that was recommended to her.', 'L4-5 fusion'), ['hypothetical', 'considered']);
  });

  it('a discussion, a hedge or a referral is considered; a condition is conditional', () => {
    assert.deepStrictEqual(statusOf('We discussed L5-S1 TLIF among the options.', 'L5-S1 TLIF'), ['hypothetical', 'considered']);
    assert.deepStrictEqual(statusOf('She may be a candidate for L5-S1 fusion.', 'L5-S1 fusion'), ['hypothetical', 'considered']);
    assert.deepStrictEqual(statusOf('Refer to spine surgery to discuss L5-S1 fusion.', 'L5-S1 fusion'), ['hypothetical', 'considered']);
    assert.deepStrictEqual(statusOf('If PT fails, consider L5-S1 fusion.', 'L5-S1 fusion'), ['hypothetical', 'conditional']);
    assert.deepStrictEqual(statusOf('L5-S1 fusion if symptoms persist after 6 months.', 'L5-S1 fusion'), ['hypothetical', 'conditional']);
  });

  it('a surgeon who says no and a patient who declines make the plan absent', () => {
    assert.deepStrictEqual(statusOf('She is not a surgical candidate and an L4-5 fusion would not help her.', 'L4-5 fusion'), ['absent', 'notIndicated']);
    assert.deepStrictEqual(statusOf('I recommend against L5-S1 fusion.', 'L5-S1 fusion'), ['absent', 'notIndicated']);
    assert.deepStrictEqual(statusOf('I would favor TLIF rather than posterolateral fusion.', 'posterolateral fusion'), ['absent', 'notIndicated']);
    assert.deepStrictEqual(statusOf('She declines the recommended L4-5 fusion.', 'L4-5 fusion'), ['absent', 'declined']);
    assert.deepStrictEqual(statusOf('No fusion is scheduled.', 'fusion'), ['absent', undefined]);
  });

  it('the case plans exactly the present scheduled or recommended plans', () => {
    const planned = analyzeNote(SPINE + 'We will schedule L5-S1 TLIF.').case;
    assert.deepStrictEqual([planned.surgeryPlanned, planned.surgeryConsidered], [true, false]);
    const considered = analyzeNote(SPINE + 'If PT fails, consider L5-S1 TLIF.').case;
    assert.deepStrictEqual([considered.surgeryPlanned, considered.surgeryConsidered], [false, true]);
    const refused = analyzeNote(SPINE + 'She is not a surgical candidate for an L5-S1 fusion.').case;
    assert.deepStrictEqual([refused.surgeryPlanned, refused.surgeryConsidered, refused.surgeryDiscussed], [false, false, false]);
  });
});

describe('clinic extractors: custom targets', () => {
  const targets = [
    { label: 'Workers comp', phrases: ['workers compensation', "workers' comp", 'w/c'] },
    { label: 'Opioid', phrases: ['oxycodone', 'Norco'] },
    { label: 'Dup', phrases: ['norco'] },
    { label: 'Regex chars', phrases: ['a+b (c)?', ''] },
  ];

  it('matches phrases case-insensitively on word boundaries, once per label', () => {
    const note = 'Injured at work; Workers Compensation claim. Takes NORCO and oxycodone. Not a norcotic. W/C case. a+b (c)? here.';
    const found = analyzeNote(note, { customTargets: targets }).findings.filter((f) => f.kind === 'custom');
    const pairs = found.map((f) => [f.text, (f.attributes as { label: string }).label]);
    assert.deepStrictEqual(pairs, [
      ['Workers Compensation', 'Workers comp'],
      ['NORCO', 'Opioid'],
      ['NORCO', 'Dup'],
      ['oxycodone', 'Opioid'],
      ['W/C', 'Workers comp'],
      ['a+b (c)?', 'Regex chars'],
    ]);
  });

  it('a phrase finds its plural ("murmur" in "no murmurs"), not a longer word ("norcotic" above)', () => {
    const found = analyzeNote('Heart: RRR, no murmurs, rubs or gallops. Two boxes.', { customTargets: [{ label: 'Murmur', phrases: ['murmur', 'box'] }] }).findings.filter((f) => f.kind === 'custom');
    assert.deepStrictEqual(found.map((f) => [f.text, f.assertion]), [['murmurs', 'absent'], ['boxes', 'present']]);
  });

  it('ConText applies; the regex is built once per target list', () => {
    const f = analyzeNote('Denies workers compensation.', { customTargets: targets }).findings.find((x) => x.kind === 'custom');
    assert.strictEqual(f?.assertion, 'absent');
    assert.strictEqual(customTargetExtractor(targets).anchor.source, customTargetExtractor(targets).anchor.source);
    const empty = customTargetExtractor([]);
    const view: SentenceView = { text: 'x', lower: 'x', start: 0, section: { category: 'other', title: '', start: 0, end: 1, bodyStart: 0 }, note: { dateOfService: null, lower: 'x' }, context: { modality: undefined, tableRow: undefined, mentionStands: () => true } };
    assert.deepStrictEqual(empty.extract(view), []);
  });
});

describe('clinic extractors: robustness', () => {
  it('odd input never throws and every span is the note text', () => {
    const inputs = [
      '',
      '\u0000\u0000PT x',
      'since since since 13/45/2026 ODI: VAS /10 pain 99/10',
      SPINE.repeat(3) + 'pain '.repeat(2000) + ' 6/10',
      'radiating '.repeat(500) + 'leg',
      'Plan:\r\n\r\n- PT\r\n- ESI\r\n- TLIF',
    ];
    for (const text of inputs) {
      const { findings } = analyzeNote(text);
      for (const f of findings) assert.strictEqual(text.slice(f.start, f.end), f.text);
    }
  });
});
