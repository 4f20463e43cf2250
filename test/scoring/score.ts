import { analyzeNote } from '../../server/src/engine';
import { AnyFinding } from '../../server/src/engine/types';
import { GoldFinding, GoldNote, goldSpan } from './gold';

/**
 * Scores the engine against gold: a prediction matches a gold finding of the same kind when
 * their spans overlap (several predictions may overlap one gold span: the one whose attributes
 * agree best wins). "Strict" also asks the kind's key attributes to be right.
 */
export const KEY_ATTRIBUTES: Record<string, string[]> = {
  parsDefect: ['level'],
  listhesis: ['grade', 'mm'],
  stenosis: ['location', 'level', 'severity'],
  conservativeTherapy: ['modality', 'durationDays'],
  redFlag: ['type'],
  riskFactor: ['type'],
  outcomeMeasure: ['instrument', 'value'],
  surgicalPlan: ['procedure'],
  nerveRootContact: ['root'],
  spondylosis: ['level'],
};

export interface KindCounts {
  gold: number;
  predicted: number;
  matched: number;
  strict: number;
  assertionRight: number;
  attributesRight: number;
  attributesTotal: number;
}

export interface Mistake {
  note: string;
  kind: string;
  type: 'missed' | 'spurious' | 'assertion' | 'attributes';
  line: number;
  text: string;
  detail: string;
}

export interface Scores {
  byKind: Record<string, KindCounts>;
  caseFields: Record<string, { right: number; total: number }>;
  mistakes: Mistake[];
}

const emptyCounts = (): KindCounts => ({ gold: 0, predicted: 0, matched: 0, strict: 0, assertionRight: 0, attributesRight: 0, attributesTotal: 0 });

function agreement(g: GoldFinding, p: AnyFinding): number {
  const attrs = (p.attributes ?? {}) as Record<string, unknown>;
  let score = p.assertion === g.assertion ? 0.5 : 0;
  for (const [k, v] of Object.entries(g.attributes ?? {})) if (attrs[k] === v) score += 1;
  return score;
}

function keyAttributesRight(g: GoldFinding, p: AnyFinding): boolean {
  const attrs = p.attributes as Record<string, unknown>;
  return (KEY_ATTRIBUTES[g.kind] ?? []).every((k) => attrs[k] === (g.attributes ?? {})[k]);
}

const CASE_FIELDS = ['conservativeCareDays', 'highestGrade', 'surgeryPlanned', 'surgeryConsidered', 'redFlags', 'surgicalCriteria.failedConservativeCare', 'surgicalCriteria.functionalImpairment', 'surgicalCriteria.imagingCorrelation', 'surgicalCriteria.patientPreference'];

function field(obj: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join() === [...b].sort().join();
  return a === b;
}

export function scoreNotes(notes: GoldNote[]): Scores {
  const byKind: Record<string, KindCounts> = {};
  const caseFields: Scores['caseFields'] = {};
  const mistakes: Mistake[] = [];
  const counts = (kind: string) => (byKind[kind] ??= emptyCounts());
  for (const note of notes) {
    const analysis = analyzeNote(note.text, note.dateOfService ? { dateOfService: note.dateOfService } : {});
    const predicted = analysis.findings.filter((f) => f.kind !== 'custom');
    const used = new Set<AnyFinding>();
    for (const p of predicted) counts(p.kind).predicted++;
    for (const g of note.findings) {
      const c = counts(g.kind);
      c.gold++;
      const span = goldSpan(note, g);
      if (!span) throw new Error(`${note.name}: gold text "${g.text}" not found on line ${g.line}`);
      let best: AnyFinding | undefined;
      let bestScore = -1;
      for (const p of predicted) {
        if (p.kind !== g.kind || used.has(p) || p.start >= span.end || span.start >= p.end) continue;
        const score = agreement(g, p);
        if (score > bestScore) {
          best = p;
          bestScore = score;
        }
      }
      if (!best) {
        mistakes.push({ note: note.name, kind: g.kind, type: 'missed', line: g.line, text: g.text, detail: `${g.assertion} ${JSON.stringify(g.attributes ?? {})}` });
        continue;
      }
      used.add(best);
      c.matched++;
      if (best.assertion === g.assertion) c.assertionRight++;
      else mistakes.push({ note: note.name, kind: g.kind, type: 'assertion', line: g.line, text: g.text, detail: `gold ${g.assertion}, got ${best.assertion}` });
      if (keyAttributesRight(g, best)) c.strict++;
      const attrs = best.attributes as Record<string, unknown>;
      const wrong: string[] = [];
      for (const [k, v] of Object.entries(g.attributes ?? {})) {
        c.attributesTotal++;
        if (attrs[k] === v) c.attributesRight++;
        else wrong.push(`${k}: gold ${JSON.stringify(v)} got ${JSON.stringify(attrs[k])}`);
      }
      for (const k of KEY_ATTRIBUTES[g.kind] ?? []) {
        if ((g.attributes ?? {})[k] === undefined && attrs[k] !== undefined) wrong.push(`${k}: gold none got ${JSON.stringify(attrs[k])}`);
      }
      if (wrong.length) mistakes.push({ note: note.name, kind: g.kind, type: 'attributes', line: g.line, text: g.text, detail: wrong.join('; ') });
    }
    for (const p of predicted) {
      if (!used.has(p)) mistakes.push({ note: note.name, kind: p.kind, type: 'spurious', line: p.range.start.line, text: p.text, detail: `${p.assertion} ${JSON.stringify(p.attributes)}` });
    }
    if (note.case) {
      for (const name of CASE_FIELDS) {
        const expected = field(note.case, name);
        if (expected === undefined) continue;
        const got = field(analysis.case as unknown as Record<string, unknown>, name);
        const f = (caseFields[name] ??= { right: 0, total: 0 });
        f.total++;
        if (sameValue(expected, got)) f.right++;
        else mistakes.push({ note: note.name, kind: 'case', type: 'attributes', line: 0, text: name, detail: `gold ${JSON.stringify(expected)} got ${JSON.stringify(got)}` });
      }
    }
  }
  return { byKind, caseFields, mistakes };
}

export function f1(c: KindCounts, strict = false): { precision: number; recall: number; f1: number } {
  const tp = strict ? c.strict : c.matched;
  const precision = c.predicted ? tp / c.predicted : c.gold ? 0 : 1;
  const recall = c.gold ? tp / c.gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function assertionAccuracy(scores: Scores): number {
  let right = 0;
  let total = 0;
  for (const c of Object.values(scores.byKind)) {
    right += c.assertionRight;
    total += c.matched;
  }
  return total ? right / total : 1;
}
