import { riskBeforeSurgeryHits, riskFactorHover } from './preSurgeryRisk';
import { CLINICAL_NOTES, defineRule } from './types';

const TYPES = ['depression', 'chronicPainSyndrome'] as const;
const untreatedHover = riskFactorHover([...TYPES], 'Depression and chronic pain syndrome worsen surgical outcomes and should be treated before surgery is considered.');

export const depression = defineRule({
  id: 'depression',
  title: 'Depression or chronic pain syndrome before surgery',
  description: 'Depression or chronic pain syndrome with surgery planned or considered: make sure it is treated first, or, when the note documents a treatment, that the treatment is optimised.',
  defaultSeverity: 'warning',
  citations: [2],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check: (ctx) =>
    riskBeforeSurgeryHits(
      ctx,
      [...TYPES],
      'make sure it is treated before surgery; untreated, it worsens surgical outcomes.',
      (treatment) => `documented as treated (${treatment}); confirm the treatment is optimised before surgery, since poorly controlled it worsens surgical outcomes.`,
    ),
  hover(f) {
    if (f.kind === 'riskFactor' && f.attributes.treated) {
      return { text: `Documented as treated (${f.attributes.treatment ?? 'treatment'}). Depression and chronic pain syndrome worsen surgical outcomes: before surgery, confirm the treatment is optimised.`, citations: [2] };
    }
    return untreatedHover(f);
  },
});
