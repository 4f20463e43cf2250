import { ContextRule, withExclusions } from '../rule';
import { CONSERVATIVE_THERAPY_EXCLUSIONS, CONSERVATIVE_THERAPY_RULES } from './conservativeTherapy';
import { FAMILY_RULES } from './family';
import { HISTORY_RULES, PAST_SURGERY_REASON as PAST_SURGERY } from './history';
import { HYPOTHETICAL_RULES } from './hypothetical';
import { NEGATION_RULES } from './negation';
import { PSEUDO_RULES } from './pseudo';
import { RED_FLAG_RULES } from './redFlag';
import { SECTION_RULES as SECTIONS } from './sections';
import { TERMINATOR_RULES } from './terminators';
import { UNCERTAINTY_RULES } from './uncertainty';

export { ATTRIBUTE_RULES } from './attributes';
export { FIELD_RULES } from './fields';

/** Kinds that decide some categories with their own rules, not the general ones. */
export const KIND_EXCLUSIONS = [...CONSERVATIVE_THERAPY_EXCLUSIONS];

/** Every trigger, pseudo-trigger and terminator rule, general and kind-specific. */
export const CONTEXT_RULES: readonly ContextRule[] = withExclusions(
  [
    ...PSEUDO_RULES,
    ...NEGATION_RULES,
    ...UNCERTAINTY_RULES,
    ...HISTORY_RULES,
    ...HYPOTHETICAL_RULES,
    ...FAMILY_RULES,
    ...RED_FLAG_RULES,
    ...TERMINATOR_RULES,
    ...CONSERVATIVE_THERAPY_RULES,
  ],
  KIND_EXCLUSIONS,
);

export const SECTION_RULES = withExclusions(SECTIONS, KIND_EXCLUSIONS);

/** The reason for a past surgery, a history rule written as code (context/assertion.ts): the exclusions apply to it too. */
export const [PAST_SURGERY_REASON] = withExclusions([{ ...PAST_SURGERY, category: 'historical' as const }], KIND_EXCLUSIONS);
