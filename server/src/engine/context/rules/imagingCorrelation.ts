import { ContextRule } from '../rule';

/**
 * Rules for a documented correlation of symptoms and imaging. The extractor's head is the second
 * side of the comparison, so the words before it negate: "symptoms do not correlate with the
 * [imaging]" (negation.forward), and the words below.
 */
export const IMAGING_CORRELATION_RULES: readonly ContextRule[] = [
  // "correlate poorly with symptoms", "discordant with the MRI" ("lack of", "doesn't" are general negations).
  {
    id: 'imagingCorrelation.disagreement',
    category: 'absent',
    direction: 'forward',
    maxScope: 6,
    allowedKinds: ['imagingCorrelation'],
    literals: [
      'poorly', 'poor', 'weakly', 'loosely', 'discordant', 'discordance', 'inconsistent', 'inconsistently',
      // Not a hedge here: "does not necessarily correlate with the imaging" denies the correlation.
      'not necessarily',
    ],
  },
];
