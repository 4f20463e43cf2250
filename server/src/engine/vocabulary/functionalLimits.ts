/**
 * Functional-limit vocabulary for clinic notes: how notes say a patient cannot do something, and
 * the activities a limit is about. Lower case; words of a phrase are one or two spaces apart.
 * A clinician can extend any list.
 */

/** An inability: "unable to work", "cannot sit for more than 20 minutes". */
export const INABILITY_PHRASES: readonly string[] = [
  'unable', 'not able', 'cannot', "can't", 'can not', 'could not', "couldn't", 'has not been able', "hasn't been able", 'incapable',
  'inability', 'can no longer', 'is no longer able', 'no longer able', 'can barely', 'can hardly', 'is barely able', 'barely able',
];

/**
 * The pain holding the patient back from an activity, said before it: "prevents him from working",
 * "keeps her from sleeping", "limits his ability to walk". PREVENTING_VERBS take an object and
 * "from" and then an activity's -ing form; ABILITY_LIMITING_WORDS take "(his) ability to" and then
 * the activity's plain form.
 */
export const PREVENTING_VERBS: readonly string[] = ['prevents', 'prevented', 'has prevented', 'keeps', 'kept', 'stops'];
export const ABILITY_LIMITING_WORDS: readonly string[] = [
  'limits', 'limited', 'limiting', 'limited in', 'affects', 'affecting', 'impairs', 'impaired', 'reduces', 'reduced', 'decreased',
  'interferes with', 'interfering with', 'interfere with', 'interfered with', 'restricts',
];

/** The pain getting in the way of an activity named as a noun: "interferes with her work", "does not interfere with his sleep". */
export const INTERFERING_WORDS: readonly string[] = ['interferes with', 'interfere with', 'interfered with', 'interfering with', 'gets in the way of'];

/** Giving an activity up (then its -ing form): "has given up running", "stopped going to the gym". */
export const GIVING_UP_VERBS: readonly string[] = ['stopped', 'has stopped', 'had to stop', 'gave up', 'has given up', 'had to give up', 'quit', 'no longer'];

/**
 * A rest the activity forces, then the activity or its distance: "has to stop and rest after walking
 * half a block", "must rest every 50 feet", "needs to sit down after standing for 10 minutes".
 */
export const FORCED_REST_PHRASES: readonly string[] = [
  'has to stop', 'have to stop', 'needs to stop', 'must stop', 'has to stop and rest', 'needs to stop and rest', 'must stop and rest',
  'has to rest', 'needs to rest', 'must rest', 'has to sit down', 'needs to sit down', 'must sit down', 'has to sit', 'needs to sit',
  'has to stop and sit', 'needs to stop and sit', 'has to lie down', 'needs to lie down',
];

/**
 * The activities of each domain in their plain and -ing forms, as the limiting phrases above take
 * them ("unable to climb stairs", "trouble climbing stairs", "prevents her from driving"). The Oswestry
 * and Roland-Morris items: personal care, lifting, walking, sitting, standing, sleeping, travelling,
 * social life and work.
 */
export const DOMAIN_ACTIVITIES = {
  work: {
    plain: [
      'work', 'return to work', 'do his job', 'do her job', 'perform his job', 'perform her job', 'perform his duties', 'perform her duties',
      'complete a shift', 'complete a full shift', 'complete his shift', 'complete her shift', 'finish a shift', 'finish a full shift',
      'finish his shift', 'finish her shift', 'complete a full workday', 'complete a full day of work',
    ],
    ing: ['working', 'doing his job', 'doing her job', 'performing his job', 'performing her job'],
  },
  walking: {
    plain: ['walk', 'ambulate', 'climb stairs', 'climb the stairs', 'go up stairs', 'go up and down stairs', 'do stairs', 'hike'],
    ing: ['walking', 'ambulating', 'climbing stairs', 'climbing the stairs', 'going up stairs', 'going up and down stairs', 'stair climbing', 'hiking'],
  },
  sitting: { plain: ['sit'], ing: ['sitting'] },
  standing: { plain: ['stand'], ing: ['standing'] },
  sleep: {
    plain: ['sleep', 'fall asleep', 'stay asleep', 'sleep through the night'],
    ing: ['sleeping', 'falling asleep', 'staying asleep'],
  },
  adl: {
    plain: [
      'dress', 'get dressed', 'bathe', 'shower', 'groom', 'tie his shoes', 'tie her shoes', 'put on his shoes', 'put on her shoes', 'put on his socks',
      'put on her socks', 'cook', 'clean', 'do housework', 'do chores', 'do the laundry', 'do laundry', 'shop', 'go shopping', 'garden', 'drive',
      'get in and out of the car', 'get in and out of a car', 'get into the car', 'get out of bed', 'get out of a chair', 'get up from a chair',
      'care for his children', 'care for her children', 'care for his kids', 'care for her kids', 'take care of his children', 'take care of her children',
      'care for herself', 'care for himself', 'take care of herself', 'take care of himself', 'vacuum', 'mow the lawn',
    ],
    ing: [
      'dressing', 'getting dressed', 'bathing', 'showering', 'grooming', 'tying his shoes', 'tying her shoes', 'tying shoes', 'putting on shoes',
      'putting on socks', 'cooking', 'cleaning', 'doing housework', 'doing chores', 'doing laundry', 'shopping', 'going shopping', 'gardening',
      'driving', 'getting in and out of the car', 'getting in and out of a car', 'getting in and out of bed', 'getting into the car',
      'getting out of the car', 'getting out of bed', 'getting out of a chair', 'getting up from a chair', 'caring for his children',
      'caring for her children', 'taking care of his children', 'taking care of her children', 'vacuuming', 'mowing the lawn',
    ],
  },
  general: {
    plain: ['exercise', 'lift', 'bend', 'carry', 'pick up his', 'pick up her', 'pick up children', 'pick up the baby', 'twist', 'run', 'jog', 'travel', 'play golf', 'play tennis', 'play sports', 'go to the gym', 'work out'],
    ing: [
      'exercising', 'lifting', 'bending', 'carrying', 'picking up his', 'picking up her', 'picking up children', 'twisting', 'running', 'jogging', 'traveling', 'travelling', 'playing golf', 'playing tennis',
      'playing sports', 'golfing', 'going to the gym', 'working out', 'dancing', 'swimming', 'biking', 'cycling', 'bowling', 'fishing',
    ],
  },
} as const;

