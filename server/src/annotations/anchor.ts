/**
 * Anchors: where an annotation sits in a note, without copying the note's text. An anchor keeps
 * the offsets, a SHA-256 of the span, a SHA-256 of the text around it (CONTEXT_CHARS each side) and
 * a 31-bit rolling fingerprint of the span (a cheap pre-filter for the search).
 *
 * Re-anchoring after the note changed, cheapest first:
 *   1. the span is still at its offset (its hash matches);
 *   2. the span is at the offset a known edit shifted it to (see `shiftThroughEdit`);
 *   3. a search of a bounded window around the old offset (Rabin-Karp on the fingerprint, each hit
 *      verified by the span hash): the nearest hit whose context hash also matches wins; without
 *      one, a hit that is the only one in the window.
 * Otherwise the annotation is orphaned (the caller keeps it and lists it). Each step is linear in
 * the window, so re-anchoring a note costs O(annotations × (window + span)).
 */
import { createHash } from 'crypto';
import { Anchor, CONTEXT_CHARS } from './model';

/** How far either side of the old offset the search looks (UTF-16 code units). */
export const SEARCH_WINDOW = 8192;

const MOD = 2147483647; // 2^31 - 1
const BASE = 257;

export function sha(text: string): string {
  return createHash('sha256').update(text, 'utf16le').digest('hex');
}

/** Rabin-Karp fingerprint of text[start, end). */
export function fingerprintOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (h * BASE + text.charCodeAt(i)) % MOD;
  return h;
}

export function contextHashAt(text: string, start: number, end: number): string {
  return sha(`${text.slice(Math.max(0, start - CONTEXT_CHARS), start)}\u0000${text.slice(end, end + CONTEXT_CHARS)}`);
}

export function makeAnchor(text: string, start: number, end: number): Anchor {
  const s = clamp(start, 0, text.length);
  const e = clamp(end, s, text.length);
  return { start: s, end: e, length: e - s, spanHash: sha(text.slice(s, e)), contextHash: contextHashAt(text, s, e), fingerprint: fingerprintOf(text, s, e) };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.floor(Number.isFinite(n) ? n : lo)));
}

function spanAt(text: string, anchor: Anchor, start: number): boolean {
  return start >= 0 && start + anchor.length <= text.length && sha(text.slice(start, start + anchor.length)) === anchor.spanHash;
}

/** One contiguous edit between two versions: [start, oldEnd) of the old text became [start, newEnd). */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The single edit that turns `before` into `after` (common prefix and suffix; linear). */
export function editBetween(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** Where an old offset moved through an edit, or undefined when the edit touched it. */
export function shiftThroughEdit(anchor: Anchor, edit: Edit): number | undefined {
  if (anchor.end <= edit.start) return anchor.start;
  if (anchor.start >= edit.oldEnd) return anchor.start + (edit.newEnd - edit.oldEnd);
  return undefined;
}

/**
 * The anchor in the new text, or undefined when it cannot be found. `hint` is where a known edit
 * moved the start (step 2).
 */
export function reanchor(text: string, anchor: Anchor, hint?: number): Anchor | undefined {
  for (const at of hint === undefined || hint === anchor.start ? [anchor.start] : [anchor.start, hint]) {
    if (spanAt(text, anchor, at)) return makeAnchor(text, at, at + anchor.length);
  }
  const hits = searchWindow(text, anchor);
  const withContext = hits.filter((h) => contextHashAt(text, h, h + anchor.length) === anchor.contextHash);
  const pick = withContext.length ? withContext : hits.length === 1 ? hits : [];
  if (pick.length === 0) return undefined;
  const best = pick.reduce((a, b) => (Math.abs(b - anchor.start) < Math.abs(a - anchor.start) ? b : a));
  return makeAnchor(text, best, best + anchor.length);
}

/** Starts within the window where the span's hash matches (fingerprint first when there is one). */
function searchWindow(text: string, anchor: Anchor): number[] {
  const len = anchor.length;
  const lo = Math.max(0, anchor.start - SEARCH_WINDOW);
  const hi = Math.min(text.length - len, anchor.start + SEARCH_WINDOW);
  const hits: number[] = [];
  if (len === 0 || hi < lo) return hits;
  if (anchor.fingerprint === undefined) {
    for (let i = lo; i <= hi; i++) if (spanAt(text, anchor, i)) hits.push(i);
    return hits;
  }
  let pow = 1; // BASE^(len-1) mod MOD
  for (let i = 1; i < len; i++) pow = (pow * BASE) % MOD;
  let h = fingerprintOf(text, lo, lo + len);
  for (let i = lo; ; i++) {
    if (h === anchor.fingerprint && spanAt(text, anchor, i)) hits.push(i);
    if (i >= hi) break;
    h = (h - ((text.charCodeAt(i) * pow) % MOD) + MOD) % MOD;
    h = (h * BASE + text.charCodeAt(i + len)) % MOD;
  }
  return hits;
}
