import { SectionRule } from '../rule';

/**
 * Sections whose place decides what their findings assert. Past medical history is deliberately
 * not here: it lists conditions the patient still has ("PMH: depression, lumbar stenosis"), so its
 * items stay present unless worded as history.
 */
export const SECTION_RULES: readonly SectionRule[] = [
  { id: 'section.familyHistory', sections: ['familyHistory'], category: 'family' },
  { id: 'section.pastSurgicalHistory', sections: ['pastSurgicalHistory'], category: 'historical' },
  // What a prior study showed is history; the current report's findings are in FINDINGS/IMPRESSION.
  { id: 'section.comparison', sections: ['comparison'], category: 'historical' },
  // A plan makes actions hypothetical (care, surgery, a test ordered), not the diagnoses restated in it.
  { id: 'section.plan', sections: ['plan'], category: 'hypothetical', actionsOnly: true },
  // "PROCEDURE PLANNED: L4-5 TLIF": the operation named is still to come.
  { id: 'section.plannedProcedure', sections: ['plannedProcedure'], category: 'hypothetical' },
];
