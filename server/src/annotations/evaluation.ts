/**
 * The analyzer against gold: per kind and overall (micro-averaged), precision, recall and F1 under
 * four matchings — exact or overlapping spans, without or with the assertion and attributes — and
 * the disagreements, from the overlap pairing (which prefers pairs that agree on attributes).
 */
import { pairSpans, SpanMode } from './matching';
import { SpanAnnotation } from './spans';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** null when undefined (nothing found, nothing in gold). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export const MATCHINGS = ['exact', 'overlap', 'exactAttributes', 'overlapAttributes'] as const;
export type Matching = (typeof MATCHINGS)[number];

export interface KindScores {
  gold: number;
  found: number;
  scores: Record<Matching, Prf>;
}

export interface Disagreement {
  /** Index of the document in the input. */
  document: number;
  type: 'missed' | 'spurious' | 'mismatch';
  kind: string;
  gold?: SpanAnnotation;
  found?: SpanAnnotation;
  /** For a mismatch: "span", "assertion", and each attribute that differs. */
  differences: string[];
}

export interface Evaluation {
  kinds: Record<string, KindScores>;
  overall: KindScores;
  disagreements: Disagreement[];
}

export interface EvalDocument {
  gold: readonly SpanAnnotation[];
  found: readonly SpanAnnotation[];
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

export function prf(tp: number, fp: number, fn: number): Prf {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

const MODES: Record<Matching, { mode: SpanMode; withAttributes: boolean }> = {
  exact: { mode: 'exact', withAttributes: false },
  overlap: { mode: 'overlap', withAttributes: false },
  exactAttributes: { mode: 'exact', withAttributes: true },
  overlapAttributes: { mode: 'overlap', withAttributes: true },
};

type Tally = { gold: number; found: number; counts: Record<Matching, { tp: number; fp: number; fn: number }> };

function emptyTally(): Tally {
  const counts = {} as Tally['counts'];
  for (const m of MATCHINGS) counts[m] = { tp: 0, fp: 0, fn: 0 };
  return { gold: 0, found: 0, counts };
}

/** What differs between a gold span and the analyzer's finding paired with it. */
export function differences(gold: SpanAnnotation, found: SpanAnnotation): string[] {
  const out: string[] = [];
  if (gold.start !== found.start || gold.end !== found.end) out.push('span');
  if (gold.assertion !== found.assertion) out.push('assertion');
  const names = new Set([...Object.keys(gold.attributes), ...Object.keys(found.attributes)]);
  for (const name of [...names].sort()) if (gold.attributes[name] !== found.attributes[name]) out.push(name);
  return out;
}

export function evaluate(documents: readonly EvalDocument[]): Evaluation {
  const tallies = new Map<string, Tally>();
  const tally = (kind: string) => tallies.get(kind) ?? (tallies.set(kind, emptyTally()).get(kind) as Tally);
  const disagreements: Disagreement[] = [];
  documents.forEach((doc, document) => {
    for (const s of doc.gold) tally(s.kind).gold++;
    for (const s of doc.found) tally(s.kind).found++;
    for (const m of MATCHINGS) {
      const p = pairSpans(doc.gold, doc.found, { ...MODES[m], preferSameAttributes: true });
      for (const [gi] of p.pairs) tally(doc.gold[gi].kind).counts[m].tp++;
      for (const gi of p.onlyA) tally(doc.gold[gi].kind).counts[m].fn++;
      for (const fi of p.onlyB) tally(doc.found[fi].kind).counts[m].fp++;
      if (m !== 'overlap') continue;
      for (const gi of p.onlyA) disagreements.push({ document, type: 'missed', kind: doc.gold[gi].kind, gold: doc.gold[gi], differences: [] });
      for (const fi of p.onlyB) disagreements.push({ document, type: 'spurious', kind: doc.found[fi].kind, found: doc.found[fi], differences: [] });
      for (const [gi, fi] of p.pairs) {
        const diff = differences(doc.gold[gi], doc.found[fi]);
        if (diff.length > 0) disagreements.push({ document, type: 'mismatch', kind: doc.gold[gi].kind, gold: doc.gold[gi], found: doc.found[fi], differences: diff });
      }
    }
  });
  const scoresOf = (t: Tally): KindScores => {
    const scores = {} as Record<Matching, Prf>;
    for (const m of MATCHINGS) scores[m] = prf(t.counts[m].tp, t.counts[m].fp, t.counts[m].fn);
    return { gold: t.gold, found: t.found, scores };
  };
  const all = emptyTally();
  const kinds: Record<string, KindScores> = {};
  for (const kind of [...tallies.keys()].sort()) {
    const t = tallies.get(kind) as Tally;
    kinds[kind] = scoresOf(t);
    all.gold += t.gold;
    all.found += t.found;
    for (const m of MATCHINGS) for (const k of ['tp', 'fp', 'fn'] as const) all.counts[m][k] += t.counts[m][k];
  }
  const at = (d: Disagreement) => (d.gold ?? d.found) as SpanAnnotation;
  disagreements.sort((x, y) => x.document - y.document || at(x).start - at(y).start || at(x).end - at(y).end || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
  return { kinds, overall: scoresOf(all), disagreements };
}
