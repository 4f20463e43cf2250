import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { AnyFinding, FindingKind, Section } from '../engine';
import { CachedReview } from './documentCache';
import { ASSERTION_LABEL, kindLabel, oneLine, SECTION_LABEL } from './labels';

/**
 * Outline and breadcrumbs: the note's sections, each with the findings it holds.
 * A note without headers is one "Note" section.
 */
const FINDING_SYMBOL: Record<FindingKind, SymbolKind> = {
  parsDefect: SymbolKind.Struct,
  listhesis: SymbolKind.Struct,
  stenosis: SymbolKind.Struct,
  nerveRootContact: SymbolKind.Struct,
  spondylosis: SymbolKind.Struct,
  conservativeTherapy: SymbolKind.Event,
  radicularSymptoms: SymbolKind.Field,
  redFlag: SymbolKind.Constant,
  outcomeMeasure: SymbolKind.Number,
  functionalImpairment: SymbolKind.Field,
  imagingCorrelation: SymbolKind.Boolean,
  patientPreference: SymbolKind.Boolean,
  riskFactor: SymbolKind.Property,
  surgicalPlan: SymbolKind.Method,
  custom: SymbolKind.Key,
};

export function documentSymbolsFor(entry: CachedReview): DocumentSymbol[] {
  const doc = entry.doc();
  const text = entry.text;
  const { sections, findings } = entry.review;
  const out: DocumentSymbol[] = [];
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let fi = 0;
  for (const section of sections) {
    const children: DocumentSymbol[] = [];
    while (fi < sorted.length && sorted[fi].start < section.end) {
      const f = sorted[fi++];
      if (f.start >= section.start) children.push(findingSymbol(f));
    }
    const [start, end] = trimmed(text, section.start, section.end);
    if (end <= start && children.length === 0) continue;
    if (!section.title && children.length === 0 && !/\S/.test(text.slice(section.start, section.end))) continue;
    const range = { start: doc.positionAt(start), end: doc.positionAt(Math.max(end, start)) };
    const [hs, he] = section.title ? trimmed(text, section.start, Math.max(section.start, section.bodyStart)) : [start, start];
    const selectionRange = section.title && he > hs ? { start: doc.positionAt(hs), end: doc.positionAt(he) } : { start: range.start, end: range.start };
    out.push({
      name: sectionName(section),
      detail: section.title ? SECTION_LABEL[section.category] ?? '' : '',
      kind: SymbolKind.Namespace,
      range,
      selectionRange,
      children: children.filter((c) => within(c, range)),
    });
  }
  return out;
}

function sectionName(s: Section): string {
  const title = oneLine(s.title.replace(/[:\s]+$/, ''), 60);
  if (title) return title;
  return s.category === 'other' ? 'Note' : SECTION_LABEL[s.category] ?? 'Note';
}

function findingSymbol(f: AnyFinding): DocumentSymbol {
  const name = `${kindLabel(f)}: ${oneLine(f.text, 70)}` || kindLabel(f);
  return {
    name,
    detail: f.assertion === 'present' ? '' : ASSERTION_LABEL[f.assertion],
    kind: FINDING_SYMBOL[f.kind] ?? SymbolKind.Field,
    range: f.range,
    selectionRange: f.range,
  };
}

/** [start, end) without leading and trailing whitespace. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

function within(child: DocumentSymbol, range: DocumentSymbol['range']): boolean {
  const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(range.start, child.range.start) && le(child.range.end, range.end);
}
