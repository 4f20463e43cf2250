import * as fs from 'fs';
import * as path from 'path';
import { analyzeNote } from '../../server/src/engine';
import { Assertion } from '../../server/src/engine/types';
import { FIXTURES } from './gold';

/**
 * The general-clinical assertion set (test/fixtures/assertion/): one target per snippet, run
 * through the public custom-target path, scored per assertion category and split, beside a naive
 * negation-window baseline. See test/fixtures/assertion/README.md for the labelling conventions.
 */

export const ASSERTION_VALUES: readonly Assertion[] = ['present', 'absent', 'possible', 'historical', 'hypothetical', 'family'];
/** The categories reported with precision/recall/F1 ("present" is printed too, for reference). */
export const SCORED_CATEGORIES: readonly Assertion[] = ['absent', 'possible', 'historical', 'hypothetical', 'family'];
export const NOTE_TYPES = ['discharge', 'ed', 'radiology', 'ros', 'exam', 'hp', 'progress', 'operative', 'consult', 'pathology', 'nursing', 'pt'] as const;
export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface AssertionSentence {
  id: string;
  noteType: (typeof NOTE_TYPES)[number];
  text: string;
  target: string;
  expected: Assertion;
  /** 1-based; which whole-word occurrence of target is judged when it occurs more than once. */
  occurrence?: number;
  split: Split;
  why: string;
}

const ASSERTION_DIR = path.join(FIXTURES, 'assertion');
/**
 * sentences.jsonl (both splits) and later tuning batches, all dev and written without seeing the held-out lines:
 * sentences-dev2.jsonl (d2-###), sentences-dev3.jsonl (d3-###), sentences-dev4.jsonl (d4-###, written from the
 * NegEx/ConText trigger categories before the engine was run on it) and sentences-dev5.jsonl (d5-###: retellings,
 * "non-" prefixes, "and severe" items).
 */
export const ASSERTION_SET_FILES: readonly string[] = fs
  .readdirSync(ASSERTION_DIR)
  .filter((name) => /^sentences.*\.jsonl$/.test(name))
  .sort()
  .map((name) => path.join(ASSERTION_DIR, name));

/** Parses the set; a line that is not JSON throws with its file and line number. */
export function loadAssertionSet(files: readonly string[] = ASSERTION_SET_FILES): AssertionSentence[] {
  const sentences: AssertionSentence[] = [];
  for (const file of files) loadFile(file, sentences);
  return sentences;
}

function loadFile(file: string, sentences: AssertionSentence[]): void {
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        sentences.push(JSON.parse(line) as AssertionSentence);
      } catch (error) {
        throw new Error(`${path.basename(file)}:${index + 1}: ${(error as Error).message}`);
      }
    });
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD_EDGE = /[\p{L}\p{N}_]/u;

