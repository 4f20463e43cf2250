import { Assertion, FindingKind, SectionCategory } from '../types';

/**
 * A ConText rule, as data (after medspaCy's context_rules.json): what words it matches, what it
 * does to the findings in its scope, which way its scope runs and how far, and which kinds of
 * finding it applies to. The rules live in context/rules/, one file per category.
 */
export type ContextCategory = Exclude<Assertion, 'present'>;
export type RuleCategory = ContextCategory | 'pseudo' | 'terminate';
export type RuleDirection = 'forward' | 'backward' | 'both';

/**
 * Which findings a rule applies to: a finding kind ("redFlag"), or a kind and its type attribute
 * ("riskFactor:smoking", "redFlag:slipProgression").
 */
export type TargetKind = FindingKind | `${FindingKind}:${string}`;

export interface ContextRule {
  /** Names the rule in explanations ("absent, by negation.forward 'no'"); unique across all rule files. */
  id: string;
  /** Phrases, lower case; a space matches a run of up to three spaces, tabs or hyphens. */
  literals: readonly string[];
  category: RuleCategory;
  /**
   * forward: the scope runs right ("no stenosis"); backward: left ("stenosis is not seen"); both.
   * Pseudo-triggers and terminators have no direction.
   */
  direction?: RuleDirection;
  /** How many words the scope may span (default: to the end of the sentence or a terminator). */
  maxScope?: number;
  /** Only findings of these kinds (default: all). */
  allowedKinds?: readonly TargetKind[];
  /** Never findings of these kinds. */
  excludedKinds?: readonly TargetKind[];
  /**
   * For terminators: the categories whose scope they do not end ("return if there is any new
   * weakness": "there is" ends a negation's scope, not a condition's).
   */
  spares?: readonly ContextCategory[];
}

/** A section whose place decides what the findings in it assert ("FAMILY HISTORY:" -> family). */
export interface SectionRule {
  id: string;
  sections: readonly SectionCategory[];
  category: ContextCategory;
  allowedKinds?: readonly TargetKind[];
  excludedKinds?: readonly TargetKind[];
  /** Only for findings that are actions (care, surgery, a test ordered), not diagnoses restated there. */
  actionsOnly?: boolean;
}

/** What a finding is, for the rules: its kind and, when it has one, its type attribute. */
export interface Target {
  kind: FindingKind;
  type?: string;
}

/** Compiles allowedKinds/excludedKinds into one test, run per trigger and target. */
export function kindFilter(rule: { allowedKinds?: readonly TargetKind[]; excludedKinds?: readonly TargetKind[] }): ((target: Target) => boolean) | undefined {
  if (!rule.allowedKinds && !rule.excludedKinds) return undefined;
  const allowed = rule.allowedKinds && new Set<string>(rule.allowedKinds);
  const excluded = rule.excludedKinds && new Set<string>(rule.excludedKinds);
  return (target) => {
    const typed = target.type === undefined ? undefined : `${target.kind}:${target.type}`;
    if (excluded && (excluded.has(target.kind) || (typed !== undefined && excluded.has(typed)))) return false;
    if (allowed && !(allowed.has(target.kind) || (typed !== undefined && allowed.has(typed)))) return false;
    return true;
  };
}
