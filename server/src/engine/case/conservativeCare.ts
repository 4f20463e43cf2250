import { daysBetween } from '../normalize/dates';
import { shiftDays } from '../normalize/durations';
import { AnyFinding, Finding, TherapyResponse } from '../types';
import { isNegated, isPresent, ofKind } from './findings';

type Therapy = Finding<'conservativeTherapy'>;

/**
 * Days of care, conventions:
 * - A course the note dates (`startDate` / `endDate`) holds those days: courses one after another add up,
 *   overlapping ones count once ("PT in January-February, then the drugs in March-April": the union of their spans).
 * - A course whose dates are wider than its duration ("two courses of PT, 6 weeks each (October-November 2025 and
 *   March-April 2026)": 84 days somewhere in seven months) cannot be placed exactly: it adds the fewest days it can,
 *   overlapping first the days other courses hold within its dates (never over-count care, as normalize/durations.ts).
 *   Courses with the same dates and duration (a list of drugs taken together) are one.
 * - An undated course (a duration, no dates) overlaps the others, as modalities usually run together:
 *   the days are the longest undated course or the dated courses' union, whichever is longer.
 */

/** Conservative care of the current episode, as the case counts it. */
export interface EpisodeCare {
  /**
   * Care received in this episode: present, completed or ongoing. A remote course ("PT in
   * 2012", "a brace in high school") is history, not this episode's care; planned care is not care yet.
   */
  received: readonly Therapy[];
  /** Days of care so far: the union of the dated courses, or the longest undated one (see the conventions above). */
  days: number;
  /** The note says something about care: some received, or its absence ("has not had PT"). */
  documented: boolean;
  /** The worst response reported: none, else partial, else good; null when none is stated. */
  response: TherapyResponse | null;
  /**
   * Received treatments whose duration the note never gives: the first undated mention of each
   * treatment (modality and drug) that no other mention dates.
   */
  undated: readonly Therapy[];
  /**
   * Undated mentions that restate a treatment already told: the medication list's "Ibuprofen
   * 600 mg TID" beside "ibuprofen for 2 months", or a second undated mention. The same course, listed once.
   */
  repeats: readonly Therapy[];
}

/** What makes two mentions the same treatment: "physicalTherapy", "medication:ibuprofen". */
export function treatmentKey(f: Therapy): string {
  return f.attributes.drug ? `${f.attributes.modality}:${f.attributes.drug}` : f.attributes.modality;
}

export function episodeCare(findings: readonly AnyFinding[]): EpisodeCare {
  const therapies = ofKind(findings, 'conservativeTherapy');
  const received = therapies.filter((f) => isPresent(f) && f.attributes.status !== 'planned');
  let days = datedDays(received);
  for (const f of received) if (!f.attributes.startDate && !f.attributes.endDate) days = Math.max(days, f.attributes.durationDays ?? 0);
  const responses = new Set(received.map((f) => f.attributes.response));
  const response: TherapyResponse | null = responses.has('none') ? 'none' : responses.has('partial') ? 'partial' : responses.has('good') ? 'good' : null;
  // Each treatment's undated mentions after the first add nothing, nor do any when another mention dates it.
  const dated = new Set(received.filter((f) => f.attributes.durationDays !== undefined).map(treatmentKey));
  const seen = new Set<string>();
  const undated: Therapy[] = [];
  const repeats: Therapy[] = [];
  for (const f of received) {
    if (f.attributes.durationDays !== undefined) continue;
    const key = treatmentKey(f);
    if (dated.has(key) || seen.has(key)) repeats.push(f);
    else undated.push(f);
    seen.add(key);
  }
  return {
    received,
    days,
    documented: received.length > 0 || therapies.some(isNegated),
    response,
    undated,
    repeats,
  };
}

interface Period {
  start: string;
  /** Exclusive. */
  end: string;
  days: number;
}

/** A dated course's dates and days: a start or an end alone is placed by its duration. */
function periodOf(f: Therapy): Period | undefined {
  const { startDate, endDate, durationDays } = f.attributes;
  if (!startDate && !endDate) return undefined;
  const days = durationDays ?? (startDate && endDate ? daysBetween(startDate, endDate) : 0);
  if (!(days > 0)) return undefined;
  const start = startDate ?? shiftDays(endDate as string, -days);
  const end = endDate && startDate ? endDate : shiftDays(start, days);
  return { start, end: daysBetween(start, end) < days ? shiftDays(start, days) : end, days };
}

/** The union of the dated courses' days: the tightest course first; each overlaps what is held within its dates, then takes its first free days. */
function datedDays(received: readonly Therapy[]): number {
  const periods = new Map<string, Period>();
  for (const f of received) {
    const p = periodOf(f);
    if (p) periods.set(`${p.start}/${p.end}/${p.days}`, p);
  }
  const slack = (p: Period) => daysBetween(p.start, p.end) - p.days;
  const held = new Set<number>();
  for (const p of [...periods.values()].sort((a, b) => slack(a) - slack(b) || a.start.localeCompare(b.start))) {
    const first = Date.parse(`${p.start}T00:00:00Z`) / 86_400_000;
    const span = daysBetween(p.start, p.end);
    let taken = 0;
    for (let day = first; day < first + span && taken < p.days; day++) if (held.has(day)) taken++;
    for (let day = first; day < first + span && taken < p.days; day++) {
      if (held.has(day)) continue;
      held.add(day);
      taken++;
    }
  }
  return held.size;
}
