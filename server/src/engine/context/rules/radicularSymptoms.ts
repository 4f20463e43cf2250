import { ContextRule } from '../rule';

/**
 * Rules for radicular symptoms. "resolved" is a general history trigger (history.resolvedAfter);
 * a symptom also "subsides" or "abates": "left leg pain has subsided" is history.
 */
export const RADICULAR_SYMPTOMS_RULES: readonly ContextRule[] = [
  {
    id: 'radicularSymptoms.subsided',
    category: 'historical',
    direction: 'backward',
    maxScope: 8,
    allowedKinds: ['radicularSymptoms'],
    literals: ['subsided', 'has subsided', 'have subsided', 'abated', 'has abated', 'have abated'],
  },
];
