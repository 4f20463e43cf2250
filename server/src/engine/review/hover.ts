import { escapeMarkdown } from './markdown';
import { RULES, ruleApplies, ruleById } from '../rules';
import { assertionLabel, factsLine, lineNumber } from '../rules/describe';
import { isPlanned, isReceived } from '../rules/facts';
import { Citation, HoverNote } from '../rules/types';
import { AnyFinding, Range } from '../types';
import { Review, reviewContext, RuleDiagnostic } from './reviewNote';

/**
 * Hover content, as markdown: for a finding, its normalised facts and the one recommendation
 * that matters most, with the other rules that concern it one line each; for a diagnostic, the
 * rule, its message, citations and documentation. Everything from the note is escaped.
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

const ATTRIBUTE_LABEL: Record<string, string> = { mm: 'millimetres', lowGrade: 'low grade', percent: 'percent' };

/** Where the note states what this mention inherits, and what an addendum corrected: "_grade and type stated on line 13._" */
function provenanceLine(f: AnyFinding): string | undefined {
  const parts: string[] = [];
  if (f.correctedFrom) parts.push(`corrected by the addendum; the original statement on line ${f.correctedFrom.range.start.line + 1} is retracted`);
  const byLine = new Map<number, string[]>();
  for (const [name, at] of Object.entries(f.inheritedFrom ?? {})) {
    if (!at) continue;
    const line = at.range.start.line + 1;
    byLine.set(line, [...(byLine.get(line) ?? []), ATTRIBUTE_LABEL[name] ?? name]);
  }
  for (const [line, names] of byLine) parts.push(`${names.join(' and ')} stated on line ${line}, about the same finding`);
  return parts.length ? `_${parts.join('; ')}._` : undefined;
}

export { escapeMarkdown };

const SEVERITY_RANK: Record<RuleDiagnostic['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The words that decided a non-present assertion, from "negation.forward 'no'": the note's cue, not the rule's id. */
function cueWords(finding: AnyFinding): string | undefined {
  const by = finding.assertedBy;
  const open = by ? by.indexOf("'") : -1;
  const close = by ? by.lastIndexOf("'") : -1;
  return by && open !== -1 && close > open + 1 ? by.slice(open + 1, close) : undefined;
}

function ruleLink(id: string): string {
  const rule = ruleById(id);
  return rule ? `[${rule.id}](${rule.docPath})` : escapeMarkdown(id);
}

function footer(citations: readonly Citation[], ruleId: string): string {
  return `_${citationText(citations)} · ${ruleLink(ruleId)}_`;
}

/** One line for a diagnostic that is not the lead: its severity, rule and line, and the link to the rule page. */
function oneLine(d: RuleDiagnostic): string {
  const title = ruleById(d.code)?.title ?? d.code;
  return `- _${d.severity}_ · ${escapeMarkdown(title)} (line ${d.range.start.line + 1}) · ${ruleLink(d.code)}`;
}

/**
 * A finding's hover: its facts, then the one recommendation that matters most (an error or warning
 * about it, else the guideline's advice on the finding, else any other diagnostic), then every other
 * rule that concerns it on one line with a link. Evidence stays in Problems' related information.
 */
export function hoverMarkdown(finding: AnyFinding, review: Review): string {
  const { ctx, settings } = reviewContext(review);
  const out: string[] = [`**${escapeMarkdown(factsLine(finding, ctx.options.endplateWidthMm))}**`];
  const provenance = provenanceLine(finding);
  if (provenance) out[0] += `\n\n${provenance}`;
  if (!counts(finding)) {
    const cue = cueWords(finding);
    const by = cue ? ` (cue: "${escapeMarkdown(cue)}")` : '';
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
  // Most severe first; at one severity, a diagnostic on the finding before one that only cites it
  // as evidence (on a fusion plan: the plan's own warnings before the smoking line's).
  const onFinding = (d: RuleDiagnostic) => (overlaps(d.range, finding.range) ? 0 : 1);
  const about = review.diagnostics
    .filter((d) => overlaps(d.range, finding.range) || d.related.some((r) => overlaps(r.range, finding.range)))
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || onFinding(a) - onFinding(b));
  const urgent = about[0] && SEVERITY_RANK[about[0].severity] <= SEVERITY_RANK.warning ? about[0] : undefined;
  let leadRule: string | undefined;
  if (urgent) {
    leadRule = urgent.code;
    out.push(`${escapeMarkdown(urgent.message)}\n\n${footer(urgent.citations, urgent.code)}`);
  } else if (notes.length) {
    leadRule = notes[0].id;
    out.push(`${escapeMarkdown(notes[0].note.text)}\n\n${footer(notes[0].note.citations, notes[0].id)}`);
  } else if (about[0]) {
    leadRule = about[0].code;
    out.push(`${escapeMarkdown(about[0].message)}\n\n${footer(about[0].citations, about[0].code)}`);
  } else {
    out.push('_No specific guideline recommendation for this finding._');
  }
  // A hover-only rule has no diagnostic to show its advice: it keeps its paragraph.
  const hoverOnly = (id: string) => ruleById(id)?.presentation === 'hover';
  for (const n of notes) if (n.id !== leadRule && hoverOnly(n.id)) out.push(`${escapeMarkdown(n.note.text)}\n\n${footer(n.note.citations, n.id)}`);
  const others = [
    ...about.filter((d) => d.code !== leadRule).map(oneLine),
    ...notes
      .filter((n) => n.id !== leadRule && !hoverOnly(n.id) && !about.some((d) => d.code === n.id))
      .map((n) => `- ${escapeMarkdown(ruleById(n.id)!.title)} · ${ruleLink(n.id)}`),
  ];
  if (others.length) out.push(['**Also about this finding**', ...new Set(others)].join('\n'));
  return out.join('\n\n---\n\n');
}

/** A diagnostic's hover: the rule, its message, citations and rule page; the evidence is in Problems. */
export function diagnosticHoverMarkdown(diagnostic: RuleDiagnostic): string {
  const rule = ruleById(diagnostic.code);
  const title = rule ? rule.title : diagnostic.code;
  const parts = [`**${escapeMarkdown(title)}** · \`${diagnostic.code}\` · ${diagnostic.severity}`, escapeMarkdown(diagnostic.message)];
  parts.push(`_${citationText(diagnostic.citations)}_ · [Rule documentation](${diagnostic.docPath})`);
  if (diagnostic.query) parts.push('A physician query for this documentation gap is available as a quick fix.');
  return parts.join('\n\n');
}

/** Hover for diagnostics without a finding under the cursor: the most severe in full, the others one line each. */
export function diagnosticsHoverMarkdown(diagnostics: readonly RuleDiagnostic[]): string {
  const sorted = [...diagnostics].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  if (sorted.length === 0) return '';
  const rest = sorted.slice(1).map(oneLine);
  return [diagnosticHoverMarkdown(sorted[0]), ...(rest.length ? [['**Also here**', ...rest].join('\n')] : [])].join('\n\n---\n\n');
}
