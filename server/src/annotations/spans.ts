/**
 * A span annotation as the exchange formats and the measurements see it: a kind, offsets in UTF-16
 * units (end exclusive), the assertion and the attributes. The analyzer's findings, brat and BioC
 * documents and the sidecars' gold verdicts all become these.
 */
import type { AnyFinding, Assertion } from '../engine/types';
import type { Annotation, Sidecar } from './model';

export type AttributeValue = string | number | boolean;

export interface SpanAnnotation {
  kind: string;
  start: number;
  end: number;
  assertion: Assertion;
  attributes: Record<string, AttributeValue>;
  /** A remark on the span (brat AnnotatorNotes, a sidecar comment). */
  comment?: string;
}

export function spanFromFinding(f: AnyFinding): SpanAnnotation {
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(f.attributes as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') attributes[name] = value;
  }
  return { kind: f.kind, start: f.start, end: f.end, assertion: f.assertion, attributes };
}

/**
 * Gold verdicts: the reviewer confirmed the finding (agree) or annotated a missed one (add), on a
 * finding (not a diagnostic) and still anchored.
 */
export function isGoldVerdict(a: Annotation): boolean {
  return (a.verdict === 'agree' || a.verdict === 'add') && !a.orphaned && a.ruleId === undefined;
}

export function spanFromAnnotation(a: Annotation): SpanAnnotation {
  return {
    kind: a.kind,
    start: a.anchor.start,
    end: a.anchor.end,
    assertion: a.assertion ?? 'present',
    attributes: { ...(a.attributes ?? {}) },
    ...(a.comment ? { comment: a.comment } : {}),
  };
}

/** A sidecar's gold spans (agree and add verdicts that are still anchored), of one reviewer or of all. */
export function goldSpans(sidecar: Sidecar, reviewer?: string): SpanAnnotation[] {
  return sidecar.annotations.filter((a) => isGoldVerdict(a) && (reviewer === undefined || a.reviewer === reviewer)).map(spanFromAnnotation);
}

/** Sorted by start, then end, then kind: the order every writer uses. */
export function sortSpans(spans: readonly SpanAnnotation[]): SpanAnnotation[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** Same assertion and the same attributes (names and values). */
export function sameAttributes(a: SpanAnnotation, b: SpanAnnotation): boolean {
  if (a.assertion !== b.assertion) return false;
  const ka = Object.keys(a.attributes);
  if (ka.length !== Object.keys(b.attributes).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b.attributes, k) && b.attributes[k] === a.attributes[k]);
}
