import { Hover, MarkupKind, Position } from 'vscode-languageserver/node';
import { diagnosticsHoverMarkdown, hoverMarkdown } from '../engine';
import { DocLinks } from './docs';
import { CachedReview } from './documentCache';
import { contains, span } from './ranges';

/**
 * Hover: the card of the innermost finding under the cursor (its facts, the recommendation that
 * matters most, the other rules one line each); without a finding, the most severe diagnostic under
 * the cursor in full and the others one line each. The editor lists the diagnostics' evidence in Problems.
 */
export function hoverAt(entry: CachedReview, position: Position, docs: DocLinks): Hover | null {
  const review = entry.hoverReview();
  const finding = review.findings.filter((f) => contains(f.range, position)).sort((a, b) => span(a.range) - span(b.range))[0];
  const diagnostics = review.diagnostics.filter((d) => contains(d.range, position));
  if (!finding && diagnostics.length === 0) return null;
  const markdown = finding ? safely(() => hoverMarkdown(finding, review)) : safely(() => diagnosticsHoverMarkdown(diagnostics));
  const value = docs.linkify(markdown);
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: finding ? finding.range : diagnostics[0].range };
}

function safely(f: () => string): string {
  try {
    return f();
  } catch {
    return '';
  }
}
