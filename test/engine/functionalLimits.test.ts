import * as assert from 'assert';
import { findingsOf } from './helpers';

/**
 * Functional limits from the vocabulary (vocabulary/functionalLimits.ts): limits told as a change
 * ("stopped his evening walks", "cut back to half shifts"), poor sleep, a general limit at work, a
 * timed activity that is intolerable; and tolerance rows of tables (extractors/functionalTable.ts).
 */
const HEAD = 'SPINE FOLLOW-UP\nDate of service: 09/10/2026\n\n';
const limits = (text: string) => findingsOf(HEAD + text, 'functionalImpairment').map((f) => [f.text, f.assertion, f.attributes.domain]);

describe('functional limits told as changes, in prose', () => {
  it('a change verb, a few words, then an activity of a domain', () => {
    assert.deepStrictEqual(limits('He stopped his evening walks in June.'), [['stopped his evening walks', 'present', 'walking']]);
    assert.deepStrictEqual(limits('He cut back to half shifts at the warehouse.'), [['cut back to half shifts', 'present', 'work']]);
    assert.deepStrictEqual(limits('She has reduced her hours to 3 days a week.'), [['has reduced her hours', 'present', 'work']]);
    assert.deepStrictEqual(limits('Misses about one shift a week because of the pain.'), [['Misses about one shift', 'present', 'work']]);
    assert.deepStrictEqual(limits('She has stopped grocery shopping on her own.'), [['has stopped grocery shopping', 'present', 'adl']]);
  });

  it('not a limit: a time, an exam finding, a relief', () => {
    assert.deepStrictEqual(limits('The infusion was stopped at 48 hours.'), []);
    assert.deepStrictEqual(limits('Gait: reduced arm swing on walking.'), []);
    assert.deepStrictEqual(limits('Leg heaviness with walking, relieved by sitting or leaning on a shopping cart.'), []);
    assert.deepStrictEqual(limits('She needs to lean on the shopping cart to finish her errands.').map(([, , d]) => d), ['walking']);
  });

  it('poor sleep, a timed activity that is intolerable, a limit on her feet, a general limit at work', () => {
    assert.deepStrictEqual(limits('She sleeps poorly.'), [['sleeps poorly', 'present', 'sleep']]);
    assert.deepStrictEqual(limits('Sleep is broken by pain most nights.'), [['Sleep is broken', 'present', 'sleep']]);
    assert.deepStrictEqual(limits('Sitting more than 30 min is intolerable.'), [['Sitting more than 30 min is intolerable', 'present', 'sitting']]);
    assert.deepStrictEqual(limits('Sitting in the car for more than 30 minutes aggravates her leg.').map(([, , d]) => d), ['sitting']);
    assert.deepStrictEqual(limits('The pain limits her to about 15 minutes on her feet.').map(([, , d]) => d), ['standing']);
    assert.deepStrictEqual(limits('He still cannot lift more than 20 lb at work.'), [['cannot lift', 'present', 'work']]);
    assert.deepStrictEqual(limits('He cannot lift heavy objects.'), [['cannot lift', 'present', 'general']]);
  });

  it('"walks N min" is a limit only with a stop, as "can walk" is', () => {
    assert.deepStrictEqual(limits('Walks 10 min before he needs to rest.').map(([, , d]) => d), ['walking']);
    assert.deepStrictEqual(limits('He walks 2 miles daily.'), []);
  });
});

describe('tolerance rows of tables (extractors/functionalTable.ts)', () => {
  it('a row labelled with an activity and an amount in its current cell is a limit, anchored on the label', () => {
    const table = ['| Activity | Previous | Current |', '|---|---|---|', '| Walking tolerance | 4 blocks | 1 block |', '| Sitting tolerance | 60 minutes | 15 minutes |', '| Work status | full duty | off work |'].join('\n');
    assert.deepStrictEqual(limits(table), [
      ['Walking tolerance', 'present', 'walking'],
      ['Sitting tolerance', 'present', 'sitting'],
      ['off work', 'present', 'work'],
    ]);
    assert.deepStrictEqual(limits(['Tolerances          Previous       Current', 'Standing            45 min         10 min'].join('\n')), [['Standing', 'present', 'standing']]);
  });

  it('no amount in the current cell, or a label of no activity: nothing', () => {
    assert.deepStrictEqual(limits(['| Activity | Previous | Current |', '|---|---|---|', '| Walking | 2 blocks | unlimited |', '| Stairs | 1 flight | 2 flights |'].join('\n')), []);
  });
});

describe('functional limits told as help from another person, and a walk told as "go"', () => {
  it('another person now helps with or has taken over an activity of daily living', () => {
    assert.deepStrictEqual(limits('His wife now helps him dress in the morning.'), [['His wife now helps him dress', 'present', 'adl']]);
    assert.deepStrictEqual(limits('Difficulty with stairs; his wife does the laundry and vacuuming now.').map(([t, , d]) => [t, d]), [['his wife does the laundry and vacuuming', 'adl']]);
    assert.deepStrictEqual(limits('Her daughter has taken over the grocery shopping.'), [['Her daughter has taken over the grocery shopping', 'present', 'adl']]);
  });
  it('a household told without a change is not a limit', () => {
    assert.deepStrictEqual(limits('Lives with his wife, who does the cooking.'), []);
    assert.deepStrictEqual(limits('His wife helps him with his paperwork.'), []);
  });
  it('"can only go N feet" is the walk its sentence named, anchored from it', () => {
    assert.deepStrictEqual(limits('She is walking with a walker but can only go about 100 feet before she needs to rest.'), [
      ['walking with a walker but can only go about 100 feet', 'present', 'walking'],
    ]);
    assert.deepStrictEqual(limits('She can go to work again.'), []);
  });
  it('a limit given as the reason of the one before it, in its domain, is the same limit', () => {
    assert.deepStrictEqual(limits('Work: has missed 9 shifts since January because modified duty is not available.').map(([t, , d]) => [t, d]), [['missed 9 shifts', 'work']]);
    assert.deepStrictEqual(limits('Modified duty is not available.').map(([, , d]) => d), ['work']);
  });
});
