import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { customTargetPlan } from '../../server/src/engine/extractors/customTargets';

/** The custom-target plan is built once per configuration, not once per note. */
describe('custom targets: one plan per configuration', () => {
  const opioids = () => [{ label: 'Opioid use', phrases: ['oxycodone', 'hydrocodone'] }];

  it('a fresh copy of the same list reuses the plan; another list builds its own', () => {
    let builds = 0;
    const build = () => ({ id: ++builds });
    const unique = [{ label: `plan-test-${Date.now()}`, phrases: ['zebraquill'] }];
    const first = customTargetPlan(unique, build);
    assert.strictEqual(customTargetPlan(JSON.parse(JSON.stringify(unique)), build), first);
    assert.strictEqual(builds, 1);
    const other = customTargetPlan([{ ...unique[0], phrases: ['quillzebra'] }], build);
    assert.notStrictEqual(other, first);
    assert.strictEqual(builds, 2);
  });

  it('keeps a bounded number of configurations', () => {
    let builds = 0;
    const build = () => ++builds;
    const list = (i: number) => [{ label: `bounded-${i}`, phrases: [`phrase${i}`] }];
    for (let i = 0; i < 25; i++) customTargetPlan(list(i), build);
    assert.strictEqual(builds, 25);
    customTargetPlan(list(24), build);
    assert.strictEqual(builds, 25, 'a recent configuration is still there');
    customTargetPlan(list(0), build);
    assert.strictEqual(builds, 26, 'the oldest was dropped');
  });

  it('notes analysed with copies of one configuration find the same targets', () => {
    const note = 'MEDICATIONS: Oxycodone 5 mg. Denies hydrocodone.';
    const found = () => analyzeNote(note, { customTargets: opioids() }).findings.filter((f) => f.kind === 'custom').map((f) => `${f.text}:${f.assertion}`);
    assert.deepStrictEqual(found(), ['Oxycodone:present', 'hydrocodone:absent']);
    assert.deepStrictEqual(found(), found());
  });
});
