import * as assert from 'assert';
import { analyzeNote, findingToJson, hoverMarkdown, reviewNote } from '../../server/src/engine';
import { explainAssertion, SentenceTriggers } from '../../server/src/engine/context/assertion';
import { PhraseMatcher } from '../../server/src/engine/context/phraseMatcher';
import { ContextRule, DocumentKind, kindFilter, withExclusions } from '../../server/src/engine/context/rule';
import { CONTEXT_RULES, DOCUMENT_RULES, KIND_EXCLUSIONS, SECTION_RULES } from '../../server/src/engine/context/rules';
import { SectionCategory } from '../../server/src/engine/types';

/** The assertion of `target` in `text`, judged as a user-defined target: ConText on general clinical text. */
function assertionOf(text: string, target: string): string {
  const found = analyzeNote(text, { customTargets: [{ label: 'target', phrases: [target] }] }).findings.filter((f) => f.kind === 'custom');
  assert.ok(found.length >= 1, `"${target}" not found in ${JSON.stringify(text)}`);
  return found[0].assertion;
}

describe('ConText rules on general clinical text', () => {
  const cases: Array<[string, string, string]> = [
    // A trigger that overlaps the target still applies.
    ['Neuro: no focal neurologic deficits.', 'focal neurologic deficits', 'absent'],
    ['No new weakness in either leg.', 'new weakness', 'absent'],
    // A pseudo-trigger never swallows its own target.
    ['The patient is in no acute distress.', 'acute distress', 'absent'],
    ['The patient is in no acute distress.', 'distress', 'absent'],
    ['No interval change in the right lower lobe nodule.', 'nodule', 'present'],
    // A scope ends at an inline heading or a numbered item.
    ['COMPLICATIONS: None  DIAGNOSES: 1) cellulitis of the left leg', 'cellulitis', 'present'],
    ['IMPRESSION: 1) No pneumothorax. 2) Small left pleural effusion.', 'pleural effusion', 'present'],
    ['IMPRESSION: 1) no pneumothorax 2) small left pleural effusion', 'pleural effusion', 'present'],
    // A heading that a trigger starts carries its scope.
    ['Planned procedure: appendectomy', 'appendectomy', 'hypothetical'],
    // Conditional instructions stay hypothetical across "there is/are".
    ['Return if there is any new weakness or numbness.', 'numbness', 'hypothetical'],
    ['Call the clinic if there are signs of infection.', 'infection', 'hypothetical'],
    ['No fever. There is a cough.', 'cough', 'present'],
    ['No effusion; there is mild synovitis.', 'synovitis', 'present'],
    // An affirmation after a denial ends its scope.
    ['He does not have any symptoms of cancer, it is noted that he does have a cough.', 'cough', 'present'],
    // "history of" inside a heading is not a trigger.
    ['HISTORY OF PRESENT ILLNESS: Three days of productive cough.', 'productive cough', 'present'],
    // "X unlikely", "might not be", "not the cause of X" are what they say.
    ['Pulmonary embolism unlikely.', 'pulmonary embolism', 'possible'],
    ['This might not be appendicitis.', 'appendicitis', 'possible'],
    ['The fall was not the cause of her headache.', 'headache', 'present'],
    ['A disc bulge indents the thecal sac but is not causing cord compression.', 'cord compression', 'absent'],
    // Template fields: the answer decides, whatever the lines around say.
    ['Fever: No\nChills: No\nCough: Yes\nDyspnea: No', 'cough', 'present'],
    ['Fever: No\nChills: No\nCough: Yes\nDyspnea: No', 'dyspnea', 'absent'],
    ['Bowel/bladder incontinence: [ ] Yes [x] No', 'incontinence', 'absent'],
    ['Resp: cough - yes; wheeze - no', 'wheeze', 'absent'],
    // The longest trigger wins over a shorter one it overlaps.
    ['He is not sure whether he had chest pain.', 'chest pain', 'possible'],
    // A prefix negates its own word; a denied suspicion is absent; an aside does not end a scope.
    ['Non-obstructing 4 mm stone in the right kidney.', 'stone', 'present'],
    ['Cauda equina syndrome is not suspected.', 'cauda equina syndrome', 'absent'],
    ['He denies, however, any chest pain.', 'chest pain', 'absent'],
    ['Although she denies syncope, she endorses lightheadedness.', 'lightheadedness', 'present'],
    // An alternative ("versus", "?") weighs its own phrase, not the finding a comma set before it.
    ['Patchy right basilar opacity, scarring versus pneumonia.', 'opacity', 'present'],
    ['Patchy right basilar opacity, scarring versus pneumonia.', 'scarring', 'possible'],
    ['Lucency at the ulnar styloid, ? fracture.', 'fracture', 'possible'],
    ['Lucency at the ulnar styloid, ? fracture.', 'lucency', 'present'],
    // A sign's result written "(-)" / "(+)", a count of none, boxes right after a label.
    ['Neuro: (-) Romberg (+) pronator drift', 'Romberg', 'absent'],
    ['Neuro: (-) Romberg (+) pronator drift', 'pronator drift', 'present'],
    ['Sentinel node: 0/3 nodes positive for melanoma.', 'melanoma', 'absent'],
    ['GI: Nausea [ ] Yes [x] No', 'nausea', 'absent'],
    // A past year after the finding, or a dated episode of care before it, is history; a dated onset is not.
    ['She had a kidney stone in 2012.', 'kidney stone', 'historical'],
    ['Admitted in 2017 for diabetic ketoacidosis.', 'diabetic ketoacidosis', 'historical'],
    ['In 2012 she developed asthma.', 'asthma', 'present'],
    ['Had measles in her twenties.', 'measles', 'historical'],
    ['He completed 6 months of rifampin.', 'rifampin', 'historical'],
    ['Prior CT showed a small splenic cyst.', 'splenic cyst', 'historical'],
    ['Presents with a 3-day history of sore throat.', 'sore throat', 'present'],
    // Plans: a procedure in a plan is planned; what a treatment treats is there; a sooner return is still a condition.
    ['Plan: left shoulder arthroscopy.', 'shoulder arthroscopy', 'hypothetical'],
    ['Plan: treat cellulitis with cephalexin.', 'cellulitis', 'present'],
    ['We will treat the gout flare with colchicine.', 'gout flare', 'present'],
    ['He is scheduled for a colonoscopy next week.', 'colonoscopy', 'hypothetical'],
    ['She was offered a steroid injection.', 'steroid injection', 'hypothetical'],
    ['Return sooner for any chest pain.', 'chest pain', 'hypothetical'],
    // A phrase may end a scope and start one: "for suspected" ends the plan's and hedges.
    ['Started doxycycline for suspected Lyme disease.', 'Lyme disease', 'possible'],
    // "is negative for" is longer than the backward "is negative".
    ['The stool sample was negative for C. difficile.', 'C. difficile', 'absent'],
    ['Negative Murphy sign.', 'Murphy sign', 'absent'],
    ['A small abscess could not be excluded.', 'abscess', 'possible'],
    ['Torsion is not likely.', 'torsion', 'possible'],
    ['Her father has gout and the patient has psoriasis.', 'psoriasis', 'present'],
    ['Educated on the signs of hypoglycemia.', 'hypoglycemia', 'hypothetical'],
    ['She might have strep throat.', 'strep throat', 'possible'],
    ['A small effusion may be present.', 'effusion', 'possible'],
    ['Admitted for workup of syncope.', 'syncope', 'possible'],
    ['He cannot climb stairs without dyspnea.', 'dyspnea', 'present'],
    // What goes around is the contacts'.
    ['There is a stomach virus going around at work.', 'stomach virus', 'family'],
    // A study's result told after the order has happened; one still to come has not.
    ['Her doctor ordered a CT of the chest that reportedly showed a pulmonary nodule.', 'pulmonary nodule', 'present'],
    ['Will obtain a CT to see if it shows a pulmonary nodule.', 'pulmonary nodule', 'hypothetical'],
    ['If the CT showed a pulmonary nodule, we would refer to pulmonology.', 'pulmonary nodule', 'hypothetical'],
    // What a plan follows or watches is there; what it watches for is not.
    ['We will follow the thyroid nodule with ultrasound in 6 months.', 'thyroid nodule', 'present'],
    ['We will monitor for a thyroid nodule.', 'thyroid nodule', 'hypothetical'],
    // An impression hedged, with a word between: "thought initially to have".
    ['He was thought initially to have a rotator cuff tear.', 'rotator cuff tear', 'possible'],
  ];
  for (const [text, target, expected] of cases) {
    it(`${JSON.stringify(text)}: ${target} is ${expected}`, () => assert.strictEqual(assertionOf(text, target), expected));
  }

  it('every rule has a unique id, and every trigger phrase is lower case', () => {
    const ids = [...CONTEXT_RULES, ...SECTION_RULES, ...DOCUMENT_RULES].map((r) => r.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const rule of CONTEXT_RULES) for (const phrase of rule.literals) assert.strictEqual(phrase, phrase.toLowerCase(), `${rule.id}: ${phrase}`);
  });

  it('records the rule that decided a finding', () => {
    const [finding] = analyzeNote('No spondylolisthesis.').findings;
    assert.strictEqual(finding.assertedBy, "negation.forward 'No'");
  });
});

