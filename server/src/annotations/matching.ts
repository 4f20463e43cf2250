/**
 * One-to-one pairing of two sets of span annotations (analyzer vs gold, annotator A vs B): same
 * kind, and either the same offsets (exact) or overlapping ones (overlap); optionally the same
 * assertion and attributes too. Greedy over the candidate pairs, best first: same attributes (when
 * preferred), then exact, then the longest overlap, then document order.
 */
import { sameAttributes, SpanAnnotation } from './spans';

export type SpanMode = 'exact' | 'overlap';

export interface Pairing {
  /** Index into `a`, index into `b`. */
  pairs: Array<[number, number]>;
  onlyA: number[];
  onlyB: number[];
}

export interface PairOptions {
  mode: SpanMode;
  /** Pairs must agree on assertion and attributes too. */
  withAttributes?: boolean;
  /** Among spans that could pair, prefer the ones that agree on attributes. */
  preferSameAttributes?: boolean;
}

interface Candidate {
  ai: number;
  bi: number;
  same: boolean;
  exact: boolean;
  overlap: number;
}

export function pairSpans(a: readonly SpanAnnotation[], b: readonly SpanAnnotation[], options: PairOptions): Pairing {
  const byStart = (xs: readonly SpanAnnotation[]) => xs.map((_, i) => i).sort((i, j) => xs[i].start - xs[j].start || xs[i].end - xs[j].end);
  const bOrder = byStart(b);
  const candidates: Candidate[] = [];
  for (const ai of byStart(a)) {
    const x = a[ai];
    for (const bi of bOrder) {
      const y = b[bi];
      if (y.start > x.end) break;
      if (y.kind !== x.kind) continue;
      const exact = y.start === x.start && y.end === x.end;
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      // Empty spans overlap only what they sit strictly inside of, or their exact twin.
      if (options.mode === 'exact' ? !exact : !exact && overlap <= 0) continue;
      const same = sameAttributes(x, y);
      if (options.withAttributes && !same) continue;
      candidates.push({ ai, bi, same, exact, overlap });
    }
  }
  const prefer = options.preferSameAttributes ?? false;
  candidates.sort((p, q) => (prefer ? Number(q.same) - Number(p.same) : 0) || Number(q.exact) - Number(p.exact) || q.overlap - p.overlap || p.ai - q.ai || p.bi - q.bi);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedA.has(c.ai) || usedB.has(c.bi)) continue;
    usedA.add(c.ai);
    usedB.add(c.bi);
    pairs.push([c.ai, c.bi]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  return { pairs, onlyA: a.map((_, i) => i).filter((i) => !usedA.has(i)), onlyB: b.map((_, i) => i).filter((i) => !usedB.has(i)) };
}
