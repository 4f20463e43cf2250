import { Case } from '../../../../engine';

/** One bar of the conservative-care histogram: [from, to) days (to null: and more). */
export interface CareBin {
  label: string;
  from: number;
  to: number | null;
  notes: number;
  /** The bin lies below the minimum. */
  below: boolean;
}

export interface CareDistribution {
  /** Notes counted: care documented, or surgery discussed. */
  notes: number;
  /** The minimum the bins are drawn against (the most common one), in days. */
  minimumDays: number;
  /** Other minimums seen (settings differ between folders). */
  otherMinimums: number[];
  /** Notes below their own minimum. */
  belowMinimum: number;
  bins: CareBin[];
}

const weeks = (days: number) => String(Math.round((days / 7) * 10) / 10);

/**
 * Documented conservative-care days against the minimum, counted as the notes go by (memory:
 * one counter per distinct minimum and day count). A note counts when it documents care or
 * discusses surgery: an imaging report or a note with neither says nothing about care.
 */
export class CareDurations {
  private readonly byMinimum = new Map<number, Map<number, number>>();

  add(c: Pick<Case, 'conservativeCareDays' | 'conservativeCareMinimumDays' | 'surgeryDiscussed' | 'noteType'>): void {
    if (c.noteType === 'imaging' || (c.conservativeCareDays <= 0 && !c.surgeryDiscussed)) return;
    let days = this.byMinimum.get(c.conservativeCareMinimumDays);
    if (!days) this.byMinimum.set(c.conservativeCareMinimumDays, (days = new Map()));
    days.set(c.conservativeCareDays, (days.get(c.conservativeCareDays) ?? 0) + 1);
  }

  /** Bins of a third of the minimum up to twice the minimum, "none documented" first, then "and more". */
  distribution(): CareDistribution {
    const totals = [...this.byMinimum].map(([min, days]) => [min, [...days.values()].reduce((a, b) => a + b, 0)] as const);
    totals.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (totals.length === 0) return { notes: 0, minimumDays: 0, otherMinimums: [], belowMinimum: 0, bins: [] };
    const minimumDays = totals[0][0];
    const step = minimumDays / 3;
    const bins: CareBin[] = [{ label: 'none', from: 0, to: 0, notes: 0, below: true }];
    for (let i = 0; i < 6; i++) bins.push({ label: `${weeks(i * step)}–${weeks((i + 1) * step)}`, from: i * step, to: (i + 1) * step, notes: 0, below: i < 3 });
    bins.push({ label: `≥ ${weeks(2 * minimumDays)}`, from: 2 * minimumDays, to: null, notes: 0, below: false });
    let notes = 0;
    let belowMinimum = 0;
    for (const [min, days] of this.byMinimum) {
      for (const [d, count] of days) {
        notes += count;
        if (d < min) belowMinimum += count;
        const bin = d <= 0 ? bins[0] : bins.find((b, i) => i > 0 && (b.to === null || d < b.to))!;
        bin.notes += count;
      }
    }
    return { notes, minimumDays, otherMinimums: totals.slice(1).map((t) => t[0]), belowMinimum, bins };
  }
}
