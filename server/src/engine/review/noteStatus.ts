import { Case, SurgicalProcedure } from '../types';

/**
 * Where a reviewed note stands, for an auditor's work list: decided once, here, from the note's
 * case and diagnostics, for the editor's Review view and the command-line audit alike. In order of
 * precedence: a note with a red flag is a red flag whatever else it says.
 */
export type NoteStatus = 'redFlag' | 'prematureFusionPlan' | 'needsQuery' | 'consistent';

export const NOTE_STATUSES: readonly NoteStatus[] = ['redFlag', 'prematureFusionPlan', 'needsQuery', 'consistent'];

export const NOTE_STATUS_LABEL: Readonly<Record<NoteStatus, string>> = {
  redFlag: 'Red flag',
  prematureFusionPlan: 'Premature fusion plan',
  needsQuery: 'Needs a query',
  consistent: 'Consistent',
};

const FUSION: ReadonlySet<SurgicalProcedure> = new Set(['fusion', 'decompressionAndFusion']);

/** A present fusion plan (scheduled or recommended), as the audit summary counts them. */
export function plansFusion(c: Pick<Case, 'surgeryPlanned' | 'plannedProcedure'>): boolean {
  return c.surgeryPlanned && c.plannedProcedure !== null && FUSION.has(c.plannedProcedure);
}

/** The rule whose warning on a present plan says conservative care comes first. */
const CONSERVATIVE_FIRST = 'conservative-first';

/**
 * - red flag: the case holds a present red flag (even with the red-flag rules turned off);
 * - premature fusion plan: a fusion plan is scheduled or recommended and conservative-first
 *   reports that care has not yet reached the minimum;
 * - needs a query: some diagnostic offers a physician query (a documentation gap);
 * - consistent: none of these.
 */
export function noteStatus(c: Pick<Case, 'redFlags' | 'surgeryPlanned' | 'plannedProcedure'>, diagnostics: ReadonlyArray<{ code: string; query?: string }>): NoteStatus {
  if (c.redFlags.length > 0) return 'redFlag';
  if (plansFusion(c) && diagnostics.some((d) => d.code === CONSERVATIVE_FIRST)) return 'prematureFusionPlan';
  if (diagnostics.some((d) => !!d.query)) return 'needsQuery';
  return 'consistent';
}
