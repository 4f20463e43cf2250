import { ContextRule } from '../rule';
import { combine, COPULAS } from './combine';
import { NON_RADIATING } from '../../vocabulary/symptomTerms';

const NOT_FOUND = ['not seen', 'not identified', 'not present', 'not demonstrated', 'not appreciated', 'not visualized', 'not noted', 'not evident', 'not observed', 'not detected', 'not found', 'not elicited'];

/** What takes a mention back, said after it ("was dictated in error"); therapy's own negation rules take it too. */
export const TAKEN_BACK: readonly string[] = [
  ...combine(COPULAS, ['dictated in error', 'documented in error', 'entered in error', 'listed in error', 'included in error', 'in error', 'incorrect', 'erroneous', 'misdictated', 'a dictation error', 'a transcription error']),
  'dictated in error', 'documented in error', 'entered in error', 'listed in error', 'included in error', 'should be deleted', 'should be removed',
  'should not have been included', 'should not have been documented',
];

/** Negation: the finding is absent ("no stenosis", "stenosis is not seen"). */
export const NEGATION_RULES: readonly ContextRule[] = [
  {
    id: 'negation.forward',
    category: 'absent',
    direction: 'forward',
    literals: [
      'no', 'not', 'without', 'denies', 'denied', 'deny', 'denying', 'negative for', 'free of', 'absence of', 'absent',
      'no evidence of', 'no evidence for', 'no signs of', 'no sign of', 'no findings of', 'no definite',
      'no significant', 'no appreciable', 'no obvious', 'no convincing', 'no suspicious', 'never', 'nor', 'neither',
      'rules out', 'ruled out for', 'neg for', 'clear of', 'no further', 'no more', 'no recurrent', 'no recurrence of', 'no new', 'is not', 'are not', 'was not',
      'were not', 'not demonstrate', 'not demonstrated', 'fails to reveal', 'failed to reveal', 'no focal', 'no gross',
      'not seen', 'nil', 'none', 'not have', 'doesn\'t have', 'does not have', '(-)',
      // Longer than the backward "is negative": "family history is negative for glaucoma".
      ...combine(COPULAS, ['negative for', 'free of', 'clear of']),
    ],
  },
  {
    id: 'negation.backward',
    category: 'absent',
    direction: 'backward',
    maxScope: 8,
    literals: [
      'is not seen', 'are not seen', 'not seen', 'not identified', 'not present', 'not demonstrated', 'not appreciated',
      'not visualized', 'not noted', 'not evident', 'not observed', 'not detected', 'is absent', 'are absent',
      'were absent', 'was absent', 'ruled out', 'has been ruled out', 'was ruled out', 'negative', 'is excluded',
      'excluded', 'none', 'unremarkable', 'not found', 'denied', 'not elicited',
      ...combine(COPULAS, NOT_FOUND),
      ...combine(COPULAS, ['negative', 'neg', 'ruled out', 'not significant']),
    ],
  },
  // More of the published NegEx/ConText lexicon (Chapman 2001, Harkema 2009, pyConText).
  {
    id: 'negation.lexicon',
    category: 'absent',
    direction: 'forward',
    literals: [
      'lack of', 'lacked', 'lacking', 'lacks', 'inconsistent with', 'does not look like', 'did not look like', 'never had',
      'never developed', 'no abnormal', 'no cause of', 'no history of', 'no complaints of', 'no suggestion of',
      'no findings to indicate', 'no evidence', 'no new evidence of', 'no radiographic evidence of', 'no other evidence of',
      'not appear', 'not appreciate', 'not exhibit', 'not feel', 'not had', 'not reveal', 'not see', 'not associated with',
      'not complain of', 'not know of', 'not have evidence of', 'not known to have', 'patient was not', 'pt was not',
      'unremarkable for', 'with no', 'without any evidence of', 'without evidence of', 'without indication of', 'without sign of',
      'without signs of', 'did not see', 'cannot see', 'as well as any', 'declines', 'declined', 'refuses', 'refused',
      "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "don't", 'no signs or symptoms of',
      'absent', 'nor any', 'w/o', 'no c/o', 'denies c/o', 'fail to demonstrate', 'fails to demonstrate', 'failed to demonstrate',
      'fail to reveal', 'fail to show', 'fails to show', 'failed to show', 'does not show', 'did not show', 'do not show',
      'does not demonstrate', 'did not demonstrate', 'does not reveal', 'did not reveal', 'has excluded', 'have excluded',
      'no reports of', 'no report of', 'no episodes of', 'no episode of',
    ],
  },
  // "eczema rather than psoriasis"; an operation "rather than" another is an alternative weighed (hypothetical), not denied.
  {
    id: 'negation.ratherThan',
    category: 'absent',
    direction: 'forward',
    maxScope: 6,
    excludedKinds: ['surgicalPlan', 'conservativeTherapy'],
    literals: ['rather than', 'instead of'],
  },
  // A suspicion denied: "cauda equina syndrome is not suspected", "not felt to represent infection".
  {
    id: 'negation.notSuspected',
    category: 'absent',
    direction: 'backward',
    maxScope: 8,
    literals: ['not suspected', 'is not suspected', 'was not suspected', 'are not suspected', 'not favored', 'is not favored', 'not considered likely', 'not thought likely'],
  },
  {
    id: 'negation.notThought',
    category: 'absent',
    direction: 'forward',
    literals: ['not felt to be', 'not felt to represent', 'not thought to be', 'not thought to represent', 'not concerning for', 'not suspicious for', 'not consistent with', 'not suggestive of', 'no concern for', 'no suspicion of', 'no suspicion for'],
  },
  // A count of none: "0/12 lymph nodes positive for metastatic carcinoma".
  {
    id: 'negation.noneOf',
    category: 'absent',
    direction: 'forward',
    literals: ['<none> positive for', '<none> * positive for', '<none> * * positive for', '<none> * * * positive for'],
  },
  // A sign's result before it: "negative Murphy sign" ("gram negative" is a pseudo-trigger).
  {
    id: 'negation.negativeSign',
    category: 'absent',
    direction: 'forward',
    maxScope: 3,
    literals: ['negative'],
  },
  // A prefix negates its own word only: "non-obstructing 4 mm stone" is a stone.
  {
    id: 'negation.prefix',
    category: 'absent',
    direction: 'forward',
    maxScope: 1,
    literals: ['non'],
  },
  // Written joined ("nonradiating"): the finding is the whole word, negated by the "non" it holds.
  {
    id: 'negation.joinedPrefix',
    category: 'absent',
    insideTarget: true,
    literals: NON_RADIATING.filter((w) => !w.includes('-')),
  },
  // A mention taken back: "The foot drop was dictated in error", "the ESI listed in the HPI is incorrect" (an addendum's
  // retraction then removes the earlier mentions: mentions/corrections.ts).
  {
    id: 'negation.inError',
    category: 'absent',
    direction: 'backward',
    maxScope: 4,
    literals: TAKEN_BACK,
  },
  // "pain free", "symptom-free", "pain: none": the word right before.
  {
    id: 'negation.free',
    category: 'absent',
    direction: 'backward',
    maxScope: 1,
    literals: ['free', 'resolved completely', 'absent'],
  },
];
