import { ContextRule, DocumentRule, KindExclusion, SectionRule, StatedAttribute, withExclusions } from '../rule';
import { CONSERVATIVE_THERAPY_EXCLUSIONS, CONSERVATIVE_THERAPY_RULES } from './conservativeTherapy';
import { FAMILY_RULES } from './family';
import { HISTORY_RULES, PAST_SURGERY_REASON as PAST_SURGERY, PAST_TABLE_ROW as PAST_ROW } from './history';
import { HYPOTHETICAL_RULES } from './hypothetical';
import { IMAGING_CORRELATION_RULES } from './imagingCorrelation';
import { NEGATION_RULES } from './negation';
import { OUTCOME_MEASURE_RULES } from './outcomeMeasure';
import { PATIENT_PREFERENCE_EXCLUSIONS, PATIENT_PREFERENCE_RULES } from './patientPreference';
import { PSEUDO_RULES } from './pseudo';
import { RADICULAR_SYMPTOMS_RULES } from './radicularSymptoms';
import { RED_FLAG_RULES } from './redFlag';
import { RISK_FACTOR_EXCLUSIONS, RISK_FACTOR_RULES } from './riskFactor';
import { SECTION_RULES as GENERAL_SECTION_RULES } from './sections';
import { SURGICAL_PLAN_DOCUMENT_RULES, SURGICAL_PLAN_RULES, SURGICAL_PLAN_SECTION_RULES, SURGICAL_PLAN_STATUS, SURGICAL_PLAN_STATUS_RULES } from './surgicalPlan';
import { TERMINATOR_RULES } from './terminators';
import { THERAPY_RESPONSE_EXCLUSIONS, THERAPY_RESPONSE_RULES } from './therapyResponse';
import { UNCERTAINTY_RULES } from './uncertainty';

export { ATTRIBUTE_RULES } from './attributes';
export { FIELD_RULES } from './fields';

/** Attributes that the context states (a surgical plan's status), one per kind at most. */
export const STATED_ATTRIBUTES: readonly StatedAttribute[] = [SURGICAL_PLAN_STATUS];

/** Kinds that decide some categories with their own rules, not the general ones (declared in the kinds' own files). */
export const KIND_EXCLUSIONS: readonly KindExclusion[] = [
  ...CONSERVATIVE_THERAPY_EXCLUSIONS,
  ...THERAPY_RESPONSE_EXCLUSIONS,
  ...PATIENT_PREFERENCE_EXCLUSIONS,
  ...RISK_FACTOR_EXCLUSIONS,
];

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
    ...SURGICAL_PLAN_RULES,
    ...SURGICAL_PLAN_STATUS_RULES,
    ...CONSERVATIVE_THERAPY_RULES,
    ...THERAPY_RESPONSE_RULES,
    ...RADICULAR_SYMPTOMS_RULES,
    ...IMAGING_CORRELATION_RULES,
    ...OUTCOME_MEASURE_RULES,
    ...PATIENT_PREFERENCE_RULES,
    ...RISK_FACTOR_RULES,
    ...TERMINATOR_RULES,
  ],
  KIND_EXCLUSIONS,
);

/** Sections that decide what their findings assert, general and kind-specific. */
export const SECTION_RULES: readonly SectionRule[] = withExclusions([...GENERAL_SECTION_RULES, ...SURGICAL_PLAN_SECTION_RULES], KIND_EXCLUSIONS);

/** Kinds of document that decide what their findings assert. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [...SURGICAL_PLAN_DOCUMENT_RULES];

/** A past episode's table row, a history rule written as code (context/tableRows.ts): the exclusions apply to it too. */
export const [PAST_TABLE_ROW] = withExclusions([{ ...PAST_ROW, category: 'historical' as const }], KIND_EXCLUSIONS);

/** The reason for a past surgery, a history rule written as code (context/assertion.ts): the exclusions apply to it too. */
export const [PAST_SURGERY_REASON] = withExclusions([{ ...PAST_SURGERY, category: 'historical' as const }], KIND_EXCLUSIONS);
