import { ContextRule } from '../rule';
import { combine } from './combine';

/**
 * Rules for red flags only. A red flag that is watched for, warned about or explained as a risk has
 * not happened; a normal rectal tone or a slip that has not progressed is the red flag's absence.
 */
/** A deficit getting better or settling, said after it ("is improving"); bare "improved" could be another symptom's. */
const RECOVERING = [
  'has recovered', 'has partially recovered', 'has since recovered', 'has improved', 'has since improved', 'is improving', 'is now improving',
  'has stabilized', 'has plateaued', 'only partially recovered',
];

export const RED_FLAG_RULES: readonly ContextRule[] = [
  // "monitor for progressive weakness", "cauda equina precautions reviewed", "return to the ED for saddle numbness".
  {
    id: 'redFlag.warningBefore',
    category: 'hypothetical',
    direction: 'forward',
    allowedKinds: ['redFlag'],
    literals: [
      'monitor for', 'monitoring for', 'monitored for', 'watch for', 'watching for', 'return if', 'return for', 'return with',
      'return should', 'return to the er if', 'return to the ed if', 'return to er if', 'return to ed if', 'return to the er for',
      'return to the ed for', 'return to the emergency room if', 'return to the emergency department if',
      'return to the emergency room for', 'return to the emergency department for', 'return to clinic if', 'return to the clinic if',
      'warning signs', 'red flag', 'red flags', 'signs of', 'signs and symptoms of', 'precautions', 'instructed', 'educated',
      'counseled', 'counselled', 'advised', 'development of', 'develop', 'develops', 'developing', 'in case of', 'seek',
      'risk of', 'risks include', 'risks of', 'complication', 'complications',
      // "the risks, benefits and alternatives were discussed, to include ... loss of bowel and bladder control".
      'risks', 'potential risks', 'possible risks',
      // "ED immediately for saddle numbness or bladder or bowel changes": a precaution without "return".
      ...combine(['ed', 'er', 'emergency department', 'emergency room', 'the ed', 'the er'], ['immediately for', 'immediately if', 'right away for', 'right away if', 'urgently for', 'urgently if']),
    ],
  },
  // "a new left foot drop, which only partially recovered", "the new weakness is improving": a deficit that is
  // recovering or has settled is not progressing; its "new" was the past episode's.
  {
    id: 'redFlag.deficitRecovering',
    category: 'historical',
    direction: 'backward',
    maxScope: 2,
    allowedKinds: ['redFlag:progressiveDeficit'],
    literals: [
      ...RECOVERING,
      ...combine(['which', 'that'], ['recovered', 'partially recovered', 'only partially recovered', 'improved', 'stabilized', 'plateaued', ...RECOVERING]),
    ],
  },
  // A bladder or bowel problem the patient has had for years is not a new sign: "chronic neurogenic bladder",
  // "residual bladder dysfunction" after a decompression, "urinary incontinence for 15 years" (a new one beside it still counts).
  {
    id: 'redFlag.chronicBefore',
    category: 'historical',
    direction: 'forward',
    maxScope: 3,
    allowedKinds: ['redFlag:caudaEquina'],
    literals: ['chronic', 'longstanding', 'long-standing', 'long standing', 'residual', 'with residual', 'baseline', 'lifelong'],
  },
  {
    id: 'redFlag.chronicAfter',
    category: 'historical',
    direction: 'backward',
    maxScope: 4,
    allowedKinds: ['redFlag:caudaEquina'],
    literals: [
      ...combine(['for', 'x', 'for over', 'for more than', 'for the past', 'for the last', 'over the past', 'over the last'], ['* years', '* yrs', 'years', 'many years', 'several years', 'decades']),
      'since childhood', 'is chronic', 'which is chronic', 'at baseline', 'is at baseline', 'is her baseline', 'is his baseline', 'unchanged for years',
    ],
  },
  // A field's answer, right after its label: "Incontinence: chronic, unchanged" (not "retention for a month, chronic SOB").
  {
    id: 'redFlag.chronicAnswer',
    category: 'historical',
    direction: 'backward',
    maxScope: 1,
    allowedKinds: ['redFlag:caudaEquina'],
    literals: ['chronic', 'longstanding', 'long-standing'],
  },
  // "new saddle numbness would require urgent imaging", "... precautions were reviewed".
  {
    id: 'redFlag.warningAfter',
    category: 'hypothetical',
    direction: 'backward',
    maxScope: 8,
    allowedKinds: ['redFlag'],
    literals: [
      'precautions', 'would require', 'would warrant', 'would need', 'would prompt', 'warrants urgent', 'warrants immediate',
      'warrants emergent', 'warrant urgent', 'requires urgent', 'requires immediate', 'requires emergent', 'require urgent',
      'were reviewed', 'was reviewed', 'reviewed with',
    ],
  },
  // "normal rectal tone", "rectal tone is intact": the tone is the finding, and it is not decreased.
  {
    id: 'redFlag.normalTone',
    category: 'absent',
    direction: 'forward',
    maxScope: 3,
    allowedKinds: ['redFlag:caudaEquina'],
    literals: ['normal', 'intact', 'good'],
  },
  {
    id: 'redFlag.toneNormal',
    category: 'absent',
    direction: 'backward',
    maxScope: 2,
    allowedKinds: ['redFlag:caudaEquina'],
    literals: ['normal', 'intact', 'is normal', 'is intact', 'was normal', 'was intact'],
  },
  // "the slip has not progressed".
  {
    id: 'redFlag.notProgressed',
    category: 'absent',
    direction: 'backward',
    maxScope: 6,
    allowedKinds: ['redFlag:slipProgression'],
    literals: [
      'not progressed', 'has not progressed', 'have not progressed', "hasn't progressed", "haven't progressed", 'not increased',
      'has not increased', "hasn't increased", 'not worsened', 'has not worsened', "hasn't worsened", 'had not progressed',
    ],
  },
];