/** Bound to home or bed: "homebound due to pain", "bedbound for the past week". */
export const BOUND_WORDS: readonly string[] = ['homebound', 'home bound', 'housebound', 'bedbound', 'bed bound', 'bedridden', 'confined to bed', 'confined to the house'];

/** Time off work: "on medical leave", "took a leave of absence", "on FMLA". */
export const WORK_LEAVE_PHRASES: readonly string[] = [
  'on medical leave', 'on sick leave', 'on extended leave', 'leave of absence', 'medical leave', 'sick leave', 'on fmla', 'fmla leave',
];

/** A sleep the pain moves out of bed: "sleeps in a recliner", "has to sleep sitting up". */
export const DISPLACED_SLEEP_PHRASES: readonly string[] = [
  'sleeps in a recliner', 'sleeping in a recliner', 'sleeps in a chair', 'sleeping in a chair', 'has to sleep in a recliner', 'has to sleep in a chair',
  'sleeps sitting up', 'has to sleep sitting up', 'slept in a recliner',
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
  work: [...DOMAIN_ACTIVITIES.work.plain, ...DOMAIN_ACTIVITIES.work.ing, ...WORK_LEAVE_PHRASES, 'retire', 'retired', 'retirement', 'ttd', 'work', 'worked', 'disability', 'disabled', 'duty', 'duties', 'job', 'occupation', 'shift', 'shifts', ...LIMITED_ACTIVITIES.work, ...AT_WORK_PHRASES],
  walking: [
    'walk', 'walking', 'ambulate', 'ambulating', 'ambulation', 'ambulatory', 'claudication', 'cart', 'scooter', 'bear weight',
    ...LIMITED_ACTIVITIES.walking, ...TOLERANCE_ROW_LABELS.walking, ...DOMAIN_ACTIVITIES.walking.plain, ...DOMAIN_ACTIVITIES.walking.ing,
  ],
  adl: [...DOMAIN_ACTIVITIES.adl.plain, ...DOMAIN_ACTIVITIES.adl.ing, ...DAILY_ACTIVITIES, 'dress', 'driving', 'activities', ...LIMITED_ACTIVITIES.adl, ...HELPED_ACTIVITIES],
  sitting: [...DOMAIN_ACTIVITIES.sitting.plain, ...DOMAIN_ACTIVITIES.sitting.ing, ...TOLERANCE_ROW_LABELS.sitting],
  standing: [...DOMAIN_ACTIVITIES.standing.plain, ...DOMAIN_ACTIVITIES.standing.ing, 'on her feet', 'on his feet', ...TOLERANCE_ROW_LABELS.standing],
  sleep: ['sleep', 'sleeping', 'asleep', 'wake', 'wakes', 'waking', 'wakening', 'awaken', 'awakens', 'awakened', 'awakening', 'woken', ...POOR_SLEEP_PHRASES,
    ...DOMAIN_ACTIVITIES.sleep.plain, ...DOMAIN_ACTIVITIES.sleep.ing, ...DISPLACED_SLEEP_PHRASES],
  general: [
    'functional', 'functionally', 'disability', 'limits', 'limit', 'exercise', 'lift', 'bend', 'carry', 'drive', 'play', 'practice',
    'train', 'participate', 'activities', ...DOMAIN_ACTIVITIES.general.plain, ...DOMAIN_ACTIVITIES.general.ing, ...BOUND_WORDS,
  ],
} as const;
