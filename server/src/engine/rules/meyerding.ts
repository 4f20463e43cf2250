/**
 * The Meyerding arithmetic lives in case/meyerding.ts. This re-export only keeps
 * lsp/inlayHints.ts compiling until it imports from case/ directly; nothing in engine/ uses it.
 */
export { gradeForPercent, percentFromMm, TYPICAL_ENDPLATE_WIDTH_MM } from '../case/meyerding';
