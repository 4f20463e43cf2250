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
  ...['', 'his ', 'her '].flatMap((whose) => ['shoes', 'socks', 'pants'].flatMap((what) => [`putting on ${whose}${what}`, `put on ${whose}${what}`])),
];

/**
 * A limit told as a change: the patient stopped, gave up or cut back an activity ("stopped his evening
 * walks", "cut back to half shifts", "has stopped grocery shopping", "misses about one shift a week").
 * A verb here, then at most three words (none of LIMIT_CHANGE_BREAKS), then one of LIMITED_ACTIVITIES'
 * nouns, whose domain it is.
 */
export const LIMIT_CHANGE_VERBS: readonly string[] = [
  'stopped', 'has stopped', 'had to stop', 'gave up', 'has given up', 'had to give up', 'quit', 'cut back', 'has cut back',
  'had to cut back', 'cut down', 'reduced', 'has reduced', 'had to reduce', 'misses', 'missed', 'has missed', 'is missing',
];

/** Words that put the activity outside the change ("reduced arm swing on walking" is an exam finding). */
export const LIMIT_CHANGE_BREAKS: readonly string[] = ['on', 'with', 'at', 'in', 'after', 'from', 'during', 'and', 'or', 'but', 'while', 'when'];

/** The activities a change of LIMIT_CHANGE_VERBS limits, by domain (nouns as notes write them). */
export const LIMITED_ACTIVITIES = {
  walking: ['walks', 'walking', 'hikes', 'hiking'],
  // "hours" only with its owner: "stopped at 48 hours" is a time.
  work: ['his hours', 'her hours', 'their hours', 'work hours', 'working hours', 'shifts', 'shift', 'workdays', 'part-time', 'part time', 'days of work'],
  adl: ['grocery shopping', 'shopping', 'errands', 'laundry', 'housework', 'yard work', 'yardwork', 'cooking', 'vacuuming', 'gardening'],
} as const;

/**
 * A limit told as another person's help: "his wife now helps him dress", "his wife does the laundry
 * and vacuuming now", "her daughter has taken over the cooking". One of these people, then one of
 * TAKEN_OVER_VERBS (a plain "does" only with "now": "his wife does the cooking" alone is a household),
 * then an activity of LIMITED_ACTIVITIES.adl or HELPED_ACTIVITIES.
 */
export const HELPING_PEOPLE: readonly string[] = [
  'wife', 'husband', 'spouse', 'partner', 'daughter', 'son', 'children', 'kids', 'family', 'mother', 'father', 'caregiver',
  'aide', 'sister', 'brother', 'friend', 'neighbor', 'roommate',
];
export const TAKEN_OVER_VERBS: readonly string[] = ['has taken over', 'took over', 'takes over', 'has had to take over', 'handles', 'has to do', 'has to help with'];
export const HELPED_ACTIVITIES: readonly string[] = ['dress', 'dressing', 'get dressed', 'bathe', 'bathing', 'shower', 'showering', 'put on his shoes', 'put on her shoes', 'put on his socks', 'put on her socks'];

/** Words after a general limit ("cannot lift more than 20 lb at work") that make it a limit at work. */
export const AT_WORK_PHRASES: readonly string[] = ['at work', 'at his job', 'at her job', 'on the job', 'for work', 'at the warehouse'];

/** A sleep disturbed in few words: "sleeps poorly", "Sleep is broken by pain". */
export const POOR_SLEEP_PHRASES: readonly string[] = ['sleeps poorly', 'sleeping poorly', 'slept poorly', 'sleeps badly', 'sleeps only'];
export const SLEEP_DISTURBED_WORDS: readonly string[] = ['disturbed', 'disrupted', 'interrupted', 'poor', 'impaired', 'affected', 'broken', 'fragmented', 'restless'];

/** "Sitting more than 30 min is intolerable": what a timed activity does after the time. */
export const TIMED_ACTIVITY_OUTCOMES: readonly string[] = [
  'aggravates', 'worsens', 'increases', 'exacerbates', 'causes', 'provokes', 'is intolerable', 'is not tolerated', 'is not tolerable', 'is too painful',
];

/**
 * Table rows of tolerances ("| Walking tolerance | 4 blocks | 1 block |", "Standing   45 min   10 min"):
 * a row label here, and an amount of time or distance in its current cell, is a limit of the domain.
 */
export const TOLERANCE_ROW_LABELS = {
  walking: ['walking tolerance', 'walking distance', 'walking', 'walk', 'ambulation', 'ambulation distance', 'gait tolerance'],
  sitting: ['sitting tolerance', 'sitting', 'sit', 'sitting time'],
  standing: ['standing tolerance', 'standing', 'stand', 'standing time'],
} as const;

/**
 * The activity each kind of limit is about: every phrasing of a domain names one of these words
 * ("unable to work", "can walk only 1 block", "difficulty with household tasks"), and a domain is looked
 * at only when its sentence has one (see vocabulary/anchors.ts: a word also stands for its other forms).
 */
export const FUNCTIONAL_DOMAIN_WORDS = {
  work: ['work', 'worked', 'disability', 'disabled', 'duty', 'duties', 'job', 'occupation', 'shift', 'shifts', ...LIMITED_ACTIVITIES.work, ...AT_WORK_PHRASES],
  walking: [
    'walk', 'walking', 'ambulate', 'ambulating', 'ambulation', 'ambulatory', 'claudication', 'cart', 'scooter', 'bear weight',
    ...LIMITED_ACTIVITIES.walking, ...TOLERANCE_ROW_LABELS.walking,
  ],
  adl: [...DAILY_ACTIVITIES, 'dress', 'driving', 'activities', ...LIMITED_ACTIVITIES.adl, ...HELPED_ACTIVITIES],
  sitting: ['sit', 'sitting', ...TOLERANCE_ROW_LABELS.sitting],
  standing: ['stand', 'standing', 'on her feet', 'on his feet', ...TOLERANCE_ROW_LABELS.standing],
  sleep: ['sleep', 'sleeping', 'asleep', 'wake', 'wakes', 'waking', 'wakening', 'awaken', 'awakens', 'awakened', 'awakening', 'woken', ...POOR_SLEEP_PHRASES],
  general: [
    'functional', 'functionally', 'disability', 'limits', 'limit', 'exercise', 'lift', 'bend', 'carry', 'drive', 'play', 'practice',
    'train', 'participate', 'activities',
  ],
} as const;
