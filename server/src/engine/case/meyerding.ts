/**
 * Meyerding grade from percent slip: 1 < 25 %, 2: 25-50 %, 3: 50-75 %, 4: 75-100 %, 5 > 100 %.
 * Percent = slip / AP width of the lower vertebra's superior endplate.
 */
export function gradeFromPercent(percent: number): number {
  if (percent < 25) return 1;
  if (percent < 50) return 2;
  if (percent < 75) return 3;
  if (percent <= 100) return 4;
  return 5;
}

export function percentFromMm(mm: number, endplateWidthMm: number): number {
  return Math.round((mm / endplateWidthMm) * 1000) / 10;
}
