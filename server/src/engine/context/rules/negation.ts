import { ContextRule } from '../rule';

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
      'rules out', 'ruled out for', 'resolution of', 'no longer has', 'no new', 'is not', 'are not', 'was not',
      'were not', 'not demonstrate', 'not demonstrated', 'fails to reveal', 'failed to reveal', 'no focal', 'no gross',
      'not seen', 'non', 'nil', 'none', 'not have', 'doesn\'t have', 'does not have',
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
      'excluded', 'none', 'unremarkable', 'not found', 'is not', 'are not', 'denied',
    ],
  },
];
