import { ContextRule } from '../rule';
import { combine } from './combine';

/**
 * Terminators: words that close a trigger's scope ("no stenosis, but grade 1 anterolisthesis").
 * A comma followed by a severity or a new finding also starts a new clause (see context/scope.ts).
 */
export const TERMINATOR_RULES: readonly ContextRule[] = [
  {
    id: 'terminators',
    category: 'terminate',
    literals: [
      'but', 'however', 'although', 'though', 'yet', 'which', 'except', 'aside from', 'apart from', 'other than',
      'otherwise', 'because', 'due to', 'secondary to',
      'as well as', 'while', 'whereas', 'presents with', 'presenting with', 'complains of', 'reports', 'still',
      'continues', 'now', 'currently', 'and there', 'plus', 'along with', 'and also',
      'because of', 'in light of', 'in view of', 'in the setting of', 'given her', 'given his', 'given their',
      'given the', 'given persistent', 'given ongoing', 'given continued', 'given worsening', 'given severe',
      'given significant', 'given failure', 'given failed', 'given lack', 'given new', 'given acute', 'given progressive',
      'given recent', 'given increasing', 'given bilateral', '(+)',
    ],
  },
  // A finding with a severity of its own starts a new item: "no fracture and severe stenosis".
  {
    id: 'terminators.severity',
    category: 'terminate',
    literals: ['with mild', 'with moderate', 'with severe', 'with grade', 'and mild', 'and moderate', 'and severe', 'and grade'],
  },
  // A new predicate about the patient: "although she denies syncope, she endorses lightheadedness".
  {
    id: 'terminators.newPredicate',
    category: 'terminate',
    spares: ['family'],
    literals: [
      'endorses', 'endorsed', 'endorsing', 'states', 'stated', 'admits', 'admits to', 'admitted to', 'positive for', 'notable for',
      'significant for', 'remarkable for', 'with residual', 'residual', 'complaining of', 'c/o',
    ],
  },
  // What a plan is for is there already: "would recommend a trial of gabapentin for the neuropathic pain".
  {
    id: 'terminators.planPurpose',
    category: 'terminate',
    ends: ['hypothetical'],
    excludedKinds: ['surgicalPlan', 'conservativeTherapy', 'outcomeMeasure', 'patientPreference'],
    literals: [
      'for the', 'for her', 'for his', 'for their', 'for this', 'for that', 'for persistent', 'for ongoing', 'for chronic', 'for presumed', 'for suspected', 'for possible', 'for probable', 'for known',
      // "will treat the urinary tract infection with cephalexin": what is treated is there ("if ..., we will treat for X" is not).
      ...combine(['treat', 'treating'], ['the', 'her', 'his', 'their', 'this', 'that']),
      // "we will follow the lumbar stenosis": what is followed is there ("follow up for", "monitor for" are not).
      ...combine(['follow', 'monitor', 'observe', 'watch'], ['the', 'her', 'his', 'their', 'this', 'that']),
    ],
  },
  // A study's result told in a relative clause has happened: "ordered a CT that reportedly showed stenosis"
  // ("if the MRI shows stenosis" and "to see whether it shows" stay conditions).
  {
    id: 'terminators.studyResult',
    category: 'terminate',
    ends: ['hypothetical'],
    literals: combine(['that', 'that reportedly', 'that apparently'], ['showed', 'revealed', 'demonstrated', 'confirmed', 'found']),
  },
  // A cause or source named after a finding starts another statement ("no fever as a cause of the delirium").
  {
    id: 'terminators.cause',
    category: 'terminate',
    literals: [
      'nevertheless', 'apart for', 'as a cause for', 'as a cause of', 'as the cause of', 'as a source of', 'as the source of',
      'as has', 'cause for', 'cause of', 'causes of', 'reason for', 'reasons for', 'etiology of', 'etiology for', 'origin of',
      'origin for', 'other possibilities of', 'secondary', 'source for', 'source of', 'sources of', 'trigger event for',
    ],
  },
  // "her mother, who has dementia", "son recently diagnosed with influenza": a relative's clause is still the relative's.
  {
    id: 'terminators.relativeClause',
    category: 'terminate',
    spares: ['family'],
    literals: ['who', 'recently', 'since'],
  },
  // An affirmation after a denial: "he does not have any symptoms of cancer, but does have a remote history of smoking".
  { id: 'terminators.affirmation', category: 'terminate', literals: ['does have', 'did have', 'do have'] },
  // The patient named again ends a relative's scope: "her son has asthma and the patient has COPD".
  {
    id: 'terminators.patientAgain',
    category: 'terminate',
    ends: ['family'],
    literals: ['the patient', 'the pt', 'patient herself', 'patient himself', 'she herself', 'he himself'],
  },
  // "No fever. There is a cough" ends a negation; "return if there is any new weakness" keeps the condition.
  {
    id: 'terminators.existential',
    category: 'terminate',
    spares: ['hypothetical'],
    literals: ['there is', 'there are', 'there has been', 'there have been', 'there was', 'there were'],
  },
];
