import { Diagnostic, DiagnosticSeverity, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { DiagnosticSeverity as EngineSeverity, Review, RuleDiagnostic } from '../engine';
import { DocLinks } from './docs';
import { DIAGNOSTIC_SOURCE } from './protocol';

/** Engine diagnostics -> LSP diagnostics. */

export const SEVERITY: Record<EngineSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Code of the diagnostic that carries a warning about the input itself (truncated, binary...). */
export const NOTE_WARNING_CODE = 'note-warning';

/** What a diagnostic carries for code actions. */
export interface DiagnosticData {
  query?: string;
}

export function toLspDiagnostic(d: RuleDiagnostic, uri: string, docs: DocLinks): Diagnostic {
  const href = docs.href(d.docPath);
  const out: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Information,
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (href) out.codeDescription = { href };
  const related = d.related.filter((r) => !sameRange(r.range, d.range) || d.related.length > 1);
  if (related.length) out.relatedInformation = related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  if (d.query) out.data = { query: d.query } satisfies DiagnosticData;
  return out;
}

export function toLspDiagnostics(review: Pick<Review, 'diagnostics' | 'warnings'>, uri: string, docs: DocLinks): Diagnostic[] {
  const out = review.diagnostics.map((d) => toLspDiagnostic(d, uri, docs));
  for (const w of review.warnings) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: NOTE_WARNING_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: w,
    });
  }
  return out;
}

/** Diagnostics for a settings file's errors, all on its first line. */
export function configDiagnostics(errors: string[]): Diagnostic[] {
  return errors.map((message) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: DiagnosticSeverity.Warning,
    code: 'settings',
    source: DIAGNOSTIC_SOURCE,
    message,
  }));
}

export function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * What the server last published for each document: every publication goes through here, so the
 * counts the user is told ("21 guideline checks in Problems") are the diagnostics actually shown.
 */
export class PublishedDiagnostics {
  private readonly byUri = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();

  constructor(private readonly send: (params: PublishDiagnosticsParams) => void) {}

  publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (diagnostics.length || version !== undefined) this.byUri.set(uri, { version, diagnostics });
    else this.byUri.delete(uri);
    this.send(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** The document version last published (undefined for a closed file or none). */
  versionOf(uri: string): number | undefined {
    return this.byUri.get(uri)?.version;
  }

  /** A document's published diagnostics the Problems view lists, and its hints (the editor shows those only in the text). */
  countsFor(uri: string): { problems: number; hints: number } {
    const list = this.byUri.get(uri)?.diagnostics ?? [];
    const hints = list.filter((d) => d.severity === DiagnosticSeverity.Hint).length;
    return { problems: list.length - hints, hints };
  }
}
