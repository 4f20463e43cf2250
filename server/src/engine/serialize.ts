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

export function diagnosticToJson(d: Diagnostic): Diagnostic {
  return { code: d.code, severity: d.severity, message: d.message, range: d.range, citations: d.citations, related: d.related };
}

export interface FileResultJson {
  path: string;
  findings: FindingJson[];
  case: Case;
  diagnostics: Diagnostic[];
  [extra: string]: unknown;
}