describe('why a finding is not present', () => {
  it('the hover names the cue words, the JSON the context rule and its trigger words', () => {
    const review = reviewNote('MRI lumbar spine. No spondylolisthesis.');
    const finding = review.findings.find((f) => f.kind === 'listhesis')!;
    const md = hoverMarkdown(finding, review);
    assert.match(md, /\(cue: "No"\)/);
    assert.doesNotMatch(md, /negation\.forward/, 'no internal rule id in the hover');
    assert.strictEqual(findingToJson(finding).assertedBy, "negation.forward 'No'");
  });
});

describe('phrase words that stand for a class of words', () => {
  const matcher = new PhraseMatcher<string>([
    ['if * not', 'condition'],
    ['in <year>', 'year'],
    ['<year>', 'bare year'],
  ]);
  const match = (text: string) => matcher.matchAll(text, 0, text.length).map((m) => [text.slice(m.start, m.end), m.value]);

  it('"*" is any one word, and only one', () => {
    assert.deepStrictEqual(match('if relief not lasting'), [['if relief not', 'condition']]);
    assert.deepStrictEqual(match('if not better'), []);
    assert.deepStrictEqual(match('if the relief not'), []);
  });

  it('"<year>" is a year or a date that ends with one; the longest phrase wins', () => {
    assert.deepStrictEqual(match('fusion in 2015.'), [['in 2015', 'year']]);
    assert.deepStrictEqual(match('laminectomy, 07/14/2026 and 03/1999'), [['07/14/2026', 'bare year'], ['03/1999', 'bare year']]);
    assert.deepStrictEqual(match('in 1899, 20155 or 2015mg'), []);
  });

  it('a phrase may not start with "*"', () => {
    assert.throws(() => new PhraseMatcher([['* not', 1]]));
  });
});

