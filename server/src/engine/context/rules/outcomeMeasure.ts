import { ContextRule } from '../rule';

/**
 * Rules for outcome measures. A measure with a value is judged by its value (the extractor's head),
 * so the words between the instrument and the value are triggers too: "pain will be less than 4/10".
 */
export const OUTCOME_MEASURE_RULES: readonly ContextRule[] = [
  // A treatment goal is not a measurement: "goal: pain less than or equal to 2/10", "maximum pain of 2/10", "pain < 4/10".
  {
    id: 'outcomeMeasure.goal',
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 8,
    allowedKinds: ['outcomeMeasure'],
    literals: ['goal', 'goals', 'less than', 'no more than', 'maximum', 'max', 'target', 'to report', 'to tolerate', 'expected to', '<', '\u2264'],
  },
  // An order to measure: "Obtain ODI at next visit", "Reassess with VAS and Oswestry at visit 12". Meant for an
  // instrument named without a value (no rule can name those alone); no valued measure in the corpus sits this close.
  {
    id: 'outcomeMeasure.order',
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 6,
    allowedKinds: ['outcomeMeasure'],
    literals: ['obtain', 'repeat', 're assess', 'reassess', 'recheck', 'check', 'administer', 'complete', 'track', 'monitor', 'follow up'],
  },
  {
    id: 'outcomeMeasure.orderAfter',
    category: 'hypothetical',
    direction: 'backward',
    maxScope: 6,
    allowedKinds: ['outcomeMeasure'],
    literals: ['at next visit', 'at the next visit', 'next visit', 'at each visit', 'at every visit', 'to be completed', 'follow up'],
  },
];
