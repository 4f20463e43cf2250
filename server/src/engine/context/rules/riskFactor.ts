import { ContextRule, KindExclusion, TargetKind } from '../rule';
import { combine } from './combine';

/**
 * Rules for the risk factors of surgery (smoking, depression, chronic pain syndrome, unrealistic
 * expectations). The smoking extractor takes the status words into the span ("never smoker",
 * "quit smoking", "Tobacco: former"), so some rules read the finding's own words (insideTarget).
 */
const SMOKING = 'riskFactor:smoking';
const COMORBIDITIES: readonly TargetKind[] = ['riskFactor:depression', 'riskFactor:chronicPainSyndrome'];

export const RISK_FACTOR_EXCLUSIONS: readonly KindExclusion[] = [
  // A wish is the finding ("expects to be pain free"); counselling says nothing about status ("advised to quit").
  { id: 'riskFactor.notHypothetical', kinds: ['riskFactor'], categories: ['hypothetical'] },
  // A comorbidity listed or "history of depression" is one the patient has: only the words below make it past.
  { id: 'riskFactor.comorbidityNotHistory', kinds: COMORBIDITIES, categories: ['historical'] },
  // "Tobacco abuse" under past medical history is a current habit unless told as past.
  { id: 'riskFactor.pastHistorySmoking', kinds: [`${SMOKING}@pastHistory`], categories: ['historical'] },
];

/** Words that tell of smoking given up, anywhere in the sentence ("smoked 20 years, quit in 2010"). */
const GIVEN_UP = [
  'quit', 'quitting', 'quitted', 'stopped', 'gave up', 'former', 'formerly', 'ex smoker', 'used to', 'until', 'not anymore',
  'no longer', 'previously', 'in the past',
];

export const RISK_FACTOR_RULES: readonly ContextRule[] = [
  // "never smoker", "nonsmoker", "does not smoke", "Tobacco: none".
  {
    id: 'riskFactor.smokingNever',
    category: 'absent',
    insideTarget: true,
    allowedKinds: [SMOKING],
    literals: ['never', 'non', 'nonsmoker', 'not', "doesn't", 'no', 'none', 'denies', 'negative', 'n/a'],
  },
  // "former smoker", "ex-smoker", "quit smoking", "Tobacco: remote": the finding's own words outweigh a
  // list's negation ("no history of diabetes, ex-smoker").
  {
    id: 'riskFactor.smokingFormer',
    category: 'historical',
    insideTarget: true,
    outweighs: ['absent'],
    allowedKinds: [SMOKING],
    literals: ['ex', 'previous', 'prior', 'past', 'remote', 'reformed', ...GIVEN_UP],
  },
  // "smoked for 20 years"; "never smoked", "denies ever having smoked" are absent.
  { id: 'riskFactor.smoked', category: 'historical', insideTarget: true, allowedKinds: [SMOKING], literals: ['smoked'] },
  // "2 ppd smoker since his teens; quit 2 years ago": anywhere in the sentence.
  {
    id: 'riskFactor.smokingGivenUp',
    category: 'historical',
    direction: 'both',
    sentenceScope: true,
    allowedKinds: [SMOKING],
    literals: GIVEN_UP,
  },
  // "trying to quit smoking", "has not quit smoking" are a smoker's.
  {
    id: 'riskFactor.stillSmoking',
    category: 'pseudo',
    allowedKinds: [SMOKING],
    literals: [
      'trying to quit', 'wants to quit', 'plans to quit', 'planning to quit', 'ready to quit', 'attempting to quit', 'working to quit',
      'working on quitting', 'not quit', 'not stopped',
      // Quitting considered or refused is still smoking: "1/2 ppd, not interested in quitting".
      ...combine(['not interested in', 'no interest in', 'not ready for', 'thinking about', 'considering', 'contemplating', 'interested in'], ['quitting', 'quitting smoking', 'cessation', 'smoking cessation']),
      'not ready to quit', 'does not want to quit', "doesn't want to quit", 'unwilling to quit', 'would like to quit', 'hopes to quit', 'declines cessation',
      'declined cessation', 'declines smoking cessation',
    ],
  },
  // "advised to quit smoking" is counselling, no word about when she smoked.
  {
    id: 'riskFactor.counselling',
    category: 'pseudo',
    allowedKinds: [SMOKING],
    literals: combine(['advised', 'counseled', 'counselled', 'encouraged', 'urged', 'told', 'instructed', 'recommended'], ['to quit', 'to stop']),
  },
  // "remote history of depression, resolved", "postpartum depression", "in remission".
  {
    id: 'riskFactor.comorbidityPast',
    category: 'historical',
    direction: 'both',
    maxScope: 8,
    allowedKinds: COMORBIDITIES,
    literals: [
      'remote', 'resolved', 'in remission', 'remitted', 'postpartum', 'post partum', 'childhood', 'as a child', 'as a teenager',
      'years ago', 'no longer', 'previously treated', 'past episode',
    ],
  },
];