/** Spans of the whole-word, case-insensitive occurrences of target in text (the engine's custom-phrase boundaries). */
export function targetOccurrences(text: string, target: string): { start: number; end: number }[] {
  if (!target) return [];
  const before = WORD_EDGE.test(target[0]) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_EDGE.test(target[target.length - 1]) ? '(?![\\p{L}\\p{N}_])' : '';
  const regex = new RegExp(`${before}${escapeRegex(target)}${after}`, 'giu');
  return [...text.matchAll(regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function targetSpan(s: AssertionSentence): { start: number; end: number } | undefined {
  return targetOccurrences(s.text, s.target)[(s.occurrence ?? 1) - 1];
}

/** The engine's assertion on the judged occurrence, or undefined when no custom finding covers it (a miss). */
export function engineAssertion(s: AssertionSentence): Assertion | undefined {
  const span = targetSpan(s);
  if (!span) return undefined;
  const { findings } = analyzeNote(s.text, { customTargets: [{ label: 'target', phrases: [s.target] }] });
  return findings.find((f) => f.kind === 'custom' && f.start <= span.start && f.end >= span.end)?.assertion;
}

const NAIVE_NEGATION = /\b(?:no|not|without|denies)\b/i;
export const NAIVE_WINDOW = 60;

/** The naive baseline: absent iff "no", "not", "without" or "denies" occurs in the 60 characters before the target. */
export function naiveAssertion(s: AssertionSentence): Assertion {
  const span = targetSpan(s);
  if (!span) return 'present';
  return NAIVE_NEGATION.test(s.text.slice(Math.max(0, span.start - NAIVE_WINDOW), span.start)) ? 'absent' : 'present';
}

export interface CategoryScore {
  expected: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AssertionMistake {
  id: string;
  noteType: string;
  expected: Assertion;
  /** "miss": no custom finding covered the target. */
  predicted: Assertion | 'miss';
  target: string;
  text: string;
  why: string;
}

export interface SplitScores {
  total: number;
  correct: number;
  accuracy: number;
  misses: number;
  byCategory: Record<Assertion, CategoryScore>;
  /** The naive negation window: its absent P/R/F1 and its accuracy over the whole split. */
  baseline: { absent: CategoryScore; accuracy: number };
  mistakes: AssertionMistake[];
}

function categoryScore(pairs: readonly { expected: Assertion; predicted: Assertion | 'miss' }[], category: Assertion): CategoryScore {
  const expected = pairs.filter((p) => p.expected === category).length;
  const predicted = pairs.filter((p) => p.predicted === category).length;
  const correct = pairs.filter((p) => p.expected === category && p.predicted === category).length;
  const precision = predicted ? correct / predicted : expected ? 0 : 1;
  const recall = expected ? correct / expected : 1;
  return { expected, predicted, correct, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function byCategory(pairs: readonly { expected: Assertion; predicted: Assertion | 'miss' }[]): Record<Assertion, CategoryScore> {
  return Object.fromEntries(ASSERTION_VALUES.map((c) => [c, categoryScore(pairs, c)])) as Record<Assertion, CategoryScore>;
}

export function scoreSentences(sentences: readonly AssertionSentence[]): SplitScores {
  const engine = sentences.map((s) => ({ s, expected: s.expected, predicted: engineAssertion(s) ?? ('miss' as const) }));
  const naive = sentences.map((s) => ({ expected: s.expected, predicted: naiveAssertion(s) }));
  const correct = engine.filter((p) => p.predicted === p.expected).length;
  const total = sentences.length || 1;
  return {
    total: sentences.length,
    correct,
    accuracy: correct / total,
    misses: engine.filter((p) => p.predicted === 'miss').length,
    byCategory: byCategory(engine),
    baseline: { absent: categoryScore(naive, 'absent'), accuracy: naive.filter((p) => p.predicted === p.expected).length / total },
    mistakes: engine
      .filter((p) => p.predicted !== p.expected)
      .map(({ s, predicted }) => ({ id: s.id, noteType: s.noteType, expected: s.expected, predicted, target: s.target, text: s.text, why: s.why })),
  };
}

/** Scores of both splits; the lead's floor assertions can be written against this. */
export function assertionSetScores(sentences: readonly AssertionSentence[] = loadAssertionSet()): Record<Split, SplitScores> {
  return {
    dev: scoreSentences(sentences.filter((s) => s.split === 'dev')),
    heldout: scoreSentences(sentences.filter((s) => s.split === 'heldout')),
  };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

export function assertionTable(title: string, scores: SplitScores): string {
  const rows = [
    `${title}: ${scores.total} sentences, accuracy ${pct(scores.accuracy).trim()} %, ${scores.misses} target(s) not found`,
    `  ${'category'.padEnd(13)} exp  pred     P      R     F1`,
  ];
  for (const category of [...SCORED_CATEGORIES, 'present' as const]) {
    const c = scores.byCategory[category];
    rows.push(`  ${category.padEnd(13)} ${String(c.expected).padStart(3)}  ${String(c.predicted).padStart(4)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`);
  }
  const naive = scores.baseline.absent;
  rows.push(
    `  naive negation (no/not/without/denies within ${NAIVE_WINDOW} chars before): absent P ${pct(naive.precision).trim()} R ${pct(naive.recall).trim()} F1 ${pct(naive.f1).trim()}` +
      ` vs engine absent F1 ${pct(scores.byCategory.absent.f1).trim()}; naive accuracy ${pct(scores.baseline.accuracy).trim()} %`,
  );
  return rows.join('\n');
}

export function mistakeLines(mistakes: readonly AssertionMistake[]): string[] {
  return mistakes.map((m) => `  ${m.id} [${m.noteType}] expected ${m.expected}, got ${m.predicted}: "${m.target}" in ${JSON.stringify(m.text)} (${m.why})`);
}
