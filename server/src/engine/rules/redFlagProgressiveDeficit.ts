import { redFlagHits, redFlagHover, URGENT_EVALUATION } from './redFlag';
import { ALL_NOTES, defineRule } from './types';

export const redFlagProgressiveDeficit = defineRule({
  id: 'red-flag-progressive-deficit',
  title: 'Progressive neurological deficit',
  description: 'A progressive neurological deficit (worsening weakness, new foot drop) needs urgent surgical evaluation.',
  defaultSeverity: 'error',
  citations: [3],
  noteTypes: ALL_NOTES,
  // An operative report's red flag is the indication of the operation it records: the evaluation is done.
  notOnOperationPerformed: true,
  elective: false,
  check: (ctx) => redFlagHits(ctx, 'progressiveDeficit', URGENT_EVALUATION),
  hover: (f, ctx) => redFlagHover(ctx, f, 'progressiveDeficit', 'a progressive neurological deficit needs urgent surgical evaluation.', [3]),
});
