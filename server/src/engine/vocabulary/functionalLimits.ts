/**
 * Functional-limit vocabulary for clinic notes: how notes say a patient cannot do something, and
 * the activities a limit is about. Lower case; words of a phrase are one or two spaces apart.
 * A clinician can extend any list.
 */

/** An inability: "unable to work", "cannot sit for more than 20 minutes". */
export const INABILITY_PHRASES: readonly string[] = [
  'unable', 'not able', 'cannot', "can't", 'can not', 'could not', "couldn't", 'has not been able', "hasn't been able", 'incapable',
  'inability',
];

/** A difficulty: "difficulty walking", "trouble sleeping". */
export const DIFFICULTY_WORDS: readonly string[] = ['difficulty', 'difficulties', 'trouble', 'problems', 'problem', 'limitations', 'limitation'];

/** Activities of daily living. */
export const DAILY_ACTIVITIES: readonly string[] = [
  'adls', 'adl', 'activities of daily living', 'daily activities', 'household chores', 'household activities', 'household tasks',
  'housework', 'chores', 'self care', 'self-care', 'dressing', 'bathing', 'personal care', 'grooming', 'yard work', 'yardwork',
  ...['', 'his ', 'her '].flatMap((whose) => ['shoes', 'socks', 'pants'].map((what) => `putting on ${whose}${what}`)),
];

/**
 * The activity each kind of limit is about: every phrasing of a domain names one of these words
 * ("unable to work", "can walk only 1 block", "difficulty with household tasks"), and a domain is looked
 * at only when its sentence has one (see vocabulary/anchors.ts: a word also stands for its other forms).
 */
export const FUNCTIONAL_DOMAIN_WORDS = {
  work: ['work', 'disability', 'disabled', 'duty', 'duties', 'job', 'occupation', 'shift', 'shifts'],
  walking: ['walk', 'walking', 'ambulate', 'ambulating', 'ambulation', 'ambulatory', 'claudication', 'cart', 'scooter', 'bear weight'],
  adl: [...DAILY_ACTIVITIES, 'dress', 'driving', 'activities'],
  sitting: ['sit', 'sitting'],
  standing: ['stand', 'standing'],
  sleep: ['sleep', 'sleeping', 'asleep', 'wake', 'wakes', 'waking', 'wakening', 'awaken', 'awakens', 'awakened', 'awakening', 'woken'],
  general: [
    'functional', 'functionally', 'disability', 'limits', 'limit', 'exercise', 'lift', 'bend', 'carry', 'drive', 'play', 'practice',
    'train', 'participate', 'activities',
  ],
} as const;
