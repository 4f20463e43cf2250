import { AnyFinding, Finding, RedFlagType } from '../types';
import { capitalize, describeFinding, evidence, listJoin, quote, RED_FLAG_LABEL, segmentOfFinding } from './describe';
import { RedFlagFact, redFlags } from './facts';
import { HoverNote, RuleContext, RuleHit } from './types';

export const URGENT_EVALUATION = 'Needs urgent surgical evaluation.';

/** How much a slip mention says: grade, size, type, level. */
function detail(f: Finding<'listhesis'>): number {
  const a = f.attributes;
  return [a.grade, a.mm, a.percent, a.type, a.upper].filter((x) => x !== undefined).length;
}

/**
 * What the message names: a progressed slip once per level (its most detailed mention), which says
 * all a bare "slip has progressed" would; otherwise the note's words for each flag.
 */
function namedMentions(flags: readonly RedFlagFact[], width: number): string[] {
  const bySegment = new Map<string, Finding<'listhesis'>>();
  for (const { finding: f } of flags) {
    if (f.kind !== 'listhesis') continue;
    const key = segmentOfFinding(f) ?? '';
    const kept = bySegment.get(key);
    if (!kept || detail(f) > detail(kept)) bySegment.set(key, f);
  }
  if (bySegment.size > 0) return [...bySegment.values()].map((f) => `${describeFinding(f, width)}, progressed since the prior study`);
  return [...new Set(flags.map((r) => examsOrQuote(r.finding)))];
}

/**
 * Shared by the three red-flag rules: one diagnostic per red-flag type, on its first mention,
 * naming what was found; every mention is related information.
 */
export function redFlagHits(ctx: RuleContext, type: RedFlagType, advice: string): RuleHit[] {
  const flags = redFlags(ctx, type);
  if (flags.length === 0) return [];
  const width = ctx.options.endplateWidthMm;
  return [
    {
      range: flags[0].finding.range,
      message: `${capitalize(RED_FLAG_LABEL[type])} documented: ${listJoin(namedMentions(flags, width))}. ${advice}`,
      related: flags.map((r) => evidence(r.finding, width)),
    },
  ];
}

/** A serial exam table's flag names the exams it compares; any other flag quotes the note. */
function examsOrQuote(f: AnyFinding): string {
  const exams = f.kind === 'redFlag' ? f.attributes.exams : undefined;
  return exams ? `serial exams ${quote(exams, 100)}` : quote(f.text, 60);
}

/** Hover advice on a finding that is one of the note's red flags of this type. */
export function redFlagHover(ctx: RuleContext, f: AnyFinding, type: RedFlagType, advice: string, citations: number[]): HoverNote | undefined {
  return redFlags(ctx, type).some((r) => r.finding === f) ? { text: `Red flag: ${advice}`, citations } : undefined;
}
