/**
 * Inter-annotator agreement between two annotators A and B over the same notes: per kind and
 * overall, span F1 (2 · matched / (|A| + |B|), exact and overlap), the spans left unmatched, and
 * Cohen's kappa over the overlap-matched spans on the assertion and on each attribute (an attribute
 * one side does not state counts as the label "(not stated)").
 */
import { cohenKappa, Kappa } from './kappa';
import { pairSpans } from './matching';
import { SpanAnnotation } from './spans';

export const NOT_STATED = '(not stated)';

export interface SpanAgreement {
  matched: number;
  /** null when neither annotator has a span. */
  f1: number | null;
}

export interface KindAgreement {
  a: number;
  b: number;
  exact: SpanAgreement;
  overlap: SpanAgreement;
  /** Spans of A (of B) that no span of B (of A) overlaps. */
  onlyA: number;
  onlyB: number;
  assertion: Kappa;
  attributes: Record<string, Kappa>;
}

export interface Agreement {
  kinds: Record<string, KindAgreement>;
  overall: KindAgreement;
}

export interface AgreementDocument {
  a: readonly SpanAnnotation[];
  b: readonly SpanAnnotation[];
}

interface Tally {
  a: number;
  b: number;
  exact: number;
  overlap: number;
  pairs: Array<[SpanAnnotation, SpanAnnotation]>;
}

const label = (s: SpanAnnotation, name: string) => (name in s.attributes ? String(s.attributes[name]) : NOT_STATED);

/**
 * Kappa per attribute: an attribute is rated on every matched pair of each kind where some matched
 * pair of that kind states it (on either side).
 */
function attributeKappas(pairs: ReadonlyArray<[SpanAnnotation, SpanAnnotation]>): Record<string, Kappa> {
  const kindsStating = new Map<string, Set<string>>();
  for (const [x, y] of pairs) {
    for (const name of [...Object.keys(x.attributes), ...Object.keys(y.attributes)]) {
      const kinds = kindsStating.get(name) ?? new Set<string>();
      kinds.add(x.kind);
      kindsStating.set(name, kinds);
    }
  }
  const out: Record<string, Kappa> = {};
  for (const name of [...kindsStating.keys()].sort()) {
    const kinds = kindsStating.get(name) as Set<string>;
    out[name] = cohenKappa(pairs.filter(([x]) => kinds.has(x.kind)).map(([x, y]) => [label(x, name), label(y, name)] as const));
  }
  return out;
}

function summarise(t: Tally): KindAgreement {
  const f1 = (matched: number) => (t.a + t.b === 0 ? null : (2 * matched) / (t.a + t.b));
  return {
    a: t.a,
    b: t.b,
    exact: { matched: t.exact, f1: f1(t.exact) },
    overlap: { matched: t.overlap, f1: f1(t.overlap) },
    onlyA: t.a - t.overlap,
    onlyB: t.b - t.overlap,
    assertion: cohenKappa(t.pairs.map(([x, y]) => [x.assertion, y.assertion] as const)),
    attributes: attributeKappas(t.pairs),
  };
}

export function agreement(documents: readonly AgreementDocument[]): Agreement {
  const tallies = new Map<string, Tally>();
  const tally = (kind: string) => tallies.get(kind) ?? (tallies.set(kind, { a: 0, b: 0, exact: 0, overlap: 0, pairs: [] }).get(kind) as Tally);
  for (const doc of documents) {
    for (const s of doc.a) tally(s.kind).a++;
    for (const s of doc.b) tally(s.kind).b++;
    for (const [ai] of pairSpans(doc.a, doc.b, { mode: 'exact' }).pairs) tally(doc.a[ai].kind).exact++;
    for (const [ai, bi] of pairSpans(doc.a, doc.b, { mode: 'overlap' }).pairs) {
      const t = tally(doc.a[ai].kind);
      t.overlap++;
      t.pairs.push([doc.a[ai], doc.b[bi]]);
    }
  }
  const all: Tally = { a: 0, b: 0, exact: 0, overlap: 0, pairs: [] };
  const kinds: Record<string, KindAgreement> = {};
  for (const kind of [...tallies.keys()].sort()) {
    const t = tallies.get(kind) as Tally;
    kinds[kind] = summarise(t);
    all.a += t.a;
    all.b += t.b;
    all.exact += t.exact;
    all.overlap += t.overlap;
    all.pairs.push(...t.pairs);
  }
  return { kinds, overall: summarise(all) };
}
