import { ContextRule } from '../rule';
import { combine } from './combine';

const RELATIVES = ['mother', 'father', 'daughter', 'son', 'husband', 'wife', 'sister', 'brother', 'parents', 'family', 'spouse', 'partner', 'caregiver', 'girlfriend', 'boyfriend'];

/** Family: the finding is a relative's ("mother with", "family history of"). */
export const FAMILY_RULES: readonly ContextRule[] = [
  {
    id: 'family.forward',
    category: 'family',
    direction: 'forward',
    maxScope: 8,
    literals: [
      'family history of', 'family hx of', 'fh of', 'fhx of', 'family history significant for', 'family history notable for',
      'family history positive for', 'family history is significant for', 'family history is notable for', "father's", "mother's",
      "sister's", "brother's", 'twin', 'identical twin', 'first-degree relative', 'first degree relative', 'relative', 'relatives', 'mother', 'father', 'sister', 'brother', 'mom', 'dad',
      'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'sibling', 'siblings', 'son', 'daughter', 'parent',
      'parents', 'maternal', 'paternal', 'aunts', 'brothers', 'cousins', 'daughters', 'fathers', 'grandchild',
      'grandchildren', 'grandparent', 'grandparents', 'grandson', 'granddaughter', 'mothers', 'sisters', 'sons', 'uncles',
      'nephew', 'nephews', 'niece', 'nieces', 'moms', 'dads', 'husband', 'wife', 'spouse', 'boyfriend', 'girlfriend',
    ],
  },
  // Other experiencers: the patient's contacts.
  {
    id: 'family.otherExperiencer',
    category: 'family',
    direction: 'forward',
    maxScope: 8,
    literals: [
      'roommate', 'roommates', 'coworker', 'coworkers', 'co-worker', 'co-workers', 'colleague', 'colleagues', 'classmate',
      'classmates', 'household contact', 'household contacts', 'sick contact', 'sick contacts', 'family member', 'family members',
      'close contact', 'close contacts', 'children at home', 'child at daycare',
      ...combine(['children', 'kids', 'other children', 'other kids'], ['at her daycare', 'at his daycare', 'at daycare', 'at her school', 'at his school', 'at school']),
    ],
  },
  // "a stomach bug going around at work": what goes around is the contacts'.
  {
    id: 'family.goingAround',
    category: 'family',
    direction: 'backward',
    maxScope: 4,
    literals: ['going around', 'has been going around', 'is going around', 'been going around'],
  },
  {
    id: 'family.backward',
    category: 'family',
    direction: 'backward',
    maxScope: 6,
    literals: [
      'in her mother', 'in his mother', 'in her father', 'in his father', 'in the family', 'runs in the family',
      'in family members', 'on the maternal side', 'on the paternal side', 'maternal side of the family', 'paternal side of the family',
      'side of the family', 'in a first-degree relative', 'in a relative',
    ],
  },
  // A relative who is the patient's companion, or a word for the patient ("a mother of three"), is no experiencer.
  {
    id: 'family.notExperiencer',
    category: 'pseudo',
    literals: [
      ...combine(['brought in by', 'accompanied by', 'here with', 'comes with', 'came with', 'lives with', 'presents with'], ['her', 'his', 'their']).flatMap((p) => RELATIVES.map((r) => `${p} ${r}`)),
      'mother of', 'father of', 'a mother', 'a father', 'as a mother', 'as a father',
      // A relative who tells or sees is the witness: "his wife noticed a new foot drop".
      ...combine(RELATIVES, ['at bedside', 'at the bedside', 'noticed', 'notices', 'noted', 'reports', 'reported', 'says', 'said', 'states', 'stated', 'observed', 'observes', 'describes', 'described', 'feels', 'thinks', 'believes', 'is concerned', 'is worried', 'brought', 'called', 'provides', 'provided', 'confirms']),
    ],
  },
];
