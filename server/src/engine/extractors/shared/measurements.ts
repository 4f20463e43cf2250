import { pattern } from '../../patterns';
import { isDigit } from '../../text/chars';
import { scanRange } from '../../text/rangeScan';
import { NUMBER_WORDS, ROMAN } from '../../vocabulary/numbers';

/** Millimetre, percent and Meyerding-grade mentions. Offsets are relative to the text scanned. */

export const MM_SCAN = pattern(
  'measure.mm',
  '(?<![0-9.])(\\d{1,3}(?:\\.\\d{1,2})?)(?:[ \\t]?(?:-|to)[ \\t]?(\\d{1,3}(?:\\.\\d{1,2})?))?[ \\t]?(mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?)(?![a-z])',
  'g',
);
export const PERCENT_SCAN = pattern('measure.percent', '(?<![0-9.])(\\d{1,3}(?:\\.\\d)?)[ \\t]?(?:%|percent|per cent)', 'g');
export const GRADE_SCAN = pattern(
  'measure.grade',
  '(?<![a-z])(?:(?:meyerding[ \\t]+)?(?:grade|grdae|garde|gade|grd|gr\\.?)[ \\t]*(?:of[ \\t]+)?(1|2|3|4|5|i{1,3}|iv|v|one|two|three|four|five)(?:[ \\t]?(-|to|/)[ \\t]?(1|2|3|4|5|i{1,3}|iv|v|one|two|three|four|five))?(?![a-z0-9])|(first|second|third|1st|2nd|3rd)[ \\t-]+degree|(low)[ \\t-]*grade|(high)[ \\t-]*grade)',
  'g',
);

export interface Measure {
  index: number;
  end: number;
  value: number;
}

export function mmIn(lower: string, from: number, to: number): Measure[] {
  const out: Measure[] = [];
  for (const m of scanRange(MM_SCAN, lower, from, to)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    const unit = m[3].startsWith('c') ? 10 : 1;
    out.push({ index: m.index, end: m.index + m[0].length, value: Math.round(Math.max(a, b) * unit * 100) / 100 });
  }
  return out;
}

export function percentIn(lower: string, from: number, to: number): Measure[] {
  const out: Measure[] = [];
  for (const m of scanRange(PERCENT_SCAN, lower, from, to)) {
    out.push({ index: m.index, end: m.index + m[0].length, value: Number(m[1]) });
  }
  return out;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, '1st': 1, '2nd': 2, '3rd': 3 };

function gradeValue(token: string): number | undefined {
  if (token.length === 1 && isDigit(token.charCodeAt(0))) return Number(token);
  return ROMAN[token] ?? NUMBER_WORDS[token];
}

export interface GradeMention {
  index: number;
  end: number;
  grade?: number;
  lowGrade?: boolean;
  highGrade?: boolean;
}

export function gradesIn(lower: string, from: number, to: number): GradeMention[] {
  const out: GradeMention[] = [];
  for (const m of scanRange(GRADE_SCAN, lower, from, to)) {
    const mention: GradeMention = { index: m.index, end: m.index + m[0].length };
    if (m[1] !== undefined) {
      const a = gradeValue(m[1]);
      const b = m[3] === undefined ? undefined : gradeValue(m[3]);
      if (a === undefined || a < 1 || a > 5) continue;
      const scale = m[2] === '/' && (b === 4 || b === 5);
      if (b === undefined || scale) mention.grade = a; // "grade I/IV" is grade 1 on a 4-grade scale
      else if (b <= 2) mention.lowGrade = true; // "grade 1-2": low grade, exact grade not stated
      else mention.grade = Math.max(a, b);
    } else if (m[4] !== undefined) mention.grade = ORDINAL[m[4]];
    else if (m[5] !== undefined) mention.lowGrade = true;
    else mention.highGrade = true;
    out.push(mention);
  }
  return out;
}
