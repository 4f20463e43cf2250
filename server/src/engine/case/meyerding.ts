import { AttributeMap } from '../types';

/**
 * Meyerding grading, the one place that maps a slip to a grade: slip as a percentage of the AP
 * width of the lower vertebra's superior endplate. Grade 1 < 25 %, 2: 25-50 %, 3: 50-75 %,
 * 4: 75-100 %, 5 > 100 % (spondyloptosis), as RULES.md states it: a boundary value opens the
 * higher grade, except 100 %, which is still grade 4 (a vertebra slipped by its full width has
 * not yet slipped off).
 *
 * When a note gives only millimetres, the percentage is estimated with a typical endplate
 * width and always called approximate. On CT the L5 body is 35.7 +/- 3.5 mm deep (women about
 * 33, men about 37), so any width between 30 and 42 mm is plausible: a slip under 7.5 mm is
 * grade 1 for anyone, 7.5-10.5 mm is borderline. A stated grade and a stated millimetre value
 * are only inconsistent when no plausible width reconciles them. Supine MRI reads less slip
 * than standing radiographs, so measurements from different modalities are not compared.
 */

export const TYPICAL_ENDPLATE_WIDTH_MM = 35.7;
export const PLAUSIBLE_ENDPLATE_WIDTH_MM = { min: 30, max: 42 } as const;

/** Lower and upper percent bounds of each grade (index = grade - 1). */
export const GRADE_BOUNDS: ReadonlyArray<readonly [number, number]> = [
  [0, 25],
  [25, 50],
  [50, 75],
  [75, 100],
  [100, Infinity],
];
/** Percentage points of slack at grade boundaries ("grade 2 (24 %)" is a rounding, not an error). */
const BOUNDARY_SLACK = 1;

export function gradeForPercent(percent: number): number {
  // Grade 5 (spondyloptosis) is beyond 100 %: 100 % itself closes grade 4.
  if (percent === 100) return 4;
  const i = GRADE_BOUNDS.findIndex(([, hi]) => percent < hi);
  return i === -1 ? 5 : i + 1;
}

export function percentFromMm(mm: number, endplateWidthMm: number): number {
  return (mm / endplateWidthMm) * 100;
}

/** The widths a measurement may be judged against: the plausible adult range, widened to include the configured width. */
function widthRange(endplateWidthMm: number): [number, number] {
  return [Math.min(PLAUSIBLE_ENDPLATE_WIDTH_MM.min, endplateWidthMm), Math.max(PLAUSIBLE_ENDPLATE_WIDTH_MM.max, endplateWidthMm)];
}

/** Percent slip a millimetre value can mean across plausible endplate widths. */
export function plausiblePercentRange(mm: number, endplateWidthMm: number): [number, number] {
  const [narrow, wide] = widthRange(endplateWidthMm);
  return [percentFromMm(mm, wide), percentFromMm(mm, narrow)];
}

/** Grades a millimetre value can mean for some plausible endplate width. */
export function plausibleGradesForMm(mm: number, endplateWidthMm: number): number[] {
  const [lo, hi] = plausiblePercentRange(mm, endplateWidthMm);
  return [1, 2, 3, 4, 5].filter((g) => overlaps(g, lo, hi));
}

function overlaps(grade: number, lo: number, hi: number): boolean {
  const [glo, ghi] = GRADE_BOUNDS[grade - 1];
  return lo <= ghi + BOUNDARY_SLACK && hi >= glo - BOUNDARY_SLACK;
}

export function gradeAgreesWithPercent(grade: number, percent: number): boolean {
  return overlaps(grade, percent, percent);
}

export function gradeAgreesWithMm(grade: number, mm: number, endplateWidthMm: number): boolean {
  const [lo, hi] = plausiblePercentRange(mm, endplateWidthMm);
  return overlaps(grade, lo, hi);
}

export interface SlipEstimate {
  /** Stated grade, or the grade estimated from percent/mm. */
  grade: number | null;
  /** True when the grade comes from millimetres (approximate). */
  gradeApproximate: boolean;
  /** Stated percent, or estimated from mm with the configured width. */
  percent: number | null;
  percentApproximate: boolean;
  /** False when the stated grade disagrees with the stated percent or mm for every plausible width. */
  measuresAgree: boolean;
  /** Grade 1 whatever the patient's endplate width (stated grade 1 with agreeing measures, percent < 25, or mm < 7.5). */
  certainlyGrade1: boolean;
}

/** The grade and percent of one slip, with what is stated versus estimated. */
export function estimateSlip(attrs: AttributeMap['listhesis'], endplateWidthMm: number): SlipEstimate {
  const { grade, mm, percent } = attrs;
  const statedPercent = percent ?? null;
  const estPercent = statedPercent ?? (mm !== undefined ? percentFromMm(mm, endplateWidthMm) : null);
  const percentApproximate = statedPercent === null && estPercent !== null;
  let resolvedGrade: number | null = grade ?? null;
  let gradeApproximate = false;
  if (resolvedGrade === null && estPercent !== null) {
    resolvedGrade = gradeForPercent(estPercent);
    gradeApproximate = percentApproximate;
  }
  const measuresAgree =
    grade === undefined ||
    ((percent === undefined || gradeAgreesWithPercent(grade, percent)) &&
      (mm === undefined || gradeAgreesWithMm(grade, mm, endplateWidthMm)));
  const mmCertainlyGrade1 = mm !== undefined && gradeForPercent(plausiblePercentRange(mm, endplateWidthMm)[1]) === 1;
  const certainlyGrade1 = measuresAgree && (grade === 1 || (grade === undefined && (percent !== undefined ? gradeForPercent(percent) === 1 : mmCertainlyGrade1)));
  return { grade: resolvedGrade, gradeApproximate, percent: estPercent, percentApproximate, measuresAgree, certainlyGrade1 };
}
