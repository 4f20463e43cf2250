import { AnyFinding, RedFlagType, SectionCategory } from '../types';
import { isPresent, ofKind } from './findings';
import { SameSentence } from './sameSentence';

/** Sections that describe a prior study rather than the current one. */
export const PRIOR_SECTIONS: ReadonlySet<SectionCategory> = new Set(['comparison']);

export interface RedFlagFact {
  type: RedFlagType;
  finding: AnyFinding;
}

/**
 * The note's present red flags, the one definition the case and the rules share: a present red-flag
 * finding, or a slip of the current study reported as progressed since the prior one ("6 mm,
 * previously 3 mm"). What the context decided of the progression itself wins over the slip's reading:
 * "the spondylolisthesis has not progressed" is a negated progression, so the slip there is no flag.
 * "Anterolisthesis of L4 on L5, 6 mm, progressed since 12/2025" is one statement found by two
 * extractors: the slip tells it (with its level and size) and the progression word is not a second flag.
 * `sameSentence` is asked for only when a slip and a progression word meet.
 */
export function redFlagFacts(findings: readonly AnyFinding[], sameSentence: () => SameSentence): RedFlagFact[] {
  const flags = ofKind(findings, 'redFlag');
  const progressions = flags.filter((f) => f.attributes.type === 'slipProgression');
  let test: SameSentence | undefined;
  const together = (a: AnyFinding, b: AnyFinding) => (test ??= sameSentence())(a, b);
  const progressed = ofKind(findings, 'listhesis')
    .filter((f) => isPresent(f) && !PRIOR_SECTIONS.has(f.section) && f.attributes.change === 'progressed')
    .filter((slip) => !progressions.some((p) => !isPresent(p) && together(slip, p)))
    .sort((a, b) => a.start - b.start);
  const found: RedFlagFact[] = progressed.map((f) => ({ type: 'slipProgression', finding: f }));
  for (const f of flags) {
    if (!isPresent(f)) continue;
    if (f.attributes.type === 'slipProgression' && neighbours(progressed, f.start).some((slip) => together(slip, f))) continue;
    found.push({ type: f.attributes.type, finding: f });
  }
  return found.sort((a, b) => a.finding.start - b.finding.start);
}

/** The findings nearest before and after an offset, in a list sorted by start. */
function neighbours<T extends AnyFinding>(sorted: readonly T[], at: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return [sorted[lo - 1], sorted[lo]].filter((x): x is T => x !== undefined);
}
