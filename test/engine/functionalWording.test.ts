import * as assert from 'assert';
import { findingsOf } from './helpers';

/**
 * Functional impairment as charts word it, written from the clinical literature's domains (the
 * Oswestry and Roland-Morris items: walking, sitting, standing, sleeping, personal care, lifting,
 * travelling, work, social life), not from the fixtures: a limiting phrase ("can no longer",
 * "prevents him from", "limits her ability to", "has to stop and rest after") and an activity of a
 * domain, in either order.
 */
const HEAD = 'SPINE FOLLOW-UP\nDate of service: 09/10/2026\n\n';
const presentDomains = (text: string) =>
  findingsOf(HEAD + text, 'functionalImpairment')
    .filter((f) => f.assertion === 'present')
    .map((f) => f.attributes.domain as string);

const LIMITS: Array<[string, string]> = [
  ['He can no longer play golf because of the leg pain.', 'general'],
  ['She is no longer able to garden.', 'adl'],
  ['She has difficulty getting in and out of the car.', 'adl'],
  ['He has trouble getting out of bed in the morning.', 'adl'],
  ['He needs to sit down after standing for 10 minutes.', 'standing'],
  ['She has to stop and rest after walking half a block.', 'walking'],
  ['She walks with a stooped posture and must rest every 50 feet.', 'walking'],
  ['Pain prevents him from working.', 'work'],
  ['His pain keeps him from sleeping through the night.', 'sleep'],
  ['The leg pain stops her from walking more than a few minutes.', 'walking'],
  ['She is not working due to the back pain.', 'work'],
  ['He has been on medical leave from work since March.', 'work'],
  ['She had to take a leave of absence from her job.', 'work'],
  ['Pain limits his ability to walk more than one block.', 'walking'],
  ['Back pain interferes with her ability to sit at her desk.', 'sitting'],
  ['He is limited in his ability to perform his job as a carpenter.', 'work'],
  ['Neurogenic claudication limits his walking to 2 blocks.', 'walking'],
  ['He has trouble climbing stairs.', 'walking'],
  ['She is unable to climb stairs.', 'walking'],
  ['Difficulty with bending and lifting.', 'general'],
  ['She is unable to care for her children.', 'adl'],
  ['He cannot tie his shoes.', 'adl'],
  ['She needs help getting dressed and showering.', 'adl'],
  ['He stopped going to the gym because of his back.', 'general'],
  ['She has given up running.', 'general'],
  ['She is homebound due to pain.', 'general'],
  ['He has been bedbound for the past week.', 'general'],
  ['He can no longer drive long distances.', 'adl'],
  ['Sitting is limited to 20 minutes.', 'sitting'],
  ['She sleeps in a recliner because lying flat hurts.', 'sleep'],
  // Fields and terse lines: a label, a colon, its value.
  ['Walking tolerance: 10 min.', 'walking'],
  ['Sitting tolerance: 20 minutes.', 'sitting'],
  ['Work status: not working since 05/2026.', 'work'],
  ['ADLs: requires assistance.', 'adl'],
  ['Ambulation: limited to household distances.', 'walking'],
  ['Sleep: disrupted by pain.', 'sleep'],
  ['Functional status: limited by pain.', 'general'],
  ['She can only tolerate sitting for 15 minutes.', 'sitting'],
  ['He is unable to tolerate prolonged standing.', 'standing'],
  ['He wakes 3-4 times nightly due to pain.', 'sleep'],
  ['She uses a shopping cart to lean on at the store.', 'walking'],
  ['Activities are limited by the pain.', 'general'],
  ['She cannot complete a full shift.', 'work'],
  ['She was forced to retire early because of her back.', 'work'],
  ['Walks with a cane and can manage only short distances.', 'walking'],
  ['She can walk about 1/2 block before stopping.', 'walking'],
  ['He can sit for 20-30 minutes before needing to change position.', 'sitting'],
  ['He is unable to pick up his 2-year-old.', 'general'],
  // Shorthand: signs for "less than", "x/night", "q2h", "max", work-status codes, therapy assist levels.
  ['Sleep: wakes 2-3x/night from pain.', 'sleep'],
  ['Wakes up q2h due to pain.', 'sleep'],
  ['Pain awakens him nightly.', 'sleep'],
  ['Stand 10 min max.', 'standing'],
  ['Sitting limited to <15 minutes.', 'sitting'],
  ['Ambulates <1 block.', 'walking'],
  ['Walking: 1 block then must rest.', 'walking'],
  ['Work: off x 6 wks.', 'work'],
  ['Work status: TTD.', 'work'],
  ['Needs min assist for lower body dressing.', 'adl'],
  ['He can no longer stand long enough to cook a meal.', 'standing'],
  ['She can no longer walk her dog.', 'walking'],
  ['He can barely walk to the mailbox.', 'walking'],
  ['She needs help from her husband to put on her socks and shoes.', 'adl'],
  ['The pain interferes with her sleep.', 'sleep'],
];

/** Activities listed after a limitation's label: each is a limit of its own domain; an unticked box is none. */
const LISTS: Array<[string, string[]]> = [
  ['Functional limitations: prolonged sitting, standing and walking.', ['general', 'sitting', 'standing', 'walking']],
  ['Patient reports difficulty with the following: walking, sitting, sleeping.', ['walking', 'sitting', 'sleep']],
  ['Difficulty with: [x] walking [x] sitting [ ] standing', ['walking', 'sitting']],
  ['Limitations: none.', []],
  ['Function: sitting 20 min, standing 10 min, walking 1 block.', ['sitting', 'standing', 'walking']],
];

const NOT_LIMITS: string[] = [
  'He is independent with ADLs.',
  'He walks 2 miles daily.',
  'Pain is worse with prolonged sitting.',
  'Unable to heel walk on the left.',
  'Difficulty with toe walking on the right.',
  'She is retired and does not work.',
  'Return to work without restrictions.',
  'Denies difficulty walking.',
  'No trouble sleeping.',
  'Knee pain limits her ability to climb stairs.',
  'Gets up 3 times a night to urinate.',
  'If she cannot work next week, she will call the office.',
  'He is able to climb stairs without difficulty.',
  'She stopped ibuprofen because of stomach upset.',
  'She is not working.',
  'Her therapist is on leave this month.',
  'Pain does not interfere with her work or daily activities.',
  'She can walk 2 miles.',
];

describe('functional impairment as charts word it', () => {
  for (const [sentence, domain] of LIMITS) {
    it(`"${sentence}" is a ${domain} limit`, () => assert.deepStrictEqual([...new Set(presentDomains(sentence))], [domain]));
  }
  for (const [sentence, domains] of LISTS) {
    it(`"${sentence}" lists ${domains.join(', ') || 'no limit'}`, () => assert.deepStrictEqual(presentDomains(sentence), domains));
  }
  for (const sentence of NOT_LIMITS) {
    it(`"${sentence}" is no present limit`, () => assert.deepStrictEqual(presentDomains(sentence), []));
  }
});
