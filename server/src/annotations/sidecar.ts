/**
 * A sidecar's content: parse and validate what is on disk, merge two copies, serialise. Pure: no
 * file system (see sidecarStore.ts). A copy that is not valid is refused with a message naming
 * what is wrong (never a note's text: a sidecar holds none, and the message quotes no value).
 *
 * Merge (two windows, or two reviewers, writing the same note's sidecar): by id, the later `time`
 * wins, ties to the first copy; tombstones (`removed`) win over anything not newer than them.
 * Reviewers never overwrite each other: each annotation carries its reviewer and its own id.
 */
import { Annotation, Anchor, QueryState, REJECT_REASONS, Sidecar, SIDECAR_VERSION, TrackedQuery, Verdict } from './model';

export class SidecarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SidecarError';
  }
}

const VERDICTS: readonly Verdict[] = ['agree', 'reject', 'add', 'comment'];
const QUERY_STATES: readonly QueryState[] = ['open', 'answered', 'closed'];
const ASSERTIONS = ['present', 'absent', 'possible', 'historical', 'hypothetical', 'family'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optStr = (v: unknown) => v === undefined || isStr(v);

function checkAnchor(v: unknown, where: string): Anchor {
  if (!isObj(v)) throw new SidecarError(`${where}: "anchor" is missing or not an object`);
  if (!isInt(v.start) || !isInt(v.end) || !isInt(v.length) || (v.end as number) < (v.start as number))
    throw new SidecarError(`${where}: the anchor's start, end and length must be whole numbers, end not before start`);
  if (!isStr(v.spanHash) || !isStr(v.contextHash)) throw new SidecarError(`${where}: the anchor needs "spanHash" and "contextHash"`);
  if (v.fingerprint !== undefined && !isInt(v.fingerprint)) throw new SidecarError(`${where}: the anchor's "fingerprint" must be a whole number`);
  return v as unknown as Anchor;
}

function checkAnnotation(v: unknown, i: number): Annotation {
  const where = `annotation ${i + 1}`;
  if (!isObj(v)) throw new SidecarError(`${where} is not an object`);
  if (!isStr(v.id) || !v.id) throw new SidecarError(`${where} has no "id"`);
  if (!isStr(v.reviewer) || !isStr(v.time) || Number.isNaN(Date.parse(v.time))) throw new SidecarError(`${where} needs a "reviewer" and an ISO "time"`);
  if (!VERDICTS.includes(v.verdict as Verdict)) throw new SidecarError(`${where}: "verdict" must be one of ${VERDICTS.join(', ')}`);
  if (!isStr(v.kind)) throw new SidecarError(`${where} has no "kind"`);
  if (v.assertion !== undefined && !ASSERTIONS.includes(v.assertion as string)) throw new SidecarError(`${where}: unknown "assertion"`);
  if (v.reason !== undefined && !REJECT_REASONS.includes(v.reason as (typeof REJECT_REASONS)[number])) throw new SidecarError(`${where}: unknown "reason"`);
  if (!optStr(v.comment) || !optStr(v.ruleId)) throw new SidecarError(`${where}: "comment" and "ruleId" must be strings`);
  if (v.attributes !== undefined && !isObj(v.attributes)) throw new SidecarError(`${where}: "attributes" must be an object`);
  checkAnchor(v.anchor, where);
  return v as unknown as Annotation;
}

function checkQuery(v: unknown, i: number): TrackedQuery {
  const where = `query ${i + 1}`;
  if (!isObj(v) || !isStr(v.id) || !isStr(v.topic) || !isStr(v.opened) || !isStr(v.reviewer)) throw new SidecarError(`${where} needs "id", "topic", "opened" and "reviewer"`);
  if (!QUERY_STATES.includes(v.state as QueryState)) throw new SidecarError(`${where}: "state" must be one of ${QUERY_STATES.join(', ')}`);
  if (v.anchor !== undefined) checkAnchor(v.anchor, where);
  return v as unknown as TrackedQuery;
}

/** The sidecar in `json`, or a SidecarError saying what is wrong. */
export function parseSidecar(json: string): Sidecar {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    throw new SidecarError('not valid JSON');
  }
  if (!isObj(v)) throw new SidecarError('not a JSON object');
  if (v.version !== SIDECAR_VERSION) throw new SidecarError(`unsupported version (expected ${SIDECAR_VERSION})`);
  if (!isStr(v.note)) throw new SidecarError('"note" is missing');
  if (!Array.isArray(v.annotations) || !Array.isArray(v.queries)) throw new SidecarError('"annotations" and "queries" must be arrays');
  if (!isObj(v.reviewed) || !Object.values(v.reviewed).every(isStr)) throw new SidecarError('"reviewed" must map reviewers to times');
  if (v.removed !== undefined && (!isObj(v.removed) || !Object.values(v.removed).every(isStr))) throw new SidecarError('"removed" must map ids to times');
  return {
    version: SIDECAR_VERSION,
    note: v.note,
    annotations: v.annotations.map(checkAnnotation),
    reviewed: { ...(v.reviewed as Record<string, string>) },
    queries: v.queries.map(checkQuery),
    ...(v.removed ? { removed: { ...(v.removed as Record<string, string>) } } : {}),
  };
}

export function serializeSidecar(s: Sidecar): string {
  return `${JSON.stringify(s, null, 2)}\n`;
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : b > a ? b : a);
const STATE_RANK: Record<QueryState, number> = { open: 0, answered: 1, closed: 2 };
const queryTime = (q: TrackedQuery) => q.closed ?? q.answered ?? q.opened;

function byId<T extends { id: string }>(first: T[], second: T[], newer: (a: T, b: T) => boolean): T[] {
  const out = new Map<string, T>();
  for (const item of [...first, ...second]) {
    const had = out.get(item.id);
    if (!had || newer(item, had)) out.set(item.id, item);
  }
  return [...out.values()];
}

/** Both copies merged; `ours` wins ties. */
export function mergeSidecars(ours: Sidecar, theirs: Sidecar): Sidecar {
  const removed: Record<string, string> = { ...(theirs.removed ?? {}) };
  for (const [k, t] of Object.entries(ours.removed ?? {})) removed[k] = later(removed[k], t)!;
  const alive = (id: string, time: string) => removed[id] === undefined || time > removed[id];
  const annotations = byId(ours.annotations, theirs.annotations, (a, b) => a.time > b.time).filter((a) => alive(a.id, a.time));
  const queries = byId(ours.queries, theirs.queries, (a, b) => STATE_RANK[a.state] > STATE_RANK[b.state] || (a.state === b.state && queryTime(a) > queryTime(b))).filter(
    (q) => alive(q.id, queryTime(q)),
  );
  const reviewed: Record<string, string> = {};
  for (const r of new Set([...Object.keys(ours.reviewed), ...Object.keys(theirs.reviewed)])) {
    const t = later(theirs.reviewed[r], ours.reviewed[r])!;
    if (alive(`reviewed:${r}`, t)) reviewed[r] = t;
  }
  annotations.sort((a, b) => a.anchor.start - b.anchor.start || a.time.localeCompare(b.time) || a.id.localeCompare(b.id));
  return { version: SIDECAR_VERSION, note: ours.note, annotations, reviewed, queries, ...(Object.keys(removed).length ? { removed } : {}) };
}
