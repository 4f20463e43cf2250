import { Assertion, SectionCategory } from '../types';
import { explainAssertion, SentenceTriggers } from './assertion';
import { CueKind } from './rule';

/**
 * What the words an extractor reads an attribute from assert ("not very helpful": the response cue
 * is negated), decided by the rules of their kind (rule.ts CueKind; rules/therapyResponse.ts) as a
 * finding's assertion is. Each cue is judged within the stretch of text it belongs to, [from, to)
 * of lower: its clause (scope.ts clausesOf), a table cell.
 */
export interface TypedCue {
  index: number;
  end: number;
  /** The cue's type, as rules name it ("good" for "therapyResponse:good"). */
  value: string;
}

export function cueAssertions(lower: string, from: number, to: number, kind: CueKind, cues: readonly TypedCue[], section: SectionCategory): Assertion[] {
  if (cues.length === 0) return [];
  const triggers = new SentenceTriggers(lower, from, to);
  return cues.map((cue) => explainAssertion(triggers, cue.index, cue.end, section, { target: { kind, type: cue.value, section } }).assertion);
}

/**
 * The cues of [from, to) as their rules decide them: a hedged cue states nothing and is dropped
 * ("not certain it was very helpful"), a negated one takes `negatedValue` ("not very effective" is
 * no response); the others stand as written.
 */
export function decidedCues<C extends TypedCue>(lower: string, from: number, to: number, kind: CueKind, cues: readonly C[], section: SectionCategory, negatedValue: C['value']): C[] {
  const inSpan = cues.filter((c) => c.index >= from && c.end <= to);
  const assertions = cueAssertions(lower, from, to, kind, inSpan, section);
  const out: C[] = [];
  inSpan.forEach((cue, i) => {
    // A hedged cue ("not sure it helped") or one inside a condition ("if no improvement after PT") states nothing.
    if (assertions[i] === 'possible' || assertions[i] === 'hypothetical') return;
    out.push(assertions[i] === 'absent' && cue.value !== negatedValue ? { ...cue, value: negatedValue } : cue);
  });
  return out;
}
