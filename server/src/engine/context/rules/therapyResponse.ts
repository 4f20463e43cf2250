import { ContextRule, KindExclusion } from '../rule';

/**
 * How care went, as the words of a response cue say it ("helped", "good relief", "no benefit":
 * vocabulary/therapies.ts RESPONSE_CUES), judged like a finding: a cue is a target of kind
 * 'therapyResponse', typed by the response it states ("therapyResponse:good"). The therapy
 * extractor reads the decided assertion: a negated cue is no response ("not very effective",
 * "neither ESI nor NSAIDs helped": none), a hedged one states none ("not certain it was very
 * helpful": unknown). A cue is judged within its clause (context/scope.ts clausesOf) or its table cell.
 * These are a response cue's only rules: what general negation says is about the therapy.
 */
const GOOD = 'therapyResponse:good';
/** "none of which helped": what follows is how the care just named went, and it went badly. */
export const REFERRING_NONE = ['none of which', 'none of these', 'none of them', 'none of those', 'neither of which', 'neither of these', 'neither of them', 'neither of those'];

export const THERAPY_RESPONSE_RULES: readonly ContextRule[] = [
  // "not very effective", "never really helped", "no good relief", "wasn't very helpful": a good response negated is none.
  {
    id: 'therapyResponse.negated',
    category: 'absent',
    direction: 'forward',
    maxScope: 3,
    allowedKinds: [GOOD],
    literals: ['not', 'never', 'no', "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't"],
  },
  // "Neither ESI nor NSAIDs helped", "neither PT nor medication provided relief"; "ibuprofen and naproxen, neither of which helped".
  { id: 'therapyResponse.neitherNor', category: 'absent', direction: 'forward', allowedKinds: [GOOD], literals: ['neither', 'nor', ...REFERRING_NONE] },
  // "which the patient was not certain was very helpful": no response is stated.
  {
    id: 'therapyResponse.uncertain',
    category: 'possible',
    direction: 'forward',
    maxScope: 5,
    allowedKinds: ['therapyResponse'],
    literals: ['not certain', 'not sure', 'unsure', 'uncertain', 'unclear', 'questionable'],
  },
  // "Consider TLIF if no improvement after PT", "should PT not help": a response in a condition is not how care went.
  {
    id: 'therapyResponse.conditional',
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 4,
    allowedKinds: ['therapyResponse'],
    literals: ['if', 'unless', 'should', 'in case', 'in the event of', 'if there is', 'if there is no', 'if * has', 'if * does', 'if * is'],
  },
];

export const THERAPY_RESPONSE_EXCLUSIONS: readonly KindExclusion[] = [
  { id: 'therapyResponse.ownRules', kinds: ['therapyResponse'], categories: ['absent', 'possible', 'historical', 'hypothetical', 'family', 'pseudo'] },
];
