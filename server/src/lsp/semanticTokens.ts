import { Range, SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver/node';
import { Assertion, FINDING_KINDS, FindingKind } from '../engine';
import { CachedReview } from './documentCache';

/**
 * Semantic tokens: every finding, typed by its kind (the token types are the finding kinds,
 * contributed in package.json), with a modifier when it is not a plain present fact (negated,
 * hypothetical, possible, historical, family). Overlapping findings are flattened: where two
 * overlap, the innermost wins. Multi-line findings are split per line.
 */
export const TOKEN_MODIFIERS = ['negated', 'hypothetical', 'possible', 'historical', 'family', 'reviewed', 'rejected'] as const;

/** Modifiers of a finding an auditor annotated (agreed, commented, added as missed) or rejected. */
export const REVIEWED_BIT = 1 << TOKEN_MODIFIERS.indexOf('reviewed');
export const REJECTED_BIT = 1 << TOKEN_MODIFIERS.indexOf('rejected');

/** What annotations add to the tokens: modifier bits per finding span, and the findings reviewers added. */
export interface TokenMarks {
  modifiers(start: number, end: number): number;
  added: Array<{ start: number; end: number; kind: string }>;
}

export const LEGEND: SemanticTokensLegend = {
  tokenTypes: [...FINDING_KINDS],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

const MODIFIER_OF: Record<Assertion, number> = {
  present: 0,
  absent: 1 << 0,
  hypothetical: 1 << 1,
  possible: 1 << 2,
  historical: 1 << 3,
  family: 1 << 4,
};

interface Segment {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** Non-overlapping [start, end) segments, innermost finding winning. */
export function flatten(entry: CachedReview, marks?: TokenMarks): Segment[] {
  const added = (marks?.added ?? []).map((a) => ({ start: a.start, end: a.end, type: FINDING_KINDS.indexOf(a.kind as FindingKind), modifiers: REVIEWED_BIT }));
  const items = entry.review.findings
    .filter((f) => f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end, type: FINDING_KINDS.indexOf(f.kind), modifiers: (MODIFIER_OF[f.assertion] ?? 0) | (marks?.modifiers(f.start, f.end) ?? 0) }))
    .concat(added.filter((a) => a.end > a.start && a.end <= entry.text.length))
    .filter((i) => i.type >= 0);
  if (items.length === 0) return [];
  const bounds = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  const byStart = [...items].sort((a, b) => a.start - b.start);
  const active: typeof items = [];
  const out: Segment[] = [];
  let next = 0;
  for (let b = 0; b < bounds.length - 1; b++) {
    const from = bounds[b];
    const to = bounds[b + 1];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    for (let i = active.length - 1; i >= 0; i--) if (active[i].end <= from) active.splice(i, 1);
    if (active.length === 0) continue;
    let best = active[0];
    for (const a of active) if (a.end - a.start < best.end - best.start || (a.end - a.start === best.end - best.start && a.start > best.start)) best = a;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === best.type && last.modifiers === best.modifiers) last.end = to;
    else out.push({ start: from, end: to, type: best.type, modifiers: best.modifiers });
  }
  return out;
}

export function semanticTokensFor(entry: CachedReview, range?: Range, marks?: TokenMarks): SemanticTokens {
  const doc = entry.doc();
  const builder = new SemanticTokensBuilder();
  const lo = range ? doc.offsetAt(range.start) : 0;
  const hi = range ? doc.offsetAt(range.end) : Infinity;
  for (const seg of flatten(entry, marks)) {
    if (seg.end <= lo || seg.start >= hi) continue;
    const start = doc.positionAt(seg.start);
    const end = doc.positionAt(seg.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const lineEnd = line === end.line ? end.character : lineLength(entry.text, doc.offsetAt({ line, character: 0 }));
      if (lineEnd > from) builder.push(line, from, lineEnd - from, seg.type, seg.modifiers);
    }
  }
  return builder.build();
}

function lineLength(text: string, lineStart: number): number {
  let i = lineStart;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i - lineStart;
}
