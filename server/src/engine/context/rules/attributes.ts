import { AttributeRule } from '../rule';

/** Attributes that decide what a finding asserts, whatever the words around it say. */
export const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  // "Will start PT", "consider ESI", "PT referral" in a plan: care not had yet.
  { id: 'conservativeTherapy.planned', kind: 'conservativeTherapy', attribute: 'status', values: ['planned'], category: 'hypothetical' },
];
