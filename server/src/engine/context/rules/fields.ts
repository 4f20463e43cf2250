import { FieldRule } from '../rule';

/**
 * Template fields: "Fever: No", "Bowel/bladder incontinence: [ ] Yes [x] No", "wheeze - no",
 * "Nausea: denies". The answer after a label decides what the label's findings assert, whatever
 * the words around them say (context/fields.ts reads the field).
 */
export const FIELD_RULES: readonly FieldRule[] = [
  {
    id: 'field.no',
    category: 'absent',
    answers: ['no', 'n', 'none', 'negative', 'neg', 'denies', 'denied', 'deny', 'absent', 'not present', 'nil', '(-)', '-', 'not identified', 'not seen', 'none noted', 'none reported', 'not applicable', 'never'],
  },
  { id: 'field.yes', category: 'present', answers: ['yes', 'y', 'positive', 'pos', 'present', '(+)', '+', 'endorses', 'reports', 'admits'] },
];
