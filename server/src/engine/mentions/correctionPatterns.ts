import { pattern } from '../patterns';
import { Side } from '../types';
import { canonicalSegment, canonicalVertebra, SEGMENT, VERTEBRA } from '../vocabulary/levels';

/**
 * How an addendum replaces one value with another. Each pattern names the corrected value `new` and
 * the retracted one `old`; both are a side, a level, a measurement in mm or a grade. Read only inside an addendum section. The
 * `d` flag gives the groups' offsets.
 */
const SIDE_VALUE = '(?:left|right|bilateral)';
const LEVEL_VALUE = `(?:${SEGMENT}|${VERTEBRA}(?:[ \\t]{1,3}on[ \\t]{1,3}${VERTEBRA})?)`;
/** A measurement or grade: "6 mm rather than 4 mm", "grade 2, not grade 1". */
const MM_VALUE = '[0-9]{1,2}(?:[.][0-9])?[ \\t]{0,2}(?:mm|millimeters?)';
const GRADE_VALUE = '(?:meyerding[ \\t]{1,3})?grade[ \\t]{1,3}(?:[1-4]|iv|i{1,3})';
const VALUE = `(?:${SIDE_VALUE}|${LEVEL_VALUE}|${MM_VALUE}|${GRADE_VALUE})(?![a-z0-9])`;
const THE = '(?:the[ \\t]{1,3})?';
const AT = '(?:(?:at|on|in)[ \\t]{1,3}(?:the[ \\t]{1,3})?)?';
const SIDED = '(?:[ \\t-]sided|[ \\t]{1,3}side)?';
const NOT = '[ \\t]{0,3},?[ \\t]{0,3}(?:and[ \\t]{1,3})?(?:not|rather[ \\t]{1,3}than|instead[ \\t]{1,3}of)[ \\t]{1,3}';

export interface ReplacementPattern {
  /** Names `old`, and `new` unless `then` does. */
  regex: RegExp;
  /** For a statement in two parts, the `new` value in the next characters after `regex`'s match. */
  then?: RegExp;
}

/** How far after its first part the second part of a statement may start. */
export const SECOND_PART_WINDOW = 100;

export const REPLACEMENTS: readonly ReplacementPattern[] = [
  // "should read left, not right", "the slip is at L4-L5, not L5-S1", "L4-5 rather than L5-S1"
  { regex: pattern('corrections.newNotOld', `(?<![a-z0-9])(?<new>${VALUE})${SIDED}${NOT}${THE}${AT}(?<old>${VALUE})`, 'gd') },
  // "not right but left"
  { regex: pattern('corrections.notOldButNew', `(?<![a-z])not[ \\t]{1,3}${THE}${AT}(?<old>${VALUE})${SIDED}[ \\t]{0,3},?[ \\t]{0,3}but[ \\t]{1,3}${THE}${AT}(?<new>${VALUE})`, 'gd') },
  // "right should read left", "L5-S1 should be L4-L5"
  { regex: pattern('corrections.oldShouldReadNew', `(?<![a-z0-9])(?<old>${VALUE})${SIDED}[ \\t]{1,3}should[ \\t]{1,3}(?:read|be|say|have[ \\t]{1,3}(?:read|been))[ \\t:]+${THE}${AT}(?<new>${VALUE})`, 'gd') },
  // "the previously reported right-sided foraminal stenosis is on the left"
  {
    regex: pattern('corrections.previouslyReported', `(?<![a-z])previously[ \\t]{1,3}(?:reported|described|dictated|stated|documented)[ \\t]{1,3}${THE}(?<old>${VALUE})`, 'gd'),
    then: pattern('corrections.isActually', `(?<![a-z])(?:is|are|was|were)[ \\t]{1,3}(?:actually[ \\t]{1,3}|in[ \\t]{1,3}fact[ \\t]{1,3})?${AT}(?<new>${VALUE})`, 'd'),
  },
];

/** Words by which an addendum sentence takes back what the note said: "delete it from the HPI". */
export const RETRACTION_CUE = pattern(
  'corrections.retractionCue',
  '(?<![a-z])(?:delete[ds]?|disregard(?:ed)?|strike|struck|retract(?:s|ed)?|remove[ds]?|in[ \\t]+error|erroneous(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|misstated|misdictated|typo|should[ \\t]+not[ \\t]+have)(?![a-z])',
);

const VERTEBRA_ON_VERTEBRA = pattern('corrections.vertebraOnVertebra', `^(${VERTEBRA})[ \\t]+on[ \\t]+(${VERTEBRA})$`);
const VERTEBRA_ONLY = pattern('corrections.vertebraOnly', `^${VERTEBRA}$`);

export type CorrectedValue = { dimension: 'side'; value: Side } | { dimension: 'level'; value: string } | { dimension: 'mm' | 'grade'; value: number };

const MM_ONLY = pattern('corrections.mmOnly', '^([0-9]{1,2}(?:[.][0-9])?)[ \\t]{0,2}(?:mm|millimeters?)$');
const GRADE_ONLY = pattern('corrections.gradeOnly', '^(?:meyerding[ \\t]{1,3})?grade[ \\t]{1,3}([1-4]|iv|i{1,3})$');
const ROMAN_GRADES: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A side, level, measurement or grade as written ("right", "l4-5", "l4 on l5", "6 mm", "grade ii") in its canonical form. */
export function parseValue(lower: string): CorrectedValue | undefined {
  const word = lower.trim();
  const mm = MM_ONLY.exec(word);
  if (mm) return { dimension: 'mm', value: Number(mm[1]) };
  const grade = GRADE_ONLY.exec(word);
  if (grade) return { dimension: 'grade', value: ROMAN_GRADES[grade[1]] ?? Number(grade[1]) };
  if (word === 'left' || word === 'right' || word === 'bilateral') return { dimension: 'side', value: word };
  const on = VERTEBRA_ON_VERTEBRA.exec(word);
  if (on) {
    const segment = canonicalSegment(`${on[1]}-${on[2]}`);
    return segment ? { dimension: 'level', value: segment } : undefined;
  }
  if (VERTEBRA_ONLY.test(word)) return { dimension: 'level', value: canonicalVertebra(word) };
  const segment = canonicalSegment(word);
  return segment ? { dimension: 'level', value: segment } : undefined;
}
