/**
 * ConText triggers: the words that change what a mention asserts. Data a clinician can read.
 *
 * - category: what the trigger does to a target in its scope. "pseudo" matches a phrase that
 *   looks like a trigger but is not one ("no interval change"), so that it is consumed first.
 * - direction: forward (scope runs to the right: "no stenosis"), backward (to the left:
 *   "stenosis is not seen"), or both.
 * - maxWords: how many words the scope may span (default: to the end of the sentence or a terminator).
 * Phrases are lower case; spaces match any run of spaces or hyphens.
 */
export type TriggerCategory = 'absent' | 'possible' | 'historical' | 'hypothetical' | 'family' | 'pseudo';
export type TriggerDirection = 'forward' | 'backward' | 'both';

export interface TriggerRule {
  phrases: string[];
  category: TriggerCategory;
  direction: TriggerDirection;
  maxWords?: number;
}

export const TRIGGERS: TriggerRule[] = [
  // Pseudo-triggers: never negate or hedge.
  {
    category: 'pseudo',
    direction: 'forward',
    phrases: [
      'no significant interval change', 'no significant change', 'no interval change', 'no change', 'no definite change',
      'no appreciable change', 'no substantial change', 'no interval progression', 'no significant progression',
      'no increase', 'no significant increase', 'no interval increase', 'without change', 'without interval change',
      // Technique: "MRI without contrast" negates nothing.
      'without contrast', 'without iv contrast', 'without and with contrast', 'with and without contrast', 'w/o contrast', 'without gadolinium',
      'without significant change', 'not only', 'no further', 'not significantly changed', 'not changed', 'unchanged',
      'not certain whether', 'no longer appears', 'gram negative', 'not necessarily', 'not limited to', 'no other',
      'without difficulty', 'not been able to work', 'not able to work', 'unable to work', 'not been able to', 'not able to',
      'no relief', 'no significant relief', 'no improvement', 'no significant improvement', 'without relief',
      'without improvement', 'without significant relief', 'without lasting relief', 'not helped', 'not improved',
      'did not help', 'did not improve', 'has not helped', 'have not helped', 'not tolerate', 'not tolerated',
      'did not tolerate', 'no benefit', 'without benefit', 'not effective', 'not working', 'failed to improve',
      'not responded', 'no response', 'not respond', 'did not respond', 'no lasting relief', 'no sustained relief',
      'no better', 'not better', 'prior study', 'prior studies', 'prior exam', 'prior examination', 'prior mri',
      'prior imaging', 'prior ct', 'prior radiograph', 'prior radiographs', 'prior films', 'prior to', 'previous study',
      'previous exam', 'previous examination', 'previous mri', 'previous imaging', 'previous ct', 'previous radiographs',
      'no acute distress', 'not in distress',
    ],
  },
  // Negation.
  {
    category: 'absent',
    direction: 'forward',
    phrases: [
      'no', 'not', 'without', 'denies', 'denied', 'deny', 'denying', 'negative for', 'free of', 'absence of', 'absent',
      'no evidence of', 'no evidence for', 'no signs of', 'no sign of', 'no findings of', 'no definite', 'no significant',
      'no appreciable', 'no obvious', 'no convincing', 'no suspicious', 'never', 'nor', 'neither', 'rules out',
      'ruled out for', 'resolution of', 'no longer has', 'no new', 'is not', 'are not', 'was not', 'were not', 'not demonstrate', 'not demonstrated',
      'fails to reveal', 'failed to reveal', 'no focal', 'no gross', 'not seen', 'non',
      'nil', 'none', 'not have', 'doesn\'t have', 'does not have',
    ],
  },
  {
    category: 'absent',
    direction: 'backward',
    maxWords: 8,
    phrases: [
      'is not seen', 'are not seen', 'not seen', 'not identified', 'not present', 'not demonstrated', 'not appreciated',
      'not visualized', 'not noted', 'not evident', 'not observed', 'not detected', 'is absent', 'are absent', 'were absent', 'was absent',
      'ruled out', 'has been ruled out', 'was ruled out', 'negative',
      'is excluded', 'excluded', 'none', 'unremarkable', 'not found', 'is not', 'are not', 'denied',
    ],
  },
  // Uncertainty.
  {
    category: 'possible',
    direction: 'forward',
    phrases: [
      'possible', 'possibly', 'probable', 'probably', 'likely', 'most likely', 'questionable', 'question of', 'questioned',
      'cannot exclude', 'can not exclude', 'cannot rule out', 'can not rule out', 'can\'t rule out', 'cannot be excluded',
      'may represent', 'may reflect', 'may be', 'might be', 'might represent', 'could be', 'could represent', 'suspicious for',
      'suspected', 'suspect', 'suspicion for', 'suspicion of', 'suggestive of', 'suggests', 'suggesting', 'concerning for',
      'concern for', 'worrisome for', 'equivocal', 'indeterminate', 'presumed', 'presumably', 'versus', 'vs', 'differential',
      'differential diagnosis', 'rule out', 'r/o', 'to rule out', 'evaluate for', 'evaluation for', 'eval for',
      'assess for', 'assessment for', 'to exclude', 'exclude', 'ddx', 'borderline', 'apparent', 'apparently',
      'not excluded', 'uncertain', 'unclear if', 'unclear whether', '?',
    ],
  },
  {
    category: 'possible',
    direction: 'backward',
    maxWords: 8,
    phrases: [
      'is suspected', 'are suspected', 'suspected', 'cannot be excluded', 'can not be excluded', 'not excluded',
      // Attributive "questionable"/"uncertain" hedge what follows them, not the finding before ("retention and questionable saddle numbness").
      'cannot be ruled out', 'not ruled out', 'is possible', 'is likely', 'is probable', 'is questioned', 'is questionable',
      'remains questionable', 'unlikely', 'less likely', 'is not excluded', 'is uncertain', 'remains uncertain', 'versus', 'vs', '?',
    ],
  },
  // History.
  {
    category: 'historical',
    direction: 'forward',
    maxWords: 6,
    phrases: [
      'history of', 'hx of', 'h/o', 'past history of', 'previous history of', 'prior history of', 'remote history of',
      'status post', 's/p', 'in the past', 'former', 'formerly', 'ex', 'remote', 'old history of', 'no longer',
    ],
  },
  {
    category: 'historical',
    direction: 'forward',
    maxWords: 4,
    phrases: ['previous', 'previously', 'prior'],
  },
  // A performed surgery: "underwent an L4-5 laminectomy in 2014" (therapy extractors decide their own status).
  {
    category: 'historical',
    direction: 'forward',
    maxWords: 5,
    phrases: ['underwent', 'has undergone', 'had undergone'],
  },
  {
    category: 'historical',
    direction: 'backward',
    maxWords: 8,
    phrases: ['in the past', 'years ago', 'year ago', 'months ago'],
  },
  // "sciatica in 2015, resolved after a microdiscectomy": it was there, and is not now.
  {
    category: 'historical',
    direction: 'backward',
    maxWords: 8,
    phrases: ['resolved', 'has resolved', 'have resolved', 'had resolved', 'which resolved', 'which have resolved', 'which has resolved', 'that resolved', 'since resolved'],
  },
  // "microdiscectomy with resolved right sciatica": the adjective before the finding.
  {
    category: 'historical',
    direction: 'forward',
    maxWords: 3,
    phrases: ['with resolved', 'and resolved', 'now resolved', 'since resolved', 'previously resolved'],
  },
  {
    category: 'historical',
    direction: 'both',
    maxWords: 12,
    phrases: ['in childhood', 'as a child', 'as a teenager', 'in high school', 'in college', 'in grade school', 'in middle school'],
  },
  // "If not (better), consider fusion": a condition, not a negation of what follows.
  {
    category: 'hypothetical',
    direction: 'forward',
    phrases: ['if not', 'if no', 'if none', 'if there is no', 'if no improvement', 'if not improved', 'if not better'],
  },
  // Hypothetical: plans, conditions, recommendations.
  {
    category: 'hypothetical',
    direction: 'forward',
    phrases: [
      'if', 'should', 'in case', 'in the event', 'consider', 'considering', 'may benefit from', 'would benefit from',
      'may require', 'might require', 'could require', 'will', 'would', 'plan', 'plans', 'planned', 'planning', 'plan to',
      'plan for', 'start', 'starting', 'begin', 'initiate', 'initiating', 'trial of', 'refer', 'referred to',
      'referral to', 'recommend', 'recommended', 'recommending', 'recommendation', 'schedule', 'scheduled', 'scheduling',
      'candidate for', 'options include', 'option of', 'options of', 'discussed', 'discuss', 'discussion of', 'proceed with',
      'to proceed with', 'wishes to', 'wants to', 'desires', 'return if', 'call if', 'go to the ed', 'go to ed', 'go to the er', 'go to er', 'go directly to the ed', 'present to the ed', 'report to the ed', 'return to the ed', 'seek emergency care', 'seek immediate medical attention', 'return for', 'return to the ed for', 'return to ed for', 'go to the ed for', 'go to ed for', 'go to the er for', 'go to er for', 'go to the emergency room for', 'go to the emergency department for', 'seek care for', 'seek immediate care for', 'seek emergency care for', 'call 911 for', 'precautions', 'warning signs', 'return precautions', 'unless', 'pending', 'to undergo',
      'order', 'ordered', 'prescribe', 'rx', 'going to', 'would like', 'next step',
    ],
  },
  {
    category: 'hypothetical',
    direction: 'backward',
    maxWords: 8,
    phrases: ['is planned', 'was recommended', 'is recommended', 'are recommended', 'was discussed', 'were discussed', 'is scheduled', 'was ordered', 'will be', 'if needed', 'if necessary', 'as needed', 'prn'],
  },
  // Family history.
  {
    category: 'family',
    direction: 'forward',
    maxWords: 8,
    phrases: [
      'family history of', 'family hx of', 'fh of', 'fhx of', 'mother', 'father', 'sister', 'brother', 'mom', 'dad',
      'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'sibling', 'siblings', 'son', 'daughter', 'parent', 'parents',
      'maternal', 'paternal',
    ],
  },
  {
    category: 'family',
    direction: 'backward',
    maxWords: 6,
    phrases: ['in her mother', 'in his mother', 'in her father', 'in his father', 'in the family', 'runs in the family', 'in family members'],
  },
];