describe('section and document rules', () => {
  /** The assertion of a surgical plan `target` in `sentence`, in `section` of a note that is a document of `kinds`. */
  function judge(sentence: string, target: string, section: SectionCategory, kinds: readonly DocumentKind[] = []): string {
    const lower = sentence.toLowerCase();
    const at = lower.indexOf(target);
    assert.ok(at !== -1, target);
    const triggers = new SentenceTriggers(lower, 0, lower.length);
    const options = { target: { kind: 'surgicalPlan' as const, section }, isDocument: (kind: DocumentKind) => kinds.includes(kind) };
    return explainAssertion(triggers, at, at + target.length, section, options).assertion;
  }

  it('a document rule applies to notes of its kind only', () => {
    assert.strictEqual(judge('The patient tolerated the L4-5 laminectomy well.', 'laminectomy', 'other', ['operative']), 'historical');
    assert.strictEqual(judge('The patient tolerated the L4-5 laminectomy well.', 'laminectomy', 'other'), 'present');
  });

  it('a document rule with sections applies in those sections only', () => {
    assert.strictEqual(judge('Left L5 laminectomy.', 'laminectomy', 'impression', ['imaging']), 'historical');
    assert.strictEqual(judge('Left L5 laminectomy.', 'laminectomy', 'impression'), 'present');
    assert.strictEqual(judge('Left L5 laminectomy.', 'laminectomy', 'hpi', ['imaging']), 'present');
  });

  it('a place yields to the sentence cues it names: a plan with a past cue is history', () => {
    // A surgery in a plan is the surgeon's recommendation: present, with status recommended.
    assert.strictEqual(judge('L4-5 laminectomy.', 'laminectomy', 'plan'), 'present');
    assert.strictEqual(judge('She is s/p L4-5 laminectomy.', 'laminectomy', 'plan'), 'historical');
    // A document's cue is not the sentence's: an operative report's plan is still a plan.
    assert.strictEqual(judge('L4-5 laminectomy.', 'laminectomy', 'plan', ['operative']), 'present');
  });

  it('a place outweighs the sentence cues it names: a procedure section tells what was done', () => {
    assert.strictEqual(judge('We then proceed with the L4-5 laminectomy.', 'laminectomy', 'technique'), 'historical');
    assert.strictEqual(judge('We then proceed with the L4-5 laminectomy.', 'laminectomy', 'hpi'), 'present');
  });
});

