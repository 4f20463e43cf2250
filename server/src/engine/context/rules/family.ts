import { ContextRule } from '../rule';
import { combine } from './combine';

const RELATIVES = ['mother', 'father', 'daughter', 'son', 'husband', 'wife', 'sister', 'brother', 'parents', 'family', 'spouse', 'partner', 'caregiver'];

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
  // A relative who is the patient's companion, or a word for the patient ("a mother of three"), is no experiencer.
  {
    id: 'family.notExperiencer',
    category: 'pseudo',
    literals: [
      ...combine(['brought in by', 'accompanied by', 'here with', 'comes with', 'came with', 'lives with', 'presents with'], ['her', 'his', 'their']).flatMap((p) => RELATIVES.map((r) => `${p} ${r}`)),
      'mother of', 'father of', 'a mother', 'a father', 'as a mother', 'as a father',
    ],
  },
];
