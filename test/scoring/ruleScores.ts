import { analyzeNote } from '../../server/src/engine';
import { buildCase } from '../../server/src/engine/case/buildCase';
import { reviewAnalysis, reviewNote } from '../../server/src/engine/review/reviewNote';
import { RULES } from '../../server/src/engine/rules';
import { LineIndex } from '../../server/src/engine/text/lineIndex';
import { AnyFinding } from '../../server/src/engine/types';
import { GoldNote, goldSpan } from './gold';

/**
 * Per-rule figures: on how many notes a rule fires, and on how many of those it also fires when
 * the rules run over the gold findings instead of the extracted ones ("right by the gold").
 */
export interface RuleRow {
  id: string;
  fires: number;
  right: number;
  goldFires: number;
  /** Notes where the rule fires but not on the gold findings, and the reverse. */
  wrongNotes: string[];
  missedNotes: string[];
}

function goldFindings(note: GoldNote): AnyFinding[] {
  const analysis = analyzeNote(note.text);
  const lines = new LineIndex(note.text);
  const sectionAt = (offset: number) => analysis.sections.filter((s) => s.start <= offset).pop()?.category ?? 'other';
  return note.findings.map((g) => {
    const span = goldSpan(note, g) ?? { start: 0, end: 0 };
    return {
      kind: g.kind,
      assertion: g.assertion,
      text: note.text.slice(span.start, span.end),
      range: lines.rangeOf(span.start, span.end),
      attributes: { ...(g.attributes ?? {}) },
      start: span.start,
      end: span.end,
      section: sectionAt(span.start),
    } as AnyFinding;
  });
}

function firedRules(codes: Iterable<string>): Set<string> {
  return new Set(codes);
}

export function ruleRows(notes: GoldNote[]): RuleRow[] {
  const rows = new Map<string, RuleRow>(RULES.map((r) => [r.id, { id: r.id, fires: 0, right: 0, goldFires: 0, wrongNotes: [], missedNotes: [] }]));
  for (const note of notes) {
    const predicted = firedRules(reviewNote(note.text).diagnostics.map((d) => d.code));
    const analysis = analyzeNote(note.text);
    const findings = goldFindings(note).sort((a, b) => a.start - b.start);
    // The note type is read from the note's text, the same for the gold findings as for the extracted ones.
    const goldCase = buildCase(findings, { dateOfService: analysis.dateOfService, noteType: analysis.case.noteType, conservativeCareMinimumMonths: 3, endplateWidthMm: 35.7 });
    const gold = firedRules(reviewAnalysis(note.text, { ...analysis, findings, case: goldCase }).diagnostics.map((d) => d.code));
    for (const row of rows.values()) {
      if (predicted.has(row.id)) row.fires++;
      if (gold.has(row.id)) row.goldFires++;
      if (predicted.has(row.id) && gold.has(row.id)) row.right++;
      if (predicted.has(row.id) && !gold.has(row.id)) row.wrongNotes.push(note.name);
      if (!predicted.has(row.id) && gold.has(row.id)) row.missedNotes.push(note.name);
    }
  }
  return [...rows.values()];
}
