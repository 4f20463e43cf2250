import { PhraseMatcher } from '../context/phraseMatcher';
import { pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { scanRange } from '../text/rangeScan';
import { EARLIER_GRADE_WORDS, GRADED_MOVEMENTS, LATER_GRADE_WORDS } from '../vocabulary/motorExam';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Serial exams: a strength grade that has fallen since an earlier exam is a progressive deficit
 * ("EHL 4/5, was 5/5 in August", "dorsiflexion decreased from 5/5 to 4-/5", "5/5 -> 4/5 -> 3/5").
 * Stable or improving grades are not. The span runs from the muscle to the last grade compared, so
 * the diagnostic quotes both exams.
 * Assertion: ConText alone (context/rules/ and redFlag.ts), like any red flag.
 * Not read: grades of different muscles or sides side by side ("EHL 5/5, dorsiflexion 4/5", "right 4/5,
 * left 5/5"), two grades with nothing saying which came first.
 */

const GRADE = pattern('serialExam.grade', '(?<![0-9/.])([0-5])[ ]{0,2}([+-]?)[ ]{0,2}/[ ]{0,2}5(?![0-9])', 'g');
const MOVEMENTS = new PhraseMatcher<true>(GRADED_MOVEMENTS.map((p): [string, true] => [p, true]));
type Order = 'earlier' | 'later';
const ORDER_WORDS = new PhraseMatcher<Order>([
  ...EARLIER_GRADE_WORDS.map((p): [string, Order] => [p, 'earlier']),
  ...LATER_GRADE_WORDS.map((p): [string, Order] => [p, 'later']),
]);
/** "->", "→", ">": the next grade is later. */
const ARROW = pattern('serialExam.arrow', '(?:-{1,2}>|\u2192|=>)');
const CLAUSE_BREAK = pattern('serialExam.clauseBreak', ';');
const SIDE = pattern('serialExam.side', '(?<![a-z])(left|right|bilateral|bilaterally|lt|rt|contralateral)(?![a-z])', 'g');
const sideOf = (word: string) => (word === 'lt' ? 'left' : word === 'rt' ? 'right' : word.startsWith('bilateral') ? 'bilateral' : word);

/** The last side named in lower[from, to), or undefined. */
function lastSide(lower: string, from: number, to: number): string | undefined {
  const sides = scanRange(SIDE, lower, from, to);
  return sides.length ? sideOf(sides[sides.length - 1][1]) : undefined;
}

/**
 * Two limbs or two statements, not two exams: a semicolon between the grades, or a side named
 * between them that differs from the side before the first ("on the right was 1/5 and on the left
 * was 3-/5"). A side right after the first grade is its own ("EHL 4/5 on the right, was 5/5").
 */
function otherLimb(lower: string, from: number, to: number, sentenceSideEnd: number): boolean {
  if (CLAUSE_BREAK.test(lower.slice(from, to))) return true;
  const between = lastSide(lower, from, to);
  if (between === undefined) return false;
  const before = lastSide(lower, 0, sentenceSideEnd);
  return before !== undefined && before !== between;
}
/** Two grades farther apart than this are not one comparison. */
const MAX_GAP = 48;

export interface Grade {
  start: number;
  end: number;
  /** Comparable rank: 4+ > 4 > 4-. */
  rank: number;
}

export function gradesIn(lower: string): Grade[] {
  const grades: Grade[] = [];
  for (const m of scanRange(GRADE, lower, 0, lower.length)) {
    const modifier = m[2] === '+' ? 1 : m[2] === '-' ? -1 : 0;
    grades.push({ start: m.index, end: m.index + m[0].length, rank: Number(m[1]) * 3 + modifier });
  }
  return grades;
}

/** Where the words between two grades turn from the first exam to the second: "4/5 at the last visit and is 2/5". */
const TURN = pattern('serialExam.turn', '(?:,|(?<![a-z])(?:and|but))(?![a-z])');
const flip = (order: Order): Order => (order === 'earlier' ? 'later' : 'earlier');

/**
 * Whether the second of two grades is the earlier or the later exam, from the words between them; undefined
 * when nothing says. The words nearest the second grade label it ("4/5, was 5/5", "from 5/5 to 4/5"); when
 * those say nothing, words right after the first label the first ("was 4/5 at the last visit and is 2/5 today").
 */
function orderBetween(lower: string, from: number, to: number): Order | undefined {
  if (ARROW.test(lower.slice(from, to))) return 'later';
  const words = ORDER_WORDS.matchAll(lower, from, to);
  if (words.length === 0) return undefined;
  const turn = TURN.exec(lower.slice(from, to));
  const turnAt = turn ? from + turn.index : from;
  const second = words.filter((w) => w.start >= turnAt);
  if (second.length) return second[second.length - 1].value;
  return flip(words[0].value);
}

function extract(view: SentenceView): Candidate<'redFlag'>[] {
  const { lower } = view;
  const grades = gradesIn(lower);
  if (grades.length < 2) return [];
  const movements = MOVEMENTS.matchAll(lower, 0, lower.length);
  if (movements.length === 0) return [];
  const out: Candidate<'redFlag'>[] = [];
  for (let i = 0; i + 1 < grades.length; i++) {
    const a = grades[i];
    const b = grades[i + 1];
    if (b.start - a.end > MAX_GAP) continue;
    // Another muscle between the grades: two muscles, not two exams.
    if (movements.some((m) => m.start >= a.end && m.end <= b.start) || otherLimb(lower, a.end, b.start, a.start)) continue;
    const muscle = [...movements].reverse().find((m) => m.end <= a.start && a.start - m.end <= MAX_GAP);
    if (!muscle) continue;
    const order = orderBetween(lower, a.end, b.start);
    if (!order) continue;
    const [earlier, later] = order === 'earlier' ? [b, a] : [a, b];
    if (later.rank >= earlier.rank) continue;
    // The rest of a chain of exams ("5/5 -> 4/5 -> 3/5") belongs to the same comparison.
    let last = i + 1;
    while (last + 1 < grades.length && grades[last + 1].start - grades[last].end <= MAX_GAP && orderBetween(lower, grades[last].end, grades[last + 1].start) === order) last++;
    out.push({ kind: 'redFlag', start: view.start + muscle.start, end: view.start + grades[last].end, attributes: { type: 'progressiveDeficit' } });
    break;
  }
  return out;
}

export const serialExamExtractor: Extractor = {
  name: 'serialExam',
  anchor: anchorFrom({ gradedMovements: GRADED_MOVEMENTS }),
  extract,
};
