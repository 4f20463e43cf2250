import { AttributeRule } from '../rule';

/** Attributes that decide what a finding asserts, whatever the words around it say. */
export const ATTRIBUTE_RULES: readonly AttributeRule[] = [];
