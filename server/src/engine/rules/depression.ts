import { riskBeforeSurgeryHits, riskFactorHover } from './preSurgeryRisk';
import { CLINICAL_NOTES, defineRule } from './types';

const TYPES = ['depression', 'chronicPainSyndrome'] as const;

export const depression = defineRule({
  id: 'depression',
  title: 'Depression or chronic pain syndrome before surgery',
  description: 'Depression or chronic pain syndrome with surgery planned or considered: make sure it is treated first.',
  defaultSeverity: 'warning',
  citations: [2],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check: (ctx) => riskBeforeSurgeryHits(ctx, [...TYPES], 'make sure it is treated before surgery; untreated, it worsens surgical outcomes.'),
  hover: riskFactorHover([...TYPES], 'Depression and chronic pain syndrome worsen surgical outcomes and should be treated before surgery is considered.'),
});
