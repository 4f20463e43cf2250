import { Hover, MarkupKind, Position } from 'vscode-languageserver/node';
import { diagnosticHoverMarkdown, hoverMarkdown } from '../engine';
import { DocLinks } from './docs';
import { CachedReview } from './documentCache';
import { contains, span } from './ranges';

/**
 * Hover: the card of the innermost finding under the cursor (its facts, the guideline's
 * recommendation and citations), followed by the rule diagnostics that cover the position.
 */
export function hoverAt(entry: CachedReview, position: Position, docs: DocLinks): Hover | null {
  const review = entry.hoverReview();
  const finding = review.findings.filter((f) => contains(f.range, position)).sort((a, b) => span(a.range) - span(b.range))[0];
  const diagnostics = review.diagnostics.filter((d) => contains(d.range, position));
  if (!finding && diagnostics.length === 0) return null;
  const parts: string[] = [];
  if (finding) parts.push(safely(() => hoverMarkdown(finding, review)));
  for (const d of diagnostics) parts.push(safely(() => diagnosticHoverMarkdown(d)));
  const value = docs.linkify(parts.filter(Boolean).join('\n\n---\n\n'));
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
