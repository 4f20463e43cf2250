import { SectionRule } from '../rule';

/**
 * Sections whose place decides what their findings assert. Past medical history is deliberately
 * not here: it lists conditions the patient still has ("PMH: depression, lumbar stenosis"), so its
 * items stay present unless worded as history; only red flags, which are new signs, are history there.
 */
export const SECTION_RULES: readonly SectionRule[] = [
  { id: 'section.familyHistory', sections: ['familyHistory'], category: 'family' },
  { id: 'section.pastSurgicalHistory', sections: ['pastSurgicalHistory'], category: 'historical' },
  // But a red flag is a new sign: incontinence on the problem list ("PMH: urinary incontinence, HTN") is a known
  // condition, and a cauda equina syndrome there was an earlier episode.
  { id: 'section.pastHistoryRedFlag', sections: ['pastHistory'], category: 'historical', allowedKinds: ['redFlag'] },
  // What a prior study showed is history; the current report's findings are in FINDINGS/IMPRESSION.
  { id: 'section.comparison', sections: ['comparison'], category: 'historical' },
  // A plan makes actions hypothetical (care, surgery, a test ordered), not the diagnoses restated in it.
  { id: 'section.plan', sections: ['plan'], category: 'hypothetical', actionsOnly: true },
  // "PROCEDURE PLANNED: L4-5 TLIF": the operation named is still to come.
  { id: 'section.plannedProcedure', sections: ['plannedProcedure'], category: 'hypothetical' },
];
