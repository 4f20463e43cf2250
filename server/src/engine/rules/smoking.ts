import { riskBeforeSurgeryHits, riskFactorHover } from './preSurgeryRisk';
import { CLINICAL_NOTES, defineRule } from './types';

const ADVICE = 'address smoking (cessation) before surgery; it worsens surgical outcomes.';

export const smoking = defineRule({
  id: 'smoking',
  title: 'Smoking before surgery',
  description: 'Current smoker with surgery planned or considered: optimize smoking status before surgery.',
  defaultSeverity: 'warning',
  citations: [2],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check: (ctx) => riskBeforeSurgeryHits(ctx, ['smoking'], ADVICE),
  hover: riskFactorHover(['smoking'], 'Smoking worsens surgical outcomes and should be addressed (cessation) before any surgery is considered.'),
});
