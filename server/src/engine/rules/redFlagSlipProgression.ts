import { parsDefects, slips } from './facts';
import { redFlagHits, redFlagHover } from './redFlag';
import { ALL_NOTES, defineRule, RuleContext } from './types';

const REFER = 'Refer for surgical consultation.';
const UNCOMMON_IF_ISTHMIC = 'Progression is uncommon in adults with a chronic isthmic slip, so confirm the studies are comparable.';
const SUPINE_READS_LESS = 'Supine MRI reads less slip than standing radiographs: compare measurements from the same kind of study.';

/** The slip is isthmic: stated so, or a chronic pars defect goes with it. */
function isthmic(ctx: RuleContext): boolean {
  return slips(ctx).some((f) => f.attributes.type === 'isthmic') || parsDefects(ctx, 'chronic').length > 0;
}

/** The note measures slips on both MRI and radiographs, so a change may be the position, not the spine. */
function mixedModalities(ctx: RuleContext): boolean {
  const modalities = new Set(slips(ctx).map((f) => f.attributes.modality));
  return modalities.has('MRI') && modalities.has('radiograph');
}

/** Only the caveats that apply to this note: the isthmic-slip one for an isthmic slip, the supine one when the studies differ. */
function advice(ctx: RuleContext): string {
  return [REFER, isthmic(ctx) && UNCOMMON_IF_ISTHMIC, mixedModalities(ctx) && SUPINE_READS_LESS].filter(Boolean).join(' ');
}

export const redFlagSlipProgression = defineRule({
  id: 'red-flag-slip-progression',
  title: 'Slip progression',
  description: 'A slip documented as progressed since a prior study calls for surgical consultation.',
  defaultSeverity: 'warning',
  citations: [5],
  noteTypes: ALL_NOTES,
  // An operative report records the surgery the consultation led to.
  notOnOperationPerformed: true,
  elective: false,
  check: (ctx) => redFlagHits(ctx, 'slipProgression', advice(ctx)),
  hover: (f, ctx) =>
    redFlagHover(
      ctx,
      f,
      'slipProgression',
      `slip progression calls for surgical consultation${isthmic(ctx) ? '; it is uncommon in adults with a chronic isthmic slip' : ''}.`,
      [5],
    ),
});
