/**
 * Words that name a procedure or an intervention rather than a condition, for phrases the engine
 * does not otherwise know (custom targets): a plan makes "carpal tunnel release" hypothetical, not
 * the "pneumonia" it treats. The phrase's last word decides ("total knee arthroplasty", "lumbar puncture").
 */
const PROCEDURE_ENDINGS = ['ectomy', 'ectomies', 'otomy', 'otomies', 'ostomy', 'ostomies', 'plasty', 'plasties', 'pexy', 'scopy', 'scopies', 'desis', 'centesis', 'graphy', 'gram'];
const PROCEDURE_NOUNS = [
  'release', 'repair', 'replacement', 'reconstruction', 'resection', 'excision', 'ablation', 'amputation', 'biopsy', 'biopsies',
  'puncture', 'injection', 'injections', 'nerve block', 'transplant', 'transplantation', 'fixation', 'implantation', 'insertion',
  'placement', 'drainage', 'debridement', 'surgery', 'procedure', 'operation', 'therapy', 'rehabilitation', 'transfusion',
  'dialysis', 'infusion', 'catheterization', 'intubation', 'mri', 'ct', 'ultrasound', 'x ray', 'radiograph', 'radiographs', 'scan',
  'echocardiogram', 'ecg', 'ekg', 'eeg', 'emg',
];

/** Whether a phrase (lower case, words separated by single spaces) names a procedure or intervention. */
export function namesProcedure(phrase: string): boolean {
  const words = phrase.trim();
  const last = words.slice(words.lastIndexOf(' ') + 1);
  return PROCEDURE_ENDINGS.some((ending) => last.length > ending.length && last.endsWith(ending)) || PROCEDURE_NOUNS.some((noun) => words === noun || words.endsWith(` ${noun}`));
}
