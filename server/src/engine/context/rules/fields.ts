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
  // "Bowel/bladder: normal", "Gait: WNL": a function found normal is its abnormality's absence.
  {
    id: 'field.normal',
    category: 'absent',
    answers: [
      'normal', 'nl', 'wnl', 'within normal limits', 'within normal limit', 'intact', 'grossly normal', 'grossly intact', 'unremarkable',
      'continent', 'no changes', 'no change', 'normal function', 'functioning normally',
    ],
  },
  // "Bowel/bladder: abnormal", "Depression screen: abnormal": the function or screen found abnormal.
  { id: 'field.abnormal', category: 'present', answers: ['abnormal', 'abn', 'impaired', 'dysfunctional'] },
  { id: 'field.yes', category: 'present', answers: ['yes', 'y', 'positive', 'pos', 'present', '(+)', '+', 'endorses', 'reports', 'admits', 'current', 'currently'] },
  // "Tobacco use: [ ] Current [x] Former [ ] Never": the ticked option tells a past state.
  { id: 'field.former', category: 'historical', answers: ['former', 'past', 'previous', 'prior', 'quit', 'resolved', 'remote', 'ex'] },
  // "Progressive neurologic deficit: ***", "Saddle anesthesia:" left empty: the template's blank, not an answer.
  { id: 'field.placeholder', category: 'unanswered', answers: ['***', '**', '*', '****', '___', '__', '_', '?', '??', 'n/a', 'na', '[ ]', '\u2610', 'not performed', 'not done', 'not assessed', 'not tested', 'deferred', 'unknown', 'unk', 'unsure', 'not sure', 'uncertain', 'unable to assess', 'not applicable'] },
];

/**
 * A row of a table with time columns ("Symptom | Prior (03/2025) | Current") answered yes in a past
 * column and no (or nothing) in the current one: it was there and is over, as "resolved" is.
 */
export const PAST_ONLY_ANSWER = { id: 'field.pastAnswerOnly', category: 'historical', answers: [] } as const satisfies FieldRule;

/** Boxes as templates write them, lower case: ticked and empty. */
export const TICKED_BOXES: readonly string[] = ['[x]', '(x)', '\u2612', '\u2611', '\u2714', '\u2713', '[v]', '[*]'];
export const EMPTY_BOXES: readonly string[] = ['[ ]', '[]', '( )', '\u2610'];
/** What a table cell holds when it ticks its column ("| Urinary retention |     |  X  |"): a ticked box or a mark alone. */
export const TICK_MARKS: readonly string[] = [...TICKED_BOXES, 'x', '\u2714', '\u2713', '\u2611', '\u2612'];
/** Labels before a list of boxes that make a ticked item denied ("Denies: [x] saddle anesthesia"). */
export const DENIAL_LABELS: readonly string[] = ['denies', 'denied', 'negative for', 'no', 'absent', 'none of the following'];

/**
 * A checklist item: the box right before the finding. Ticked is present, empty is absent ("PRIOR
 * TREATMENT (check all that apply): [ ] Bracing"); after a denial label ticked is denied and empty
 * says nothing ("Denies: [x] fever [ ] bowel incontinence").
 */
export const CHECKBOX_RULES = {
  ticked: { id: 'field.tickedItem', category: 'present', answers: [] },
  empty: { id: 'field.emptyItem', category: 'absent', answers: [] },
  denied: { id: 'field.deniedItem', category: 'absent', answers: [] },
  /**
   * An empty box among a field's options, the finding in its option ("Smoking status: [ ] Current every
   * day smoker [X] Former smoker", "Tobacco use: [ ] Never smoker [x] Former smoker"), or in a denial's
   * list ("Denies: [x] fever [ ] bowel incontinence"): an option not chosen, which asserts nothing about its words.
   */
  emptyOption: { id: 'field.emptyOption', category: 'unanswered', answers: [] },
} as const satisfies Record<string, FieldRule>;
