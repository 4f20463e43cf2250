import { RULES, ruleApplies, ruleById } from '../rules';
import { assertionLabel, factsLine, lineNumber } from '../rules/describe';
import { isPlanned, isReceived } from '../rules/facts';
import { Citation, HoverNote } from '../rules/types';
import { AnyFinding, Range } from '../types';
import { Review, reviewContext, RuleDiagnostic } from './reviewNote';

/**
 * Hover content, as markdown: for a finding, its normalised facts, what the guideline says
 * about it (from every enabled rule that concerns it) and the citations; for a diagnostic,
 * the rule, its message, citations and documentation.
 */

/** "Guideline refs 1, 2", "Meyerding classification", "Guideline refs 1; Meyerding classification". */
export function citationText(citations: readonly Citation[]): string {
  const refs = citations.filter((c): c is number => typeof c === 'number');
  const named = citations.filter((c): c is string => typeof c === 'string');
  return [refs.length ? `Guideline ref${refs.length > 1 ? 's' : ''} ${refs.join(', ')}` : '', ...named.map((n) => `${n} classification`)]
    .filter(Boolean)
    .join('; ');
}

/** Does a finding count as a fact the rules reason over (or as planned care/surgery)? */
function counts(f: AnyFinding): boolean {
  if (f.assertion === 'present') return true;
  if (f.kind === 'conservativeTherapy') return isReceived(f) || isPlanned(f);
  if (f.kind === 'surgicalPlan') return f.assertion === 'hypothetical' || f.assertion === 'possible';
  return false;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function overlaps(a: Range, b: Range): boolean {
  return contains(a, { start: b.start, end: b.start }) || contains(b, { start: a.start, end: a.start });
}

export function hoverMarkdown(finding: AnyFinding, review: Review): string {
  const { ctx, settings } = reviewContext(review);
  const out: string[] = [`**${factsLine(finding, ctx.options.endplateWidthMm)}**`];
  if (!counts(finding)) {
    const by = finding.assertedBy ? `, by the context rule \`${finding.assertedBy}\`` : '';
    out.push(`_Stated as ${assertionLabel(finding.assertion)} in the note (line ${lineNumber(finding)})${by}: not counted as a finding by the guideline checks._`);
    return out.join('\n\n');
  }
  const notes: Array<{ id: string; note: HoverNote }> = [];
  for (const rule of RULES) {
    if (!rule.hover || settings.rules[rule.id]?.enabled === false || !ruleApplies(rule, ctx)) continue;
    try {
      const note = rule.hover(finding, ctx);
      if (note) notes.push({ id: rule.id, note });
    } catch {
      // A rule's hover failing leaves the others.
    }
  }
  if (notes.length === 0) out.push('_No specific guideline recommendation for this finding._');
  for (const { id, note } of notes) {
    const rule = ruleById(id)!;
    out.push(`${note.text}\n\n_${citationText(note.citations)} · [${rule.id}](${rule.docPath})_`);
  }
  // Diagnostics on the finding itself are shown by the editor next to this hover; list those
  // that sit elsewhere (on the plan, say) and cite this finding as evidence.
  const elsewhere = review.diagnostics.filter((d) => !overlaps(d.range, finding.range) && d.related.some((r) => overlaps(r.range, finding.range)));
  if (elsewhere.length) {
    out.push(['**Elsewhere in this note, about this finding**', ...elsewhere.map((d) => `- _${d.severity}_ (line ${d.range.start.line + 1}) · ${d.message} (\`${d.code}\`)`)].join('\n'));
  }
  return out.join('\n\n---\n\n');
}

export function diagnosticHoverMarkdown(diagnostic: RuleDiagnostic): string {
  const rule = ruleById(diagnostic.code);
  const title = rule ? rule.title : diagnostic.code;
  const parts = [
    `**${title}** · \`${diagnostic.code}\` · ${diagnostic.severity}`,
    diagnostic.message,
  ];
  if (diagnostic.related.length) parts.push(['Evidence in the note:', ...diagnostic.related.map((r) => `- ${r.message}`)].join('\n'));
  parts.push(`_${citationText(diagnostic.citations)}_ · [Rule documentation](${diagnostic.docPath})`);
  if (diagnostic.query) parts.push('A physician query for this documentation gap is available as a quick fix.');
  return parts.join('\n\n');
}
