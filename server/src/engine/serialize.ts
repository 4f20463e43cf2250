import { AnyFinding, Case, Diagnostic, Range } from './types';

/** The finding as the JSON contract shows it: no internal offsets. */
export interface FindingJson {
  kind: string;
  assertion: string;
  /** The context rule (context/rules/) and trigger words that made a finding other than present. */
  assertedBy?: string;
  text: string;
  range: Range;
  attributes: Record<string, unknown>;
  /** For each attribute another mention of the same entity states, where it states it. */
  inheritedFrom?: Record<string, Range>;
  /** For a finding an addendum corrected, where the retracted original stood. */
  correctedFrom?: Range;
}

function inheritedRanges(f: AnyFinding): Record<string, Range> | undefined {
  if (!f.inheritedFrom) return undefined;
  const out: Record<string, Range> = {};
  for (const [name, at] of Object.entries(f.inheritedFrom)) if (at) out[name] = at.range;
  return out;
}

export function findingToJson(f: AnyFinding): FindingJson {
  const inherited = inheritedRanges(f);
  return {
    kind: f.kind,
    assertion: f.assertion,
    ...(f.assertedBy ? { assertedBy: f.assertedBy } : {}),
    text: f.text,
    range: f.range,
    attributes: { ...f.attributes },
    ...(inherited ? { inheritedFrom: inherited } : {}),
    ...(f.correctedFrom ? { correctedFrom: f.correctedFrom.range } : {}),
  };
}

/** A diagnostic as the JSON contract shows it; a documentation gap's carries the query the quick fix inserts. */
export interface DiagnosticJson extends Diagnostic {
  query?: string;
}

export function diagnosticToJson(d: Diagnostic & { query?: string }): DiagnosticJson {
  return { code: d.code, severity: d.severity, message: d.message, range: d.range, citations: d.citations, related: d.related, ...(d.query ? { query: d.query } : {}) };
}

export interface FileResultJson {
  path: string;
  findings: FindingJson[];
  case: Case;
  diagnostics: DiagnosticJson[];
  [extra: string]: unknown;
}
