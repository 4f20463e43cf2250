import { CategoryExclusion, ContextRule, withExclusions } from '../rule';
import { FAMILY_RULES } from './family';
import { HISTORY_RULES, PAST_SURGERY_REASON as GENERAL_PAST_SURGERY_REASON } from './history';
import { HYPOTHETICAL_RULES } from './hypothetical';
import { IMAGING_CORRELATION_RULES } from './imagingCorrelation';
import { NEGATION_RULES } from './negation';
import { OUTCOME_MEASURE_RULES } from './outcomeMeasure';
import { PATIENT_PREFERENCE_EXCLUSIONS, PATIENT_PREFERENCE_RULES } from './patientPreference';
import { PSEUDO_RULES } from './pseudo';
import { RADICULAR_SYMPTOMS_RULES } from './radicularSymptoms';
import { RED_FLAG_RULES } from './redFlag';
import { SECTION_RULES as GENERAL_SECTION_RULES } from './sections';
import { TERMINATOR_RULES } from './terminators';
import { UNCERTAINTY_RULES } from './uncertainty';

export { ATTRIBUTE_RULES } from './attributes';
export { FIELD_RULES } from './fields';

/** Kinds that a category's general rules do not apply to, declared by the kinds' own rule files. */
const CATEGORY_EXCLUSIONS: readonly CategoryExclusion[] = [...PATIENT_PREFERENCE_EXCLUSIONS];

export const SECTION_RULES = withExclusions(GENERAL_SECTION_RULES, CATEGORY_EXCLUSIONS);
export const PAST_SURGERY_REASON = withExclusions([{ ...GENERAL_PAST_SURGERY_REASON, category: 'historical' as const }], CATEGORY_EXCLUSIONS)[0];

/** Every trigger, pseudo-trigger and terminator rule, general and kind-specific. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  ...withExclusions([...PSEUDO_RULES, ...NEGATION_RULES, ...UNCERTAINTY_RULES, ...HISTORY_RULES, ...HYPOTHETICAL_RULES, ...FAMILY_RULES], CATEGORY_EXCLUSIONS),
  ...RED_FLAG_RULES,
  ...RADICULAR_SYMPTOMS_RULES,
  ...IMAGING_CORRELATION_RULES,
  ...OUTCOME_MEASURE_RULES,
  ...PATIENT_PREFERENCE_RULES,
  ...TERMINATOR_RULES,
];