describe('ConText rule mechanism: kind exclusions, attribute names, per-kind phrases', () => {
  it('an exclusion adds its kinds to the general rules of its categories only', () => {
    const rules: ContextRule[] = [
      { id: 'general', category: 'absent', literals: ['no'] },
      { id: 'hedge', category: 'possible', literals: ['maybe'] },
      { id: 'own', category: 'absent', literals: ['not'], allowedKinds: ['conservativeTherapy'] },
    ];
    const [general, hedge, own] = withExclusions(rules, [{ id: 'x', kinds: ['conservativeTherapy'], categories: ['absent'] }]);
    assert.deepStrictEqual(general.excludedKinds, ['conservativeTherapy']);
    assert.strictEqual(hedge.excludedKinds, undefined);
    assert.strictEqual(own, rules[2]);
  });

  it("'kind[attribute]' names a finding that has the attribute; a finding judged without a target takes every unrestricted rule", () => {
    const applies = kindFilter({ excludedKinds: ['conservativeTherapy[status]'] })!;
    assert.strictEqual(applies({ kind: 'conservativeTherapy', attributes: { modality: 'physicalTherapy', status: 'completed' } }), false);
    assert.strictEqual(applies({ kind: 'conservativeTherapy', attributes: { modality: 'physicalTherapy' } }), true);
    assert.strictEqual(applies(undefined), true);
    assert.strictEqual(kindFilter({ allowedKinds: ['conservativeTherapy'] })!(undefined), false);
  });

  it('the phrase matcher can skip the phrases a target does not take, so their words match on their own', () => {
    const matcher = new PhraseMatcher<string>([['is not', 'general'], ['not', 'own']]);
    assert.deepStrictEqual(matcher.matchAll('is not', 0, 6).map((m) => m.value), ['general']);
    assert.deepStrictEqual(matcher.matchAll('is not', 0, 6, (v) => v !== 'general').map((m) => m.value), ['own']);
  });

  it('with punctuation (the extractors\' cue tables), marks are words of their own and may touch the words beside them', () => {
    const phrases: Array<[string, string]> = [['p.t.', 'pt'], ['bowel, bladder changes', 'bowel'], ['physical therapy', 'therapy']];
    const text = 'p.t. and physical therapy/chiropractic; bowel, bladder changes';
    const punctuated = new PhraseMatcher<string>(phrases, undefined, { punctuation: true });
    assert.deepStrictEqual(punctuated.matchAll(text, 0, text.length).map((m) => m.value), ['pt', 'therapy', 'bowel']);
    assert.deepStrictEqual(new PhraseMatcher<string>(phrases).matchAll(text, 0, text.length).map((m) => m.value), []);
  });

  it('every kind exclusion names categories that rules have', () => {
    for (const x of KIND_EXCLUSIONS) for (const c of x.categories) assert.ok(CONTEXT_RULES.some((r) => r.category === c && !r.allowedKinds), `${x.id}: ${c}`);
  });
});

describe('template checklists and placeholders', () => {
  const read = (text: string) => analyzeNote(`Low back pain.\n${text}`).findings.map((f) => [f.text, f.assertion]);

  it('a ticked item is present, an empty one absent; after "Denies:" a ticked item is denied', () => {
    assert.deepStrictEqual(read('PRIOR TREATMENT:\n  \u2612 Physical therapy\n  \u2610 Chiropractic\n  [ ] Bracing\n  [X] Home exercise program'), [
      ['Physical therapy', 'present'],
      ['Chiropractic', 'absent'],
      ['Bracing', 'absent'],
      ['Home exercise program', 'present'],
    ]);
    assert.deepStrictEqual(read('Denies: [x] saddle anesthesia  [x] urinary retention'), [
      ['saddle anesthesia', 'absent'],
      ['urinary retention', 'absent'],
    ]);
  });

  it('a placeholder answers nothing: no finding, and no red-flag alarm', () => {
    assert.deepStrictEqual(read('Progressive neurologic deficit: ***\nSaddle anesthesia: ___'), []);
  });
});
