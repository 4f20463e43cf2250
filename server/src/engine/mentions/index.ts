import { AnyFinding } from '../types';
import { applyCorrections, NoteText } from './corrections';
import { shareAttributes } from './shareAttributes';
import { resolvePlanReferents } from './planReferents';

export type { NoteText } from './corrections';

/**
 * Between the extractors and the case: one note's mentions read together. An addendum's
 * corrections replace what they retract, then the mentions of one entity share what the note
 * states about it, and an operation referred to without its name lends its booking to the plan
 * named. Returns the findings in note order.
 */
export function resolveMentions(findings: readonly AnyFinding[], note: NoteText): AnyFinding[] {
  const corrected = applyCorrections(findings, note);
  shareAttributes(corrected);
  return resolvePlanReferents(corrected);
}
