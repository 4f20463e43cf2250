import { ContextRule } from '../rule';
import { combine } from './combine';

/** Pseudo-triggers: phrases that look like triggers but are not ("no interval change", "without contrast"). They are
 * matched first, so the words inside them never negate or hedge. */
export const PSEUDO_RULES: readonly ContextRule[] = [
  {
    id: 'pseudo',
    category: 'pseudo',
    literals: [
      'no significant interval change', 'no significant change', 'no interval change', 'no change',
      'no definite change', 'no appreciable change', 'no substantial change', 'no interval progression',
      'no significant progression', 'no increase', 'no significant increase', 'no interval increase', 'without change',
      'without interval change', 'without contrast', 'without iv contrast', 'without and with contrast',
      'with and without contrast', 'w/o contrast', 'without gadolinium', 'without significant change', 'not only',
      'not significantly changed', 'not changed', 'unchanged', 'not certain whether', 'no longer appears',
      'gram negative', 'not necessarily', 'not limited to', 'no other', 'without difficulty', 'not been able to work',
      'not able to work', 'unable to work', 'not been able to', 'not able to', 'no relief', 'no significant relief',
      'no improvement', 'no significant improvement', 'without relief', 'without improvement',
      'without significant relief', 'without lasting relief', 'not helped', 'not improved', 'did not help',
      'did not improve', 'has not helped', 'have not helped', 'not tolerate', 'not tolerated', 'did not tolerate',
      'no benefit', 'without benefit', 'not effective', 'not working', 'failed to improve', 'not responded',
      'no response', 'not respond', 'did not respond', 'no lasting relief', 'no sustained relief', 'no better',
      'not better', 'prior study', 'prior studies', 'prior exam', 'prior examination', 'prior mri', 'prior imaging',
      'prior ct', 'prior radiograph', 'prior radiographs', 'prior films', 'prior to', 'previous study', 'previous exam',
      'previous examination', 'previous mri', 'previous imaging', 'previous ct', 'previous radiographs',
      'no acute distress', 'not in distress',
      // A time or a hedge, not a denial: "TLIF is not scheduled until April", "fusion is not without risk".
      'not until', 'not scheduled until', 'not planned until', 'not without',
    ],
  },
  // Denying a cause leaves the condition: "the fall was not the cause of her headache".
  {
    id: 'pseudo.notTheCause',
    category: 'pseudo',
    literals: [
      'not the cause of', 'not the source of', 'not the reason for', 'not responsible for',
      'is not the cause of', 'was not the cause of', 'are not the cause of', 'were not the cause of', 'is not the source of',
      'was not the source of', 'is not responsible for', 'was not responsible for',
    ],
  },
  // A negated change, a double negation or a negated relation leaves the finding there.
  {
    id: 'pseudo.negatedChange',
    category: 'pseudo',
    literals: [
      'no worsening', 'no worsening of', 'no decrease', 'no decrease in', 'no significant decrease', 'no reduction in',
      'not without', 'did not deny', 'does not deny', 'not all of', 'not all', 'not related to', 'is not related to',
      'was not related to', 'are not related to', 'not due to', 'is not due to', 'not positional', 'is not positional',
      'not exertional', 'is not exertional', 'if anything',
      // Double negations: "cannot walk without pain", "no doubt that this is cellulitis".
      ...combine(['cannot', 'can not', "can't", 'unable to'], ['* without', '* * without']), 'no doubt', 'without a doubt', 'no question that',
    ],
  },
  // Headings that contain trigger words.
  {
    id: 'pseudo.headings',
    category: 'pseudo',
    literals: ['none since', 'gives a history of', 'gave a history of', 'history of present illness', 'history of the present illness', 'history of presenting illness', 'history of present complaint'],
  },
  // The current illness's length: "a two-week history of hematochezia", "3 day history of cough".
  {
    id: 'pseudo.illnessLength',
    category: 'pseudo',
    literals: ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months'].map((unit) => `${unit} history of`),
  },
];
