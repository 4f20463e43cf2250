import { ContextRule } from '../rule';
import { combine } from './combine';

/** Uncertainty: the finding is possible ("possible pars defect", "cannot be excluded"). */
export const UNCERTAINTY_RULES: readonly ContextRule[] = [
  {
    id: 'uncertainty.forward',
    category: 'possible',
    direction: 'forward',
    literals: [
      'possible', 'possibly', 'probable', 'probably', 'likely', 'most likely', 'questionable', 'question of',
      'questioned', 'cannot exclude', 'can not exclude', 'cannot rule out', 'can not rule out', 'can\'t rule out',
      'cannot be excluded', 'may represent', 'may reflect', 'may be', 'might be', 'might represent', 'could be',
      'could represent', 'suspicious for', 'suspected', 'suspect', 'suspicion for', 'suspicion of', 'suggestive of',
      'suggests', 'suggesting', 'concerning for', 'concern for', 'worrisome for', 'equivocal', 'indeterminate',
      'presumed', 'presumably', 'versus', 'vs', 'differential', 'differential diagnosis', 'rule out', 'r/o',
      'to rule out', 'evaluate for', 'evaluation for', 'eval for', 'assess for', 'assessment for', 'to exclude',
      'exclude', 'ddx', 'borderline', 'apparent', 'apparently', 'not excluded', 'uncertain', 'unclear if',
      'unclear whether', '?',
    ],
  },
  {
    id: 'uncertainty.backward',
    category: 'possible',
    direction: 'backward',
    maxScope: 8,
    literals: [
      'is suspected', 'are suspected', 'suspected', 'cannot be excluded', 'can not be excluded', 'not excluded',
      'cannot be ruled out', 'not ruled out', 'is possible', 'is likely', 'is probable', 'is questioned',
      'is questionable', 'remains questionable', 'unlikely', 'less likely', 'is not excluded', 'is uncertain',
      'remains uncertain',
    ],
  },
  // An alternative weighs the phrase it is set against, not what an earlier comma closed off.
  {
    id: 'uncertainty.alternative',
    category: 'possible',
    direction: 'backward',
    maxScope: 8,
    withinPhrase: true,
    literals: ['versus', 'vs', '?'],
  },
  {
    id: 'uncertainty.more',
    category: 'possible',
    direction: 'forward',
    literals: [
      'appears to represent', 'appear to represent', 'raise the possibility of', 'raises the possibility of',
      'raising the possibility of', 'doubt', 'i doubt', 'doubtful', 'not sure whether', 'not sure if', 'unsure whether',
      'unsure if', 'did not rule out', 'does not rule out', 'do not rule out', 'not rule out', 'cannot be ruled out',
      'in the differential for', 'differential includes', 'consider the possibility of', 'possibility of',
      'not likely to be', 'not likely to represent', 'favor', 'favors', 'favoring', 'likely represents', 'most likely represents',
      'presumptive', 'presumptive diagnosis of',
      'workup for', 'work up for', 'workup of', 'work up of',
    ],
  },
  {
    id: 'uncertainty.lexicon',
    category: 'possible',
    direction: 'forward',
    literals: [
      'concerned about', 'concerned for', 'worried about', 'worry for', 'poss', 'could not rule out', "couldn't rule out",
      'may be ruled out for', 'rule him out for', 'rule her out for', 'rule the patient out for', 'what must be ruled out is',
      'cannot be ruled out for', 'suggestion of', 'consistent with possible', 'compatible with possible', 'unlikely to represent',
      'unlikely to be', 'query', 'not unlikely', 'does not exclude', 'do not exclude', 'did not exclude', 'cannot exclude', 'is not sure whether',
      'is not sure if', 'was not sure whether', 'was not sure if', 'could reflect', 'might indicate', 'may indicate', 'could indicate',
      'could be due to', 'may be due to', 'might be due to', 'thought to have', 'thought to be', 'thought * to have', 'thought * to be',
      'working diagnosis', 'questionably',
      'not diagnostic of', 'but not diagnostic of', 'suspicious but not diagnostic of', 'suggestive but not diagnostic of',
      // Also a plan's purpose (terminators.planPurpose): "treated for presumed pneumonia" is a hedge, not a plan.
      'for presumed', 'for suspected', 'for possible', 'for probable',
    ],
  },
  {
    id: 'uncertainty.toBeRuledOut',
    category: 'possible',
    direction: 'backward',
    maxScope: 8,
    literals: [
      'may be ruled out', 'might be ruled out', 'must be ruled out', 'should be ruled out', 'to be ruled out', 'not been ruled out', 'did not rule out', 'could not rule out', 'was not ruled out',
      // "an infarct could not be excluded", "cannot be entirely ruled out": longer than the negation "excluded", "ruled out".
      ...combine(['cannot', 'can not', "can't", 'could not', "couldn't"], combine(['be', 'be entirely', 'be completely', 'be fully', 'be definitely'], ['excluded', 'ruled out'])),
      'is not likely', 'are not likely', 'not likely', 'may be present', 'might be present', 'could be present', 'may be seen',
    ],
  },
  {
    id: 'uncertainty.differential',
    category: 'possible',
    direction: 'backward',
    maxScope: 8,
    literals: [
      'is in the differential', 'are in the differential', 'in the differential', 'is doubtful', 'is not ruled out', 'remains possible',
      'is favored', 'is considered', 'is a consideration', 'is difficult to exclude', 'difficult to exclude', 'remains a possibility',
      'is a possibility', 'is among the considerations', 'is not yet excluded', 'not yet excluded', 'cannot be entirely excluded',
      'not entirely excluded', 'cannot be completely excluded',
    ],
  },
  // A hedged verb reaches the words right after it: "he may have a kidney stone", "appears to be a simple cyst"
  // (not "which appears to be a disc herniation effacing the L3 nerve root").
  {
    id: 'uncertainty.hedgedVerb',
    category: 'possible',
    direction: 'forward',
    maxScope: 3,
    literals: [
      'may have', 'might have', 'could have', 'appears to be', 'appear to be', 'seems to be', 'seem to be',
      // A possible effect: "a cyst posterior to the nerve root, which may cause some displacement".
      ...combine(['may', 'might', 'could'], ['cause', 'be causing', 'result in', 'produce']),
    ],
  },
  // A negated hedge is still a hedge: "this might not be appendicitis".
  {
    id: 'uncertainty.negatedHedge',
    category: 'possible',
    direction: 'forward',
    literals: ['might not be', 'may not be', 'could not be', 'might not represent', 'may not represent', 'may or may not be', 'may or may not represent'],
  },
];
