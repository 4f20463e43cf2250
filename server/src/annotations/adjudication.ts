/**
 * Adjudication: two reviewers' judgements of one note (their gold spans: agree and add verdicts),
 * paired as the agreement measure pairs them (same kind, overlapping spans, pairs that agree on
 * the attributes first). A pair with the same offsets, assertion and attributes is agreed and goes
 * into the gold copy as it is; every other pair, and each span the other reviewer has no
 * overlapping span for, is a disagreement, decided one by one: take A's, take B's, leave it out,
 * or an edited span. The gold copy is written as the annotations of a reviewer of its own
 * (`gold`), which `clinical-review eval --gold <folder> --reviewer gold` reads. Pure: the caller
 * writes the sidecar.
 */
import { makeAnchor } from './anchor';
import { newId, removeAnnotation } from './edits';
import { differences } from './evaluation';
import { pairSpans } from './matching';
import { Annotation, Sidecar } from './model';
import { goldSpans, sortSpans, SpanAnnotation } from './spans';

/** The reviewer name of the gold copy, unless another is given. */
export const GOLD_REVIEWER = 'gold';

export interface Disagreement {
  /** onlyA / onlyB: a span the other reviewer has no overlapping span of the same kind for. */
  type: 'onlyA' | 'onlyB' | 'mismatch';
  kind: string;
  a?: SpanAnnotation;
  b?: SpanAnnotation;
  /** For a mismatch: "span", "assertion", and each attribute that differs. */
  differences: string[];
}

export interface Adjudication {
  /** Spans both reviewers gave alike (offsets, assertion, attributes): gold without a question. */
  agreed: SpanAnnotation[];
  /** In note order. */
  disagreements: Disagreement[];
  /** Names this set of questions, so answers are not applied to another (the sidecar changed meanwhile). */
  key: string;
}

export type Decision = { take: 'a' } | { take: 'b' } | { take: 'none' } | { take: 'edit'; span: SpanAnnotation };

const startOf = (d: Disagreement) => (d.a ?? d.b) as SpanAnnotation;

export function adjudicate(a: readonly SpanAnnotation[], b: readonly SpanAnnotation[]): Adjudication {
  const p = pairSpans(a, b, { mode: 'overlap', preferSameAttributes: true });
  const agreed: SpanAnnotation[] = [];
  const disagreements: Disagreement[] = [];
  for (const [ai, bi] of p.pairs) {
    const diff = differences(a[ai], b[bi]);
    if (diff.length === 0) agreed.push(a[ai]);
    else disagreements.push({ type: 'mismatch', kind: a[ai].kind, a: a[ai], b: b[bi], differences: diff });
  }
  for (const ai of p.onlyA) disagreements.push({ type: 'onlyA', kind: a[ai].kind, a: a[ai], differences: [] });
  for (const bi of p.onlyB) disagreements.push({ type: 'onlyB', kind: b[bi].kind, b: b[bi], differences: [] });
  disagreements.sort((x, y) => startOf(x).start - startOf(y).start || startOf(x).end - startOf(y).end || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0) || x.type.localeCompare(y.type));
  const key = JSON.stringify(disagreements.map((d) => [d.type, d.kind, d.a && [d.a.start, d.a.end], d.b && [d.b.start, d.b.end], d.differences]));
  return { agreed: sortSpans(agreed), disagreements, key };
}

/** Two reviewers' disagreements on a note, from its sidecar. */
export function adjudicateSidecar(sidecar: Sidecar, a: string, b: string): Adjudication {
  return adjudicate(goldSpans(sidecar, a), goldSpans(sidecar, b));
}

/** The gold spans: the agreed ones and each disagreement as decided (one decision per disagreement, in order), or why not. */
export function goldOf(adjudication: Adjudication, decisions: readonly Decision[]): SpanAnnotation[] | string {
  if (decisions.length !== adjudication.disagreements.length) return `${adjudication.disagreements.length} disagreements, but ${decisions.length} decisions`;
  const out = [...adjudication.agreed];
  for (const [i, d] of decisions.entries()) {
    const q = adjudication.disagreements[i];
    const chosen = d.take === 'a' ? q.a : d.take === 'b' ? q.b : d.take === 'edit' ? d.span : undefined;
    if (d.take === 'edit' && !(Number.isInteger(d.span.start) && Number.isInteger(d.span.end) && d.span.start < d.span.end && d.span.kind)) return `decision ${i + 1}: the edited span needs a kind and offsets`;
    if (chosen) out.push(chosen);
  }
  return sortSpans(out);
}

/**
 * Replaces the gold reviewer's annotations of the note with `spans` (the old ones leave
 * tombstones) and marks the note reviewed by it, so a note whose gold is empty still counts.
 * `isFinding` says whether the analyzer found the span as it is (verdict agree; else add).
 * Returns the annotations it replaced.
 */
export function writeGold(s: Sidecar, text: string, spans: readonly SpanAnnotation[], time: string, isFinding: (span: SpanAnnotation) => boolean, reviewer = GOLD_REVIEWER): Annotation[] {
  const replaced = s.annotations.filter((x) => x.reviewer === reviewer);
  for (const x of replaced) removeAnnotation(s, x.id, time);
  for (const span of spans) {
    const a: Annotation = { id: newId(), reviewer, time, verdict: isFinding(span) ? 'agree' : 'add', anchor: makeAnchor(text, span.start, span.end), kind: span.kind, assertion: span.assertion };
    if (Object.keys(span.attributes).length > 0) a.attributes = { ...span.attributes };
    if (span.comment) a.comment = span.comment;
    s.annotations.push(a);
  }
  s.reviewed[reviewer] = time;
  return replaced;
}
