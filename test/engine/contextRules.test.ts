import * as assert from 'assert';
import { analyzeNote, findingToJson, hoverMarkdown, reviewNote } from '../../server/src/engine';
import { CategoryExclusion, ContextRule, kindFilter, withExclusions } from '../../server/src/engine/context/rule';
import { CONTEXT_RULES, SECTION_RULES } from '../../server/src/engine/context/rules';

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
  ];
  for (const [text, target, expected] of cases) {
    it(`${JSON.stringify(text)}: ${target} is ${expected}`, () => assert.strictEqual(assertionOf(text, target), expected));
  }

  it('every rule has a unique id, and every trigger phrase is lower case', () => {
    const ids = [...CONTEXT_RULES, ...SECTION_RULES].map((r) => r.id);
    assert.deepStrictEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const rule of CONTEXT_RULES) for (const phrase of rule.literals) assert.strictEqual(phrase, phrase.toLowerCase(), `${rule.id}: ${phrase}`);
  });

  it('records the rule that decided a finding', () => {
    const [finding] = analyzeNote('No spondylolisthesis.').findings;
    assert.strictEqual(finding.assertedBy, "negation.forward 'No'");
  });
});

describe('why a finding is not present', () => {
  it('the hover and the JSON name the context rule and its trigger words', () => {
    const review = reviewNote('MRI lumbar spine. No spondylolisthesis.');
    const finding = review.findings.find((f) => f.kind === 'listhesis')!;
    assert.match(hoverMarkdown(finding, review), /by the context rule `negation\.forward 'No'`/);
    assert.strictEqual(findingToJson(finding).assertedBy, "negation.forward 'No'");
  });
});

describe('ConText category exclusions', () => {
  const general: ContextRule = { id: 'g', category: 'hypothetical', literals: ['will'] };
  const own: ContextRule = { id: 'k', category: 'hypothetical', literals: ['if'], allowedKinds: ['patientPreference'] };
  const exclusions: CategoryExclusion[] = [{ id: 'x', category: 'hypothetical', excludedKinds: ['patientPreference'] }];

  it("adds the kinds to the excludedKinds of the category's general rules, and leaves the kinds' own rules", () => {
    const [g, k] = withExclusions([general, own], exclusions);
    assert.deepStrictEqual(g.excludedKinds, ['patientPreference']);
    assert.strictEqual(k, own);
    assert.strictEqual(kindFilter(g)?.({ kind: 'patientPreference' }), false);
    assert.strictEqual(kindFilter(g)?.({ kind: 'surgicalPlan' }), true);
    assert.strictEqual(kindFilter(g)?.(undefined), true);
  });
});
