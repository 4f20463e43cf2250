import { analyzeNote } from '../../server/src/engine';
import { AnalyzeOptions, AnyFinding, FindingKind } from '../../server/src/engine/types';

/** A finding whose attributes tests may read without narrowing on its kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseFinding = Omit<AnyFinding, 'attributes'> & { attributes: Record<string, any> };

/** The findings of one kind in a note. */
export function findingsOf(text: string, kind: FindingKind, options?: AnalyzeOptions): LooseFinding[] {
  return analyzeNote(text, options).findings.filter((f) => f.kind === kind) as LooseFinding[];
}

/** The single finding of a kind; fails when there is not exactly one. */
export function onlyFinding(text: string, kind: FindingKind, options?: AnalyzeOptions): LooseFinding {
  const found = findingsOf(text, kind, options);
  if (found.length !== 1) {
    throw new Error(`expected one ${kind} in ${JSON.stringify(text)}, got ${found.length}: ${JSON.stringify(found.map((f) => [f.text, f.assertion, f.attributes]))}`);
  }
  return found[0];
}
