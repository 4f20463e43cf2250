import { ContextRule } from '../rule';
import { FAMILY_RULES } from './family';
import { HISTORY_RULES } from './history';
import { HYPOTHETICAL_RULES } from './hypothetical';
import { IMAGING_CORRELATION_RULES } from './imagingCorrelation';
import { NEGATION_RULES } from './negation';
import { OUTCOME_MEASURE_RULES } from './outcomeMeasure';
import { PSEUDO_RULES } from './pseudo';
import { RADICULAR_SYMPTOMS_RULES } from './radicularSymptoms';
import { RED_FLAG_RULES } from './redFlag';
import { TERMINATOR_RULES } from './terminators';
import { UNCERTAINTY_RULES } from './uncertainty';

export { SECTION_RULES } from './sections';
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
  ...RADICULAR_SYMPTOMS_RULES,
  ...IMAGING_CORRELATION_RULES,
  ...OUTCOME_MEASURE_RULES,
  ...TERMINATOR_RULES,
];
