import { AnyFinding, RedFlagType } from '../types';
import { capitalize, describeFinding, evidence, listJoin, quote, RED_FLAG_LABEL } from './describe';
import { redFlags } from './facts';
import { HoverNote, RuleContext, RuleHit } from './types';

export const URGENT_EVALUATION = 'Needs urgent surgical evaluation.';

/**
 * Shared by the three red-flag rules: one diagnostic per red-flag type, on its first mention,
 * naming every mention; the other mentions are related information.
 */
export function redFlagHits(ctx: RuleContext, type: RedFlagType, advice: string): RuleHit[] {
  const flags = redFlags(ctx, type);
  if (flags.length === 0) return [];
  const width = ctx.options.endplateWidthMm;
  const mentions = listJoin([
    ...new Set(flags.map((r) => (r.finding.kind === 'listhesis' ? `${describeFinding(r.finding, width)}, progressed since the prior study` : examsOrQuote(r.finding)))),
  ]);
  return [
    {
      range: flags[0].finding.range,
      message: `${capitalize(RED_FLAG_LABEL[type])} documented: ${mentions}. ${advice}`,
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
