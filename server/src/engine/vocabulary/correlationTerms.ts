/**
 * Wording that documents a correlation of the symptoms with the imaging (extractors/imagingCorrelation.ts,
 * surgical criterion c). The extractor's patterns and the stems that wake it are built from these tables.
 */

/** A verb between the two sides: "her symptoms correlate with the L5-S1 findings", "leg pain concordant with the MRI". */
export const CORRELATION_VERBS: readonly string[] = [
  'correlate', 'correlates', 'correlated', 'correlating', 'correlation with', 'correlation between', 'correlation to',
  'concordant with', 'concordance with', 'concordance between', 'discordant with',
  // Agreement said in plain words: "the L5 radiculopathy corresponds to the L4-5 stenosis", "exam findings match the imaging".
  'corresponds to', 'correspond to', 'corresponds with', 'correspond with', 'corresponding to', 'match', 'matches', 'matched', 'matching',
];

/** A correlation stated in one phrase: "clinicoradiologic correlation", "concordant imaging findings". */
export const CORRELATION_PHRASES: readonly string[] = [
  ...[
    'clinicoradiologic', 'clinicoradiological', 'clinico-radiologic', 'clinico-radiological', 'clinical and radiographic', 'clinical radiographic',
    'clinicoradiographic', 'clinical and radiologic', 'clinical radiologic', 'clinical and imaging', 'clinical imaging', 'radiographic and clinical',
    'radiographic clinical', 'clinical-radiographic', 'clinical-radiologic', 'clinical-radiological', 'radiographic-clinical',
  ].flatMap((w) => [
    `${w} correlation`,
    `${w} concordance`,
  ]),
  ...['concordant', 'correlating', 'corresponding'].flatMap((w) => [`${w} imaging findings`, `${w} mri findings`, `${w} radiographic findings`]),
];
