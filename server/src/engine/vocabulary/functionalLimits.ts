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
 * The activity each kind of limit is about, as the beginnings of words one of which every phrasing
 * of that domain contains ("unable to work", "can walk only 1 block"): a domain is looked at only
 * when its sentence has one.
 */
export const FUNCTIONAL_DOMAIN_WORDS = {
  work: ['work', 'disab', 'duty', 'job', 'occupation'],
  walking: ['walk', 'ambulat', 'claudicat', 'cane', 'wheelchair', 'crutch', 'cart', 'scooter'],
  adl: [
    'adl', 'daily', 'chores', 'housework', 'self care', 'dress', 'bathing', 'personal care', 'grooming', 'yard', 'shoes', 'socks',
    'pants', 'activities', 'driving',
  ],
  sitting: ['sit'],
  standing: ['stand'],
  sleep: ['sleep', 'wak', 'asleep'],
  general: ['function', 'disab', 'limit', 'exercise', 'lift', 'bend', 'carry', 'drive', 'play', 'practice', 'train', 'participat', 'activities'],
} as const;
