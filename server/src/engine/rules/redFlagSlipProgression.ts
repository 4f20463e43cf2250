import { redFlagHits, redFlagHover } from './redFlag';
import { ALL_NOTES, defineRule } from './types';

const ADVICE =
  'Refer for surgical consultation. Progression is uncommon in adults with a chronic isthmic slip, so confirm the studies are comparable (supine MRI reads less slip than standing radiographs).';

export const redFlagSlipProgression = defineRule({
  id: 'red-flag-slip-progression',
  title: 'Slip progression',
  description: 'A slip documented as progressed since a prior study calls for surgical consultation.',
  defaultSeverity: 'warning',
  citations: [5],
  noteTypes: ALL_NOTES,
  elective: false,
  check: (ctx) => redFlagHits(ctx, 'slipProgression', ADVICE),
  hover: (f, ctx) =>
    redFlagHover(ctx, f, 'slipProgression', 'slip progression calls for surgical consultation; it is uncommon in adults with a chronic isthmic slip.', [5]),
});
