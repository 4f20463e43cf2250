import { redFlagHits, redFlagHover, URGENT_EVALUATION } from './redFlag';
import { ALL_NOTES, defineRule } from './types';

export const redFlagCaudaEquina = defineRule({
  id: 'red-flag-cauda-equina',
  title: 'Cauda equina symptoms',
  description: 'Cauda equina symptoms (saddle anesthesia, urinary retention or incontinence, bowel incontinence, reduced rectal tone) need urgent surgical evaluation.',
  defaultSeverity: 'error',
  citations: [3],
  noteTypes: ALL_NOTES,
  // An operative report's red flag is the indication of the operation it records: the evaluation is done.
  notOnOperationPerformed: true,
  elective: false,
  check: (ctx) => redFlagHits(ctx, 'caudaEquina', URGENT_EVALUATION),
  hover: (f, ctx) => redFlagHover(ctx, f, 'caudaEquina', 'cauda equina symptoms need urgent surgical evaluation.', [3]),
});
