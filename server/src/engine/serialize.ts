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
}

export function findingToJson(f: AnyFinding): FindingJson {
  return { kind: f.kind, assertion: f.assertion, ...(f.assertedBy ? { assertedBy: f.assertedBy } : {}), text: f.text, range: f.range, attributes: { ...f.attributes } };
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