/**
 * Terminators: words that close a trigger's scope ("no stenosis, but grade 1 anterolisthesis").
 * A comma followed by a severity or a new finding also starts a new clause.
 */
export const TERMINATORS: string[] = [
  'but', 'however', 'although', 'though', 'yet', 'which', 'who', 'except', 'aside from', 'apart from', 'other than',
  'otherwise', 'there is', 'there are', 'there has been', 'since', 'because', 'due to', 'secondary to', 'as well as',
  'while', 'whereas', 'presents with', 'presenting with', 'complains of', 'reports', 'still', 'continues', 'now',
  'recently', 'currently', 'with mild', 'with moderate', 'with severe',
  'with grade', 'and mild', 'and moderate', 'and severe', 'and grade', 'and there', 'plus', 'along with', 'and also',
  // A reason after a plan: "refer for evaluation of a microdiscectomy given persistent radicular pain" (not "will be given PT").
  // ("will be given gabapentin" is not a reason: only "given" before a possessive or a state word ends a scope).
  'because of', 'in light of', 'in view of', 'in the setting of', 'given her', 'given his', 'given their', 'given the',
  'given persistent', 'given ongoing', 'given continued', 'given worsening', 'given severe', 'given significant', 'given failure',
  'given failed', 'given lack',
];
