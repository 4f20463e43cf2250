/**
 * Cohen's kappa for two raters labelling the same items: (po - pe) / (1 - pe), po the share of
 * items they label alike, pe the share expected by chance from each rater's own label frequencies.
 */
export interface Kappa {
  /** Items both rated. */
  n: number;
  /** Observed agreement po (null with no items). */
  observed: number | null;
  /** Chance agreement pe. */
  expected: number | null;
  /** null when undefined: no items, or both raters gave every item one and the same label (pe = 1). */
  kappa: number | null;
}

export function cohenKappa(labels: ReadonlyArray<readonly [string, string]>): Kappa {
  const n = labels.length;
  if (n === 0) return { n, observed: null, expected: null, kappa: null };
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of labels) {
    if (a === b) agree++;
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  const observed = agree / n;
  let expected = 0;
  for (const [label, ca] of countA) expected += (ca / n) * ((countB.get(label) ?? 0) / n);
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { n, observed, expected, kappa };
}
