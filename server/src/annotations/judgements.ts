/**
 * The reviewers' judgements of a note, as spans to export or to score against: the gold verdicts
 * (agree, add) of one reviewer or of all, re-anchored in the note's text as it is now (an anchor
 * that no longer fits is left out, as an orphan is), and identical spans of several reviewers
 * written once, their comments joined.
 */
import { reanchorAll } from './edits';
import { Sidecar } from './model';
import { goldSpans, SpanAnnotation } from './spans';

const spanKey = (s: SpanAnnotation) => JSON.stringify([s.kind, s.start, s.end, s.assertion, Object.entries(s.attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);

export function judgementSpans(sidecar: Sidecar, text: string, reviewer?: string): SpanAnnotation[] {
  const copy = JSON.parse(JSON.stringify(sidecar)) as Sidecar;
  reanchorAll(copy, text);
  const byKey = new Map<string, SpanAnnotation>();
  for (const s of goldSpans(copy, reviewer)) {
    const had = byKey.get(spanKey(s));
    if (!had) byKey.set(spanKey(s), s);
    else if (s.comment && had.comment !== s.comment) had.comment = had.comment ? `${had.comment} / ${s.comment}` : s.comment;
  }
  return [...byKey.values()];
}

/** Who judged a note: the reviewers with an annotation in the sidecar or who marked it reviewed, sorted. */
export function reviewersOf(sidecar: Sidecar): string[] {
  return [...new Set([...sidecar.annotations.map((a) => a.reviewer), ...Object.keys(sidecar.reviewed)])].sort();
}
