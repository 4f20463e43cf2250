/**
 * Changes to a sidecar in memory: record a verdict, remove one (leaving a tombstone so a merge
 * does not bring it back), mark a note reviewed, track a physician query, re-anchor everything
 * after the note changed. Pure: the caller writes the result (sidecarStore.ts).
 */
import { randomBytes } from 'crypto';
import { Edit, reanchor, shiftThroughEdit } from './anchor';
import { Annotation, QueryState, Sidecar, TrackedQuery } from './model';

export function newId(): string {
  return randomBytes(8).toString('hex');
}

/** An ISO time strictly later than `after` (two changes in one millisecond stay ordered). */
export function nowIso(after?: string): string {
  const now = new Date();
  if (after && now.toISOString() <= after) return new Date(Date.parse(after) + 1).toISOString();
  return now.toISOString();
}

function tombstone(s: Sidecar, key: string, time: string): void {
  s.removed = { ...(s.removed ?? {}), [key]: time };
}

/** Agree and reject are one verdict per reviewer and target: a new one replaces the old. */
function sameJudgement(a: Annotation, b: Annotation): boolean {
  const verdicts = (v: string) => v === 'agree' || v === 'reject';
  return (
    verdicts(a.verdict) &&
    verdicts(b.verdict) &&
    a.reviewer === b.reviewer &&
    a.kind === b.kind &&
    (a.ruleId ?? '') === (b.ruleId ?? '') &&
    a.anchor.start === b.anchor.start &&
    a.anchor.end === b.anchor.end &&
    !a.orphaned
  );
}

/** Adds `a`; returns the annotation it replaced (removed with a tombstone), if any. */
export function record(s: Sidecar, a: Annotation): Annotation | undefined {
  const replaced = s.annotations.find((x) => sameJudgement(x, a));
  if (replaced) removeAnnotation(s, replaced.id, a.time);
  s.annotations.push(a);
  return replaced;
}

export function removeAnnotation(s: Sidecar, id: string, time: string): void {
  s.annotations = s.annotations.filter((x) => x.id !== id);
  tombstone(s, id, time);
}

/** Puts a removed annotation back (undo), newer than its tombstone. */
export function restore(s: Sidecar, a: Annotation, time: string): Annotation {
  const back = { ...a, time };
  s.annotations.push(back);
  return back;
}

export function setReviewed(s: Sidecar, reviewer: string, reviewed: boolean, time: string): void {
  if (reviewed) s.reviewed[reviewer] = time;
  else {
    delete s.reviewed[reviewer];
    tombstone(s, `reviewed:${reviewer}`, time);
  }
}

export function trackQuery(s: Sidecar, q: Omit<TrackedQuery, 'id' | 'state'>): TrackedQuery {
  const existing = s.queries.find((x) => x.topic === q.topic && x.state !== 'closed');
  if (existing) return existing;
  const query: TrackedQuery = { id: newId(), state: 'open', ...q };
  s.queries.push(query);
  return query;
}

export function setQueryState(s: Sidecar, id: string, state: QueryState, time: string): TrackedQuery | undefined {
  const q = s.queries.find((x) => x.id === id);
  if (!q) return undefined;
  q.state = state;
  if (state === 'open') {
    delete q.answered;
    delete q.closed;
    q.opened = time;
  }
  if (state === 'answered' || state === 'closed') q.answered ??= time;
  if (state === 'closed') q.closed = time;
  return q;
}

/**
 * Re-anchors every annotation (and tracked query) in the new text; `edit`, when known, is the one
 * edit from the text they were anchored in. Those not found are marked orphaned, never dropped,
 * and come back if their text does. Returns whether anything moved.
 */
export function reanchorAll(s: Sidecar, text: string, edit?: Edit): boolean {
  let changed = false;
  const items: Array<Annotation | TrackedQuery> = [...s.annotations, ...s.queries];
  for (const item of items) {
    const anchor = item.anchor;
    if (!anchor) continue;
    const found = reanchor(text, anchor, edit ? shiftThroughEdit(anchor, edit) : undefined);
    const orphaned = 'verdict' in item ? !!item.orphaned : false;
    if (found) {
      if (found.start !== anchor.start || found.contextHash !== anchor.contextHash || orphaned) changed = true;
      item.anchor = found;
      if ('verdict' in item) delete item.orphaned;
    } else if ('verdict' in item && !orphaned) {
      item.orphaned = true;
      changed = true;
    }
  }
  return changed;
}
