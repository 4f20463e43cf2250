import { caseBasis } from '../case/buildCase';
import { Finding } from '../types';
import { formatDuration, formatMonths, listJoin, THERAPY_LABEL } from './describe';
import { isPhysicalTherapy, therapyPlanned } from './facts';
import { RuleContext } from './types';

/** Conservative care so far, against the configured minimum. Shared by rules, summary and hovers. */
export interface CareStatus {
  /** Days of completed or ongoing care (from the case: the longest episode). */
  days: number;
  /** The minimum in days, from the case: a month counted as four weeks (3 months: 84 days). */
  minimumDays: number;
  minimumMonths: number;
  /** The minimum duration is reached. */
  durationMet: boolean;
  /** Care of the current episode, as the case counts it (a remote course is history). */
  received: readonly Finding<'conservativeTherapy'>[];
  planned: Finding<'conservativeTherapy'>[];
  /** Received treatments whose duration the note never gives (each once; see case/conservativeCare.ts). */
  undated: readonly Finding<'conservativeTherapy'>[];
  /** Undated mentions that restate a treatment already told (the medication list's copy): listed once. */
  repeats: readonly Finding<'conservativeTherapy'>[];
  /** Structured physical therapy is among the care received. */
  physicalTherapy: boolean;
  /**
   * How care went: 'failed' when the note reports no or only partial relief and never good
   * relief, 'helping' when only good relief is reported, 'mixed' when both, null when not stated.
   */
  outcome: 'failed' | 'helping' | 'mixed' | null;
}

export function careStatus(ctx: RuleContext): CareStatus {
  const care = caseBasis(ctx.case, ctx.findings).care;
  const received = care.received;
  const minimumMonths = ctx.options.conservativeCareMinimumMonths;
  const minimumDays = ctx.case.conservativeCareMinimumDays;
  const days = Math.max(0, ctx.case.conservativeCareDays || 0);
  const responses = new Set(received.map((f) => f.attributes.response).filter((r) => r !== undefined));
  const poor = responses.has('none') || responses.has('partial');
  const good = responses.has('good');
  return {
    days,
    minimumDays,
    minimumMonths,
    durationMet: days >= minimumDays,
    received,
    planned: therapyPlanned(ctx),
    undated: care.undated,
    repeats: care.repeats,
    physicalTherapy: received.some(isPhysicalTherapy),
    outcome: poor && good ? 'mixed' : poor ? 'failed' : good ? 'helping' : null,
  };
}

/** Minimum in weeks, for short displays ("6/12 wk"). */
export function minimumWeeks(status: Pick<CareStatus, 'minimumDays'>): number {
  return Math.round(status.minimumDays / 7);
}

/**
 * Weeks of care so far, for every display of care against the minimum ("9 of 12 weeks",
 * "conservative 9/12 wk"): whole weeks, because notes state care in weeks and months and a
 * month read as 30 days makes fractions the note never wrote (2 months = 8.6 weeks); rounded to
 * the nearest week, but never up to the minimum when the minimum is not reached.
 */
export function weeksSoFar(status: Pick<CareStatus, 'days' | 'minimumDays' | 'durationMet'>): number {
  const weeks = Math.round(status.days / 7);
  const minimum = minimumWeeks(status);
  return !status.durationMet && weeks >= minimum ? Math.max(0, minimum - 1) : weeks;
}

/** "physical therapy and bracing". */
export function plannedKinds(status: CareStatus): string {
  return listJoin([...new Set(status.planned.map((f) => THERAPY_LABEL[f.attributes.modality]))]);
}

/**
 * Conservative care so far, to follow "conservative care so far:" —
 * "6 weeks of the 3-month minimum", "4 months (3-month minimum reached)",
 * "physical therapy, duration not stated (3-month minimum)", "none documented (3-month minimum)".
 */
export function careSoFar(status: CareStatus): string {
  const min = `${formatMonths(status.minimumMonths)} minimum`;
  if (status.received.length === 0) return status.planned.length ? `none yet, ${plannedKinds(status)} planned (${min})` : `none documented (${min})`;
  if (status.days === 0) {
    const kinds = listJoin([...new Set(status.undated.map((f) => THERAPY_LABEL[f.attributes.modality]))]);
    return `${kinds}, duration not stated (${min})`;
  }
  return status.durationMet ? `${formatDuration(status.days)} (${min} reached)` : `${formatDuration(status.days)} of the ${min}`;
}
