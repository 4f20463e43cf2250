import { KindExclusion, ContextRule } from '../rule';

/**
 * Rules for the patient's preference ("wishes to proceed with surgery", "does not want surgery").
 * The mention's own verbs are what it states, so the general hypothetical triggers ("would like",
 * "wants to", "discussed", "will") do not apply; a condition or a hesitation before it does.
 */
export const PATIENT_PREFERENCE_EXCLUSIONS: readonly KindExclusion[] = [
  { id: 'patientPreference.notHypothetical', kinds: ['patientPreference'], categories: ['hypothetical'] },
  // A nonoperative preference carries its negation inside ("does not want surgery", "declines surgery")
  // and states the patient's wish: only a condition before it changes it.
  { id: 'patientPreference.nonoperativeNot', kinds: ['patientPreference:nonoperative'], categories: ['absent', 'possible', 'historical', 'family'] },
];

export const PATIENT_PREFERENCE_RULES: readonly ContextRule[] = [
  // "if she wishes to proceed with surgery", "is considering", "undecided whether she wants surgery".
  {
    id: 'patientPreference.conditional',
    category: 'hypothetical',
    direction: 'forward',
    allowedKinds: ['patientPreference'],
    literals: [
      'if', 'should she', 'should he', 'should they', 'should the patient', 'unless', 'whether', 'undecided', 'unsure', 'not sure',
      'thinking about', 'considering', 'will think', 'will consider', 'will let us know', 'may', 'might', 'eventually',
      'in the future', 'once', 'when',
    ],
  },
];
