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
 * Which findings a rule applies to: a finding kind ("redFlag"), a kind and its type attribute
 * ("riskFactor:smoking", "redFlag:slipProgression", "patientPreference:nonoperative"), either of them in one section
 * ("riskFactor:smoking@pastHistory").
 */
export type TargetKind = FindingKind | `${FindingKind}:${string}` | `${FindingKind}@${SectionCategory}` | `${FindingKind}:${string}@${SectionCategory}`;

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

/**
 * An attribute that decides the assertion by itself: a therapy whose status is "planned" is
 * hypothetical. It weighs like a trigger (see the precedence in context/assertion.ts).
 */
export interface AttributeRule {
  id: string;
  kind: FindingKind;
  attribute: string;
  values: readonly string[];
  category: ContextCategory;
}

/** A template field's answer ("Fever: No") and what it makes of the label's findings. */
export interface FieldRule {
  id: string;
  category: ContextCategory | 'present';
  /** Answers, lower case, as written after the label's colon or dash, or beside a ticked box. */
  answers: readonly string[];
}

/**
 * Kinds that the general rules of one category do not apply to, declared by the kind's own rule
 * file (as data, without editing the general files): a patient's preference states a wish, so the
 * general "wishes to" / "would like" is not hypothetical for it. The kind's own rules (allowedKinds)
 * still apply.
 */
export interface CategoryExclusion {
  id: string;
  category: ContextCategory;
  excludedKinds: readonly TargetKind[];
}

/** The rules with each exclusion's kinds added to the excludedKinds of its category's general rules. */
export function withExclusions<R extends { category: RuleCategory; allowedKinds?: readonly TargetKind[]; excludedKinds?: readonly TargetKind[] }>(
  rules: readonly R[],
  exclusions: readonly CategoryExclusion[],
): R[] {
  return rules.map((rule) => {
    if (rule.allowedKinds) return rule;
    const excluded = exclusions.filter((e) => e.category === rule.category).flatMap((e) => e.excludedKinds);
    return excluded.length === 0 ? rule : { ...rule, excludedKinds: [...(rule.excludedKinds ?? []), ...excluded] };
  });
}

/** What a finding is, for the rules: its kind, type attribute and section, as TargetKind names them. */
export interface Target {
  kind: FindingKind;
  type?: string;
  section?: SectionCategory;
  attributes?: object;
}

/** The attribute that is a kind's type, for the kinds whose type attribute is not named "type". */
const TYPE_ATTRIBUTE: Partial<Record<FindingKind, string>> = { patientPreference: 'preference' };

function typeOf(target: Target): string | undefined {
  if (target.type !== undefined) return target.type;
  const attribute = TYPE_ATTRIBUTE[target.kind];
  const value = attribute === undefined ? undefined : (target.attributes as Record<string, unknown> | undefined)?.[attribute];
  return typeof value === 'string' ? value : undefined;
}

/** The TargetKind names a target answers to. */
function namesOf(target: Target): string[] {
  const names: string[] = [target.kind];
  const type = typeOf(target);
  if (type !== undefined) names.push(`${target.kind}:${type}`);
  if (target.section !== undefined) {
    names.push(`${target.kind}@${target.section}`);
    if (type !== undefined) names.push(`${target.kind}:${type}@${target.section}`);
  }
  return names;
}

/**
 * Compiles allowedKinds/excludedKinds into one test, run per trigger and target. Without a target
 * (text judged for no kind in particular) only rules for every kind apply.
 */
export function kindFilter(rule: { allowedKinds?: readonly TargetKind[]; excludedKinds?: readonly TargetKind[] }): ((target: Target | undefined) => boolean) | undefined {
  if (!rule.allowedKinds && !rule.excludedKinds) return undefined;
  const allowed = rule.allowedKinds && new Set<string>(rule.allowedKinds);
  const excluded = rule.excludedKinds && new Set<string>(rule.excludedKinds);
  return (target) => {
    if (!target) return !allowed;
    const names = namesOf(target);
    if (excluded && names.some((n) => excluded.has(n))) return false;
    if (allowed && !names.some((n) => allowed.has(n))) return false;
    return true;
  };
}
