import { ContextRule } from '../rule';

/** Family: the finding is a relative's ("mother with", "family history of"). */
export const FAMILY_RULES: readonly ContextRule[] = [
  {
    id: 'family.forward',
    category: 'family',
    direction: 'forward',
    maxScope: 8,
    literals: [
      'family history of', 'family hx of', 'fh of', 'fhx of', 'mother', 'father', 'sister', 'brother', 'mom', 'dad',
      'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'sibling', 'siblings', 'son', 'daughter', 'parent',
      'parents', 'maternal', 'paternal',
    ],
  },
  {
    id: 'family.backward',
    category: 'family',
    direction: 'backward',
    maxScope: 6,
    literals: [
      'in her mother', 'in his mother', 'in her father', 'in his father', 'in the family', 'runs in the family',
      'in family members',
    ],
  },
];
