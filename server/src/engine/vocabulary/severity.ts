import { pattern } from '../patterns';
import { Severity } from '../types';

/** Severity words, longest first, and where they sit on the ordered scale. */
export const SEVERITY_WORDS: Array<[string, Severity]> = [
  ['mild to moderate', 'mild-to-moderate'],
  ['mild-to-moderate', 'mild-to-moderate'],
  ['mild-moderate', 'mild-to-moderate'],
  ['mild/moderate', 'mild-to-moderate'],
  ['moderate to severe', 'moderate-to-severe'],
  ['moderate-to-severe', 'moderate-to-severe'],
  ['moderate-severe', 'moderate-to-severe'],
  ['moderate/severe', 'moderate-to-severe'],
  ['moderately severe', 'moderate-to-severe'],
  ['minimal', 'mild'],
  ['minimally', 'mild'],
  ['slight', 'mild'],
  ['slightly', 'mild'],
  ['mild', 'mild'],
  ['mildly', 'mild'],
  ['minor', 'mild'],
  ['moderate', 'moderate'],
  ['moderately', 'moderate'],
  ['severe', 'severe'],
  ['severely', 'severe'],
  ['marked', 'severe'],
  ['markedly', 'severe'],
  ['advanced', 'severe'],
  ['critical', 'severe'],
  ['high grade', 'severe'],
  ['high-grade', 'severe'],
  ['tight', 'severe'],
];

const GAPS = pattern('severity.gaps', '[\\s/-]+', 'g');
const LY_SUFFIX = pattern('severity.lySuffix', 'ly\\b', 'g');
const LOOKUP = new Map(SEVERITY_WORDS.map(([w, s]) => [w.replace(GAPS, ' '), s]));

/** Regex source matching any severity word (lower-case text). */
export const SEVERITY = `(?:mild(?:ly)?(?:[\\s/-]+(?:to[\\s-]+)?moderate(?:ly)?)?|moderate(?:ly)?(?:[\\s/-]+(?:to[\\s-]+)?severe(?:ly)?)?|minimal(?:ly)?|slight(?:ly)?|minor|severe(?:ly)?|marked(?:ly)?|advanced|critical|high[\\s-]grade|tight)`;

const SEVERITY_SCAN = pattern('severity.scan', `(?<![a-z])${SEVERITY}(?![a-z])`, 'g');

export function severityOf(word: string): Severity | undefined {
  const key = word.toLowerCase().replace(GAPS, ' ').replace(LY_SUFFIX, '').trim();
  return LOOKUP.get(key) ?? LOOKUP.get(word.toLowerCase().replace(GAPS, ' ').trim());
}

/** All severity words in a span, with their offsets relative to the span. */
export function severitiesIn(lower: string): Array<{ index: number; end: number; severity: Severity }> {
  const out: Array<{ index: number; end: number; severity: Severity }> = [];
  const scan = SEVERITY_SCAN;
  scan.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(lower)) !== null) {
    const severity = severityOf(m[0]);
    if (severity) out.push({ index: m.index, end: m.index + m[0].length, severity });
  }
  return out;
}
