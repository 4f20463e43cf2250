import { ContextRule, DocumentRule, SectionRule } from '../rule';
import { FAMILY_RULES } from './family';
import { HISTORY_RULES } from './history';
import { HYPOTHETICAL_RULES } from './hypothetical';
import { NEGATION_RULES } from './negation';
import { PSEUDO_RULES } from './pseudo';
import { RED_FLAG_RULES } from './redFlag';
import { SECTION_RULES as GENERAL_SECTION_RULES } from './sections';
import { SURGICAL_PLAN_DOCUMENT_RULES, SURGICAL_PLAN_RULES, SURGICAL_PLAN_SECTION_RULES } from './surgicalPlan';
import { TERMINATOR_RULES } from './terminators';
import { UNCERTAINTY_RULES } from './uncertainty';

export { ATTRIBUTE_RULES } from './attributes';
export { FIELD_RULES } from './fields';
export { PAST_SURGERY_REASON } from './history';

/** Every trigger, pseudo-trigger and terminator rule, general and kind-specific. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  ...PSEUDO_RULES,
  ...NEGATION_RULES,
  ...UNCERTAINTY_RULES,
  ...HISTORY_RULES,
  ...HYPOTHETICAL_RULES,
  ...FAMILY_RULES,
  ...RED_FLAG_RULES,
  ...SURGICAL_PLAN_RULES,
  ...TERMINATOR_RULES,
];

/** Sections that decide what their findings assert, general and kind-specific. */
export const SECTION_RULES: readonly SectionRule[] = [...GENERAL_SECTION_RULES, ...SURGICAL_PLAN_SECTION_RULES];

/** Kinds of document that decide what their findings assert. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [...SURGICAL_PLAN_DOCUMENT_RULES];
