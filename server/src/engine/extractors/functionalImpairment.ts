import { anyOf, anyPhrase, pattern } from '../patterns';
import {
  ABILITY_LIMITING_WORDS,
  AT_WORK_PHRASES,
  BOUND_WORDS,
  DISPLACED_SLEEP_PHRASES,
  DOMAIN_ACTIVITIES,
  FORCED_REST_PHRASES,
  GIVING_UP_VERBS,
  PREVENTING_VERBS,
  WORK_LEAVE_PHRASES,
  DAILY_ACTIVITIES,
  DIFFICULTY_WORDS,
  FUNCTIONAL_DOMAIN_WORDS,
  HELPED_ACTIVITIES,
  HELPING_PEOPLE,
  INABILITY_PHRASES,
  INTERFERING_WORDS,
  LIMIT_CHANGE_BREAKS,
  LIMIT_CHANGE_VERBS,
  LIMITED_ACTIVITIES,
  POOR_SLEEP_PHRASES,
  SLEEP_DISTURBED_WORDS,
  TAKEN_OVER_VERBS,
  TIMED_ACTIVITY_OUTCOMES,
} from '../vocabulary/functionalLimits';
import { AttributeMap } from '../types';
import { anchorFrom, wordStartStem } from '../text/anchors';
import { StemScanner } from '../text/stemScanner';
import { notAboutSpine } from './shared/clinicClauses';
import { matchesIn } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Objective functional impairment and its domain: work ("unable to work", "off work", "on
 * disability", "not yet back to work"), walking ("can walk only 1 block", "walking limited to 1 block",
 * "claudication after 5 minutes"), ADLs ("difficulty with activities of daily living"), sitting and
 * standing tolerance, sleep ("pain wakes her at night"), general ("significant functional
 * limitation").
 *
 * What does not count (test/fixtures conventions): a symptom made worse by an activity without a limit
 * ("pain worse with prolonged sitting"), an unlimited ability ("walks 2 miles daily"), "independent
 * with ADLs", bare "neurogenic claudication" (a symptom), walking aids ("uses a cane"), a knee's limits. Span: the impairment phrase.
 * ConText decides the assertion ("denies difficulty walking" is absent; "unable to work" is a
 * ConText pseudo-trigger, so its "un"/"not" does not negate it).
 */

type Domain = NonNullable<AttributeMap['functionalImpairment']['domain']>;

const GAP = '[ ]{1,2}';
const CANNOT = anyPhrase(INABILITY_PHRASES, GAP);
const DIFFICULTY = anyOf(DIFFICULTY_WORDS);
const POSSESSIVE = '(?:(?:his|her|their|the|all|some|basic|most|many|daily|usual)[ ]{1,2}){0,2}';
const AMOUNT =
  '(?:\\d{1,4}(?:\\.\\d)?(?:[ ]{0,1}(?:-|to)[ ]{0,1}\\d{1,4})?|\\d/\\d|a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|half[ ]{1,2}a|a[ ]{1,2}few|a[ ]{1,2}couple[ ]{1,2}of|several|few)';
const ADL = anyPhrase(DAILY_ACTIVITIES, GAP);
const DISTANCE = '(?:blocks?|feet|ft|yards?|yds?|meters?|m|minutes?|mins?|miles?|steps)(?![a-z])';
const TIME = '(?:minutes?|mins?|hours?|hrs?)(?![a-z])';
const CHANGE = anyPhrase(LIMIT_CHANGE_VERBS, GAP);
/** "stopped his evening walks", "cut back to half shifts": a change verb, up to three words, the activity. */
const FILLER = `(?:(?!${anyOf(LIMIT_CHANGE_BREAKS)}[ ])[a-z0-9'-]+[ ]{1,2})`;
const changed = (nouns: readonly string[]) => `${CHANGE}[ ]{1,2}${FILLER}{0,3}?${anyPhrase(nouns, '[ -]{1,2}')}`;
const OUTCOME = anyPhrase(TIMED_ACTIVITY_OUTCOMES, GAP);
const SLEEP_DISTURBED = anyOf(SLEEP_DISTURBED_WORDS);
const HELPER = '(?:(?:his|her|their)[ ]{1,2}[a-z]+(?:\'s)?[ ]{1,2})?';
/** "his wife now helps him dress", "her daughter has taken over the cooking", "his wife does the laundry and vacuuming now". */
const HELPING = `(?:his|her|their)[ ]{1,2}${anyPhrase(HELPING_PEOPLE, GAP)}[ ]{1,2}(?:now[ ]{1,2})?`;
const HELPED = anyPhrase([...LIMITED_ACTIVITIES.adl, ...HELPED_ACTIVITIES, ...DAILY_ACTIVITIES], GAP);
const OTHERS_DO = [
  `${HELPING}(?:helps|has[ ]{1,2}to[ ]{1,2}help|must[ ]{1,2}help)[ ]{1,2}(?:him|her|them)[ ]{1,2}(?:(?:with|to)[ ]{1,2})?${POSSESSIVE}${HELPED}`,
  `${HELPING}${anyPhrase(TAKEN_OVER_VERBS, GAP)}[ ]{1,2}${POSSESSIVE}${HELPED}`,
  // "needs help from her husband to put on her socks", "requires assistance with dressing".
  `(?:needs|needed|requires|required)[ ]{1,2}(?:help|assistance)(?:[ ]{1,2}from[ ]{1,2}(?:his|her|their)[ ]{1,2}${anyPhrase(HELPING_PEOPLE, GAP)})?[ ]{1,2}(?:to|with)[ ]{1,2}${POSSESSIVE}${HELPED}`,
  `(?:his|her|their)[ ]{1,2}${anyPhrase(HELPING_PEOPLE, GAP)}[ ]{1,2}(?:now[ ]{1,2}does|does)[ ]{1,2}${POSSESSIVE}${HELPED}(?:(?:[ ]{1,2}and|,)[ ]{1,2}${POSSESSIVE}${HELPED})?(?=[ ]{1,2}now(?![a-z]))|(?:his|her|their)[ ]{1,2}${anyPhrase(HELPING_PEOPLE, GAP)}[ ]{1,2}now[ ]{1,2}does[ ]{1,2}${POSSESSIVE}${HELPED}`,
];

/** Between a label and its value, prose or a field: "walking tolerance is", "Walking tolerance: 10 min". */
const LABEL_GAP = '(?:[ ]{0,2}:[ ]{0,2}|[ ]{1,2})';
/** "Sitting tolerance: 20 minutes", "limited standing tolerance": a tolerance of the activity that is short. */
const shortTolerance = (activity: string) =>
  `${activity}[ ]{1,2}(?:tolerance|distance)${LABEL_GAP}(?:(?:is|of|to)[ ]{1,2})?(?:limited|decreased|reduced|poor|only|about|approximately|less[ ]{1,2}than|(?:~[ ]{0,2})?${AMOUNT}[ -]{0,2}(?:${DISTANCE}|${TIME}))|(?:limited|decreased|reduced|poor)[ ]{1,2}${activity}[ ]{1,2}tolerance`;

/** How much help a therapist's scale says: "min assist", "moderate assistance", "contact guard". */
const ASSIST_LEVEL = '(?:min(?:imal|imum)?|mod(?:erate)?|max(?:imal|imum)?|contact[ ]{1,2}guard|standby)';
/** "Stand 10 min max", "Walking: 1 block then must rest": an activity's amount, capped. */
function cappedAmount(domain: 'walking' | 'sitting' | 'standing'): string {
  const { plain, ing } = DOMAIN_ACTIVITIES[domain];
  return `${anyPhrase([...plain, ...ing], GAP)}${LABEL_GAP}(?:for[ ]{1,2})?(?:[<~][ ]{0,2})?${AMOUNT}[ -]{0,2}(?:${TIME}|${DISTANCE})(?:[ ]{0,2}max(?:imum)?|[ ]{1,2}at[ ]{1,2}a[ ]{1,2}time|[ ,]{1,3}(?:then|before)[ ]{1,2}(?:must|needs?[ ]{1,2}to|has[ ]{1,2}to)[ ]{1,2}(?:rest|stop|sit))`;
}

const PREVENTS = `${anyPhrase(PREVENTING_VERBS, GAP)}[ ]{1,2}(?:him|her|them|the[ ]{1,2}patient)[ ]{1,2}from`;
const ABILITY = `${anyPhrase(ABILITY_LIMITING_WORDS, GAP)}[ ]{1,2}(?:(?:his|her|their)[ ]{1,2})?ability[ ]{1,2}to`;
const FORCED_REST = `${anyPhrase(FORCED_REST_PHRASES, GAP)}[ ]{1,2}(?:after|every)[ ]{1,2}`;

/**
 * The phrasings every domain shares, with the domain's activities (vocabulary DOMAIN_ACTIVITIES):
 * "can no longer play golf", "prevents him from working", "limits her ability to sit", "trouble
 * climbing stairs", "has given up running", "has to stop and rest after walking".
 */
function sharedPhrasings(domain: Domain): string {
  const { plain, ing } = DOMAIN_ACTIVITIES[domain];
  const doing = anyPhrase(ing, GAP);
  const toDo = anyPhrase(plain, GAP);
  const sources = [
    `${CANNOT}[ ]{1,2}(?:to[ ]{1,2})?${toDo}`,
    `${PREVENTS}[ ]{1,2}${doing}`,
    `${ABILITY}[ ]{1,2}${toDo}`,
    `${anyPhrase(INTERFERING_WORDS, GAP)}[ ]{1,2}${POSSESSIVE}(?:${doing}|${toDo})`,
    `${DIFFICULTY}[ ]{1,2}(?:with[ ]{1,2})?${doing}`,
    `${anyPhrase(GIVING_UP_VERBS, GAP)}[ ]{1,2}${doing}`,
  ];
  if (domain === 'walking' || domain === 'standing' || domain === 'sitting') sources.push(`${FORCED_REST}${doing}`);
  if (domain === 'walking') sources.push(`${FORCED_REST}${AMOUNT}[ -]{1,2}${DISTANCE}`);
  if (domain === 'walking' || domain === 'standing' || domain === 'sitting') {
    sources.push(`limits?[ ]{1,2}(?:(?:his|her|their)[ ]{1,2})?${doing}[ ]{1,2}to`);
    // "is unable to tolerate prolonged standing", "can only tolerate sitting for 15 minutes".
    sources.push(`(?:${CANNOT}[ ]{1,2}(?:to[ ]{1,2})?|(?:can|could)[ ]{1,2}only[ ]{1,2})tolerate[ ]{1,2}(?:(?:prolonged|long|extended)[ ]{1,2})?${doing}`);
  }
  return sources.join('|');
}

/** The limiting words the shared phrasings start with: without one in the sentence, they are not tried. */
const LIMITING_WORDS = pattern(
  'functional.limitingWords',
  `(?<![a-z])${anyPhrase(
    [...new Set([...INABILITY_PHRASES, ...PREVENTING_VERBS, ...ABILITY_LIMITING_WORDS, ...INTERFERING_WORDS, ...DIFFICULTY_WORDS, ...GIVING_UP_VERBS, ...FORCED_REST_PHRASES, 'limit', 'limits', 'tolerate'].map(wordStartStem))],
    '[ -]{1,3}',
  )}(?![a-z])`,
);

/** Each domain's phrasings, one small regex each (small automata stay provably linear). */
const SOURCES: Array<[Domain, string[]]> = [
  [
    'work',
    [
      `${CANNOT}[ ]{1,2}(?:to[ ]{1,2})?(?:work|return[ ]{1,2}to[ ]{1,2}work)`,
      `${CANNOT}[ ]{1,2}(?:to[ ]{1,2})?(?:perform|do)[ ]{1,2}${POSSESSIVE}(?:job|work|duties|occupation)`,
      'off[ ]{1,2}(?:of[ ]{1,2})?work|out[ ]{1,2}of[ ]{1,2}work',
      'on[ ]{1,2}(?:(?:short|long)[ -]term[ ]{1,2}|temporary[ ]{1,2}|total[ ]{1,2}|permanent[ ]{1,2})?disability|(?:short|long)[ -]term[ ]{1,2}disability|disability[ ]{1,2}(?:leave|benefits)',
      '(?:temporarily[ ]{1,2})?totally[ ]{1,2}disabled|stopped[ ]{1,2}working|lost[ ]{1,2}(?:his|her|their)[ ]{1,2}job',
      'not[ ]{1,2}(?:yet[ ]{1,2})?(?:back|returned)[ ]{1,2}to[ ]{1,2}work|(?:has|have)[ ]{1,2}not[ ]{1,2}(?:yet[ ]{1,2})?returned[ ]{1,2}to[ ]{1,2}work',
      'missed[ ]{1,2}(?:[a-z0-9-]+[ ]{1,2}){0,3}(?:of[ ]{1,2})?(?:work|shifts?|workdays?)',
      '(?:modified|light|restricted)[ ]{1,2}duty[ ]{1,2}(?:(?:is|was)[ ]{1,2})?(?:not[ ]{1,2}available|unavailable)',
      // Light or modified duty is an activity modification (conservative care), not an impairment.
      'had[ ]{1,2}to[ ]{1,2}(?:quit|stop|leave)[ ]{1,2}(?:work|working|(?:his|her)[ ]{1,2}job)',
      "(?:has|have)[ ]{1,2}not[ ]{1,2}(?:been[ ]{1,2}able[ ]{1,2}to[ ]{1,2}work|worked)|(?:hasn't|haven't)[ ]{1,2}worked",
      changed(LIMITED_ACTIVITIES.work),
      // "She is not working." alone may be a retirement: a reason, or a work-status field, makes it a limit.
      `(?:is|has[ ]{1,2}been)[ ]{1,2}not[ ]{1,2}(?:currently[ ]{1,2})?working(?=[ ,]{1,3}(?:due|because|secondary|since|from))|(?<=work(?:[ ]{1,2}status)?[ ]{0,2}:[ ]{0,2})(?:not[ ]{1,2}(?:currently[ ]{1,2})?working|off|ttd)`,
      anyPhrase(WORK_LEAVE_PHRASES, GAP),
      '(?:forced|had)[ ]{1,2}to[ ]{1,2}retire|(?:took|taken|take)[ ]{1,2}(?:an[ ]{1,2})?early[ ]{1,2}retirement|medically[ ]{1,2}retired|retired[ ]{1,2}on[ ]{1,2}disability',
    ],
  ],
  [
    'walking',
    [
      // "leans on a shopping cart", "needs to lean on the cart"; "relieved by leaning on a shopping cart" is a relief, not a limit.
      '(?:(?:needs?|has|have|must)[ ]{1,2}to[ ]{1,2})?leans?[ ]{1,2}(?:forward[ ]{1,2})?on[ ]{1,2}(?:(?:a|the)[ ]{1,2})?(?:shopping[ ]{1,2})?cart|(?:uses?|using|needs?)[ ]{1,2}(?:a|the)[ ]{1,2}(?:shopping[ ]{1,2})?cart[ ]{1,2}(?:to[ ]{1,2}lean|for[ ]{1,2}support)|(?:uses?|using|rides?|needs?)[ ]{1,2}(?:a[ ]{1,2})?(?:motorized|electric|mobility)[ ]{1,2}(?:cart|scooter)',
      changed(LIMITED_ACTIVITIES.walking),
      `(?:walks|ambulates)[ ]{1,2}(?:only[ ]{1,2})?(?:(?:about|approximately|around|less[ ]{1,2}than|up[ ]{1,2}to|no[ ]{1,2}more[ ]{1,2}than)[ ]{1,2}|<[ ]{0,2})?${AMOUNT}[ -]{1,2}${DISTANCE}`,
      cappedAmount('walking'),
      `(?:can|could|able[ ]{1,2}to)[ ]{1,2}(?:now[ ]{1,2})?(?:only[ ]{1,2})?(?:walk|ambulate|go)[ ]{1,2}(?:only[ ]{1,2})?(?:(?:about|approximately|around|less[ ]{1,2}than|up[ ]{1,2}to|no[ ]{1,2}more[ ]{1,2}than)[ ]{1,2})?${AMOUNT}[ -]{1,2}${DISTANCE}`,
      `${CANNOT}[ ]{1,2}(?:to[ ]{1,2})?(?:walk|ambulate)`,
      `${DIFFICULTY}[ ]{1,2}(?:with[ ]{1,2})?(?:walking|ambulating|ambulation|walk)`,
      shortTolerance('walking'),
      '(?:limited|decreased|reduced|poor|impaired)[ ]{1,2}(?:walking|ambulation|ambulatory)[ ]{1,2}(?:tolerance|distance|endurance|ability|capacity)',
      `(?:walking|ambulation)${LABEL_GAP}(?:is[ ]{1,2})?(?:limited|restricted|impaired)|(?:limited|restricted)[ ]{1,2}(?:walking|ambulation)`,
      `claudication[ ]{1,2}(?:symptoms[ ]{1,2})?(?:after|with|at)[ ]{1,2}(?:(?:about|approximately)[ ]{1,2})?${AMOUNT}[ -]{1,2}${DISTANCE}`,
      '(?:unable|not[ ]{1,2}able)[ ]{1,2}to[ ]{1,2}(?:bear[ ]{1,2}weight|ambulate[ ]{1,2}without)',
      '(?:only|just)[ ]{1,2}(?:short|household|limited)[ ]{1,2}distances?',
    ],
  ],
  [
    'adl',
    [
      '(?:gave[ ]{1,2}up|has[ ]{1,2}given[ ]{1,2}up|stopped|no[ ]{1,2}longer)[ ]{1,2}driving|needs?[ ]{1,2}help[ ]{1,2}(?:with[ ]{1,2})?(?:getting[ ]{1,2})?dress(?:ing|ed)?',
      `(?:${DIFFICULTY}|${CANNOT}|dependent|limited|impaired)[ ]{1,2}(?:(?:to|with|in|for|of)[ ]{1,2})?(?:(?:performing|perform|doing|do|completing|complete)[ ]{1,2})?${POSSESSIVE}${ADL}`,
      `(?:needs?|requires?)[ ]{1,2}${HELPER}(?:${ASSIST_LEVEL}[ ]{1,2})?(?:help|assistance|assist)[ ]{1,2}(?:(?:with|in|for|to)[ ]{1,2})?${POSSESSIVE}(?:(?:lower|upper)[ ]{1,2}body[ ]{1,2})?${ADL}`,
      changed(LIMITED_ACTIVITIES.adl),
      ...OTHERS_DO,
      `(?:adls?|activities[ ]{1,2}of[ ]{1,2}daily[ ]{1,2}living|daily[ ]{1,2}activities)${LABEL_GAP}(?:(?:are|is)[ ]{1,2}|have[ ]{1,2}been[ ]{1,2})?(?:limited|impaired|affected|restricted|difficult|compromised|(?:requires?|needs?)[ ]{1,2}(?:some[ ]{1,2})?(?:assistance|help))`,
      `interfer(?:es|ing)[ ]{1,2}with[ ]{1,2}${POSSESSIVE}(?:adls?|daily[ ]{1,2}activities|activities[ ]{1,2}of[ ]{1,2}daily[ ]{1,2}living|activities)`,
    ],
  ],
  [
    'sitting',
    [
      `(?:${CANNOT}|${DIFFICULTY}|intolerance)[ ]{1,2}(?:(?:to|with)[ ]{1,2})?(?:sit|sitting)(?:[ ]{1,2}(?:for[ ]{1,2})?(?:(?:more[ ]{1,2}than|longer[ ]{1,2}than|over)[ ]{1,2})?${AMOUNT}[ -]{1,2}${TIME})?`,
      `(?:can|could|able[ ]{1,2}to)[ ]{1,2}(?:now[ ]{1,2})?(?:only[ ]{1,2})?sit[ ]{1,2}(?:for[ ]{1,2})?(?:(?:about|approximately|around|up[ ]{1,2}to)[ ]{1,2})?${AMOUNT}[ -]{1,2}${TIME}`,
      `sitting(?:[ ]{1,2}[a-z]+){0,4}[ ]{0,2}(?:>|more[ ]{1,2}than|longer[ ]{1,2}than|over)[ ]{0,2}${AMOUNT}[ -]{0,2}${TIME}[ ]{1,2}${OUTCOME}`,
      shortTolerance('sitting'),
      cappedAmount('sitting'),
    ],
  ],
  [
    'standing',
    [
      `(?:${CANNOT}|${DIFFICULTY}|intolerance)[ ]{1,2}(?:(?:to|with)[ ]{1,2})?(?:stand|standing)(?:[ ]{1,2}(?:for[ ]{1,2})?(?:(?:more[ ]{1,2}than|longer[ ]{1,2}than|over)[ ]{1,2})?${AMOUNT}[ -]{1,2}${TIME})?`,
      `(?:can|could|able[ ]{1,2}to)[ ]{1,2}(?:now[ ]{1,2})?(?:only[ ]{1,2})?stand[ ]{1,2}(?:for[ ]{1,2})?(?:(?:about|approximately|around|up[ ]{1,2}to)[ ]{1,2})?${AMOUNT}[ -]{1,2}${TIME}`,
      `standing(?:[ ]{1,2}[a-z]+){0,4}[ ]{0,2}(?:>|more[ ]{1,2}than|longer[ ]{1,2}than|over)[ ]{0,2}${AMOUNT}[ -]{0,2}${TIME}[ ]{1,2}${OUTCOME}`,
      `limits?[ ]{1,2}(?:him|her|them)[ ]{1,2}to[ ]{1,2}(?:(?:about|approximately|around)[ ]{1,2})?${AMOUNT}[ -]{1,2}${TIME}[ ]{1,2}on[ ]{1,2}(?:his|her|their)[ ]{1,2}feet`,
      shortTolerance('standing'),
      cappedAmount('standing'),
    ],
  ],
  [
    'sleep',
    [
      // "wakes 3 times a night", "wakes 2-3x/night", "wakes up 4 x nightly"
      'wakes?[ ]{1,2}(?:up[ ]{1,2})?(?:\\d(?:[ ]?-[ ]?\\d)?|two|three|several|multiple)(?:[ ]{1,2}times[ ]{1,2}|[ ]?x[ ]?/[ ]?|[ ]?x[ ]{1,2})(?:(?:a|per|each|every)[ ]{1,2}night|night|nightly)',
      `(?:${DIFFICULTY}|${CANNOT})[ ]{1,2}(?:(?:with|to)[ ]{1,2})?(?:sleep|sleeping|falling[ ]{1,2}asleep|staying[ ]{1,2}asleep)`,
      '(?:wakes?|waking|awakens?|awakened|awakening|woken|wakening)[ ]{1,2}(?:(?:him|her|them|the[ ]{1,2}patient)[ ]{1,2})?(?:up[ ]{1,2})?(?:at[ ]{1,2}night|from[ ]{1,2}(?:(?:his|her)[ ]{1,2})?sleep|during[ ]{1,2}the[ ]{1,2}night|multiple[ ]{1,2}times|several[ ]{1,2}times|frequently|nightly|every[ ]{1,2}night|q[ ]?[0-9]{1,2}[ ]?(?:h|hr|hrs|hours))',
      `(?:sleep|sleeping)${LABEL_GAP}(?:is[ ]{1,2}|has[ ]{1,2}been[ ]{1,2})?${SLEEP_DISTURBED}`,
      anyPhrase(POOR_SLEEP_PHRASES, GAP),
      'sleep[ ]{1,2}(?:disturbance|disturbances|disruption|deprivation)|poor[ ]{1,2}sleep|interfer(?:es|ing)[ ]{1,2}with[ ]{1,2}(?:(?:his|her)[ ]{1,2})?sleep',
      anyPhrase(DISPLACED_SLEEP_PHRASES, GAP),
    ],
  ],
  [
    'general',
    [
      '(?:(?:significant|severe|marked|substantial|considerable|major)[ ]{1,2})?functional[ ]{1,2}(?:impairments?|limitations?|decline|disability|deficits?|loss|restrictions?)',
      `functional[ ]{1,2}status${LABEL_GAP}(?:is[ ]{1,2})?(?:limited|impaired|poor|decreased|declined|reduced)|activit(?:y|ies)[ ]{1,2}(?:is|are|has[ ]{1,2}been|have[ ]{1,2}been)[ ]{1,2}(?:severely[ ]{1,2})?(?:limited|restricted|curtailed)`,
      'functionally[ ]{1,2}(?:limited|impaired|disabled)|(?:significant|severe|marked|substantial)[ ]{1,2}disability',
      'limits?[ ]{1,2}(?:his|her|their)[ ]{1,2}(?:activities|function|daily[ ]{1,2}function|ability[ ]{1,2}to[ ]{1,2}function|quality[ ]{1,2}of[ ]{1,2}life)',
      `${CANNOT}[ ]{1,2}(?:to[ ]{1,2})?(?:exercise|lift|bend|carry|play|practice|train|participate|perform[ ]{1,2}(?:his|her)[ ]{1,2}(?:usual[ ]{1,2})?activities)`,
      anyPhrase(BOUND_WORDS, GAP),
    ],
  ],
];
/**
 * Words one of which each domain's phrasings contain: a domain's regexes run only when the sentence
 * has one. One scan of the sentence says which domains it has (text/stemScanner.ts).
 */
const DOMAINS = Object.keys(FUNCTIONAL_DOMAIN_WORDS) as Domain[];
const DOMAIN_BIT = new Map(DOMAINS.map((d, i) => [d, 1 << i]));
const DOMAIN_SCANNER = new StemScanner(DOMAINS.map((d) => ({ wordStarts: [...new Set(FUNCTIONAL_DOMAIN_WORDS[d].map(wordStartStem))] })));
const DOMAIN_PATTERNS: Array<[Domain, RegExp]> = SOURCES.flatMap(([domain, sources]) =>
  sources.map((source, i) => [domain, pattern(`functional.${domain}.${i}`, `(?<![a-z])(?:${source})(?![a-z])`, 'g')] as [Domain, RegExp]),
);
/** Each domain's shared phrasings as one regex, tried after the domain's own phrasings. */
const SHARED_PATTERNS: Array<[Domain, RegExp]> = SOURCES.map(([domain]) => [domain, pattern(`functional.${domain}.shared`, `(?<![a-z])(?:${sharedPhrasings(domain)})(?![a-z])`, 'g')]);
const ALL_PATTERNS = [...DOMAIN_PATTERNS, ...SHARED_PATTERNS];
/** "Tolerances: sitting 30 min, standing 20 min, walking 15 min": each timed activity of a tolerance list is a limit. */
const TOLERANCE_WORD = pattern('functional.toleranceWord', '(?<![a-z])(?:tolerances?|tolerates|tolerating|tolerated|function(?:al[ ]{1,2}status)?[ ]{0,2}:)(?![a-z])');
const TOLERANCE_ITEM = pattern(
  'functional.toleranceItem',
  `(?<![a-z])(sitting|sit|standing|stand|walking|walk)[ ]{1,2}(?:tolerance[ ]{1,2})?(?:(?:of|is|for)[ ]{1,2})?(?:(?:about|approximately|approx|only|up[ ]{1,2}to|<|~)[ ]{0,2})?${AMOUNT}[ -]{0,2}(?:${TIME}|${DISTANCE})`,
  'g',
);

/** "She can sit for only about 30 minutes", "Standing at the stove is limited to 15 minutes": a timed limit on an activity. */
const LIMITED_ACTIVITY = pattern(
  'functional.limitedActivity',
  `(?<![a-z])(sitting|sit|standing|stand|walking|walk)(?:[ ]{1,2}[a-z]+){0,4}?[ ]{1,2}(?:(?:is|are|was)[ ]{1,2})?(?:limited[ ]{1,2}to|for[ ]{1,2}only|only[ ]{1,2}for|no[ ]{1,2}(?:more|longer)[ ]{1,2}than)[ ]{1,2}(?:(?:about|approximately|approx|around|~)[ ]{1,2}|<[ ]{0,2})?${AMOUNT}[ -]{1,2}(?:${TIME}|${DISTANCE})`,
  'g',
);

/**
 * "Functional limitations: prolonged sitting, standing and walking", "Difficulty with the following:
 * walking, sitting, sleeping": each activity listed right after a limitation's label (and nothing
 * else but separators and boxes between them) is a limit of its domain.
 */
const LIMIT_LIST_HEAD = pattern(
  'functional.limitListHead',
  '(?<![a-z])(?:functional[ ]{1,2}limitations?|limitations?|difficult(?:y|ies)[ ]{1,2}with(?:[ ]{1,2}the[ ]{1,2}following)?|problems[ ]{1,2}with|limited[ ]{1,2}(?:in|with))[ ]{0,2}:',
);
const LIMIT_LIST_HEADS = pattern('functional.limitListHeads', LIMIT_LIST_HEAD.source, 'g');
const WORD_GAPS = pattern('functional.wordGaps', '[ -]+', 'g');
const LISTED_DOMAIN = new Map<string, Domain>(
  (Object.entries(DOMAIN_ACTIVITIES) as Array<[Domain, { ing: readonly string[] }]>).flatMap(([domain, { ing }]) => ing.map((phrase) => [phrase, domain] as [string, Domain])),
);
for (const phrase of ['adls', 'adl', 'activities of daily living', 'household chores', 'housework', 'self care', 'self-care']) LISTED_DOMAIN.set(phrase, 'adl');
LISTED_DOMAIN.set('work', 'work');
const LIST_STEP = pattern(
  'functional.listStep',
  `(?:[ ,/&]|and(?![a-z])|or(?![a-z])|\\[[ xX]?\\]|[\u2610\u2611\u2612])*(?:(?:prolonged|extended)[ ]{1,2})?(${anyPhrase([...LISTED_DOMAIN.keys()], GAP)})(?![a-z])`,
  'y',
);

/** The activities listed after each limitation label in the sentence. */
function listedLimits(lower: string): Array<{ index: number; end: number; domain: Domain }> {
  const found: Array<{ index: number; end: number; domain: Domain }> = [];
  if (!LIMIT_LIST_HEAD.test(lower)) return found;
  for (const head of matchesIn(LIMIT_LIST_HEADS, lower)) {
    LIST_STEP.lastIndex = head.index + head[0].length;
    let m: RegExpExecArray | null;
    while ((m = LIST_STEP.exec(lower)) !== null) {
      const end = m.index + m[0].length;
      const domain = LISTED_DOMAIN.get(m[1].replace(WORD_GAPS, ' '));
      if (domain) found.push({ index: end - m[1].length, end, domain });
    }
  }
  return found;
}

/** "can walk 2 blocks" is an impairment only with "only", a limit, or a stop ("before", "until"). */
const WALK_LIMITED = pattern('functional.walkLimited', '(?<![a-z])(?:only|less[ ]{1,2}than|no[ ]{1,2}more[ ]{1,2}than|up[ ]{1,2}to|<)(?![a-z])');
const WALK_STOP_AFTER = pattern('functional.walkStopAfter', '^[ ,]{0,3}(?:before|until|then|and[ ]{1,2}then|without[ ]{1,2}(?:stopping|resting)|at[ ]{1,2}a[ ]{1,2}time|due|because|secondary)(?![a-z])');
/** "off work injuries" (an adjective), "unable to walk on a treadmill" (a stress-test protocol). */
const NOT_IMPAIRMENT_AFTER = pattern('functional.notImpairmentAfter', '^[ ]{1,2}(?:factors?|injur\\w*|activit\\w*|hobbies|exposures?|on[ ]{1,2}(?:a|the)[ ]{1,2}treadmill)(?![a-z])');
/** "walks 2 miles daily" is an ability; "walks 10 min before he needs to rest" a limit (the same check as "can walk"). */
const WALKS = pattern('functional.walks', '^(?:walks|ambulates)(?![a-z])');
/** "cannot lift more than 20 lb at work": a general limit at work is a work limit. */
const AT_WORK = pattern('functional.atWork', `^(?:[ ]{1,2}[a-z0-9]+){0,5}?[ ]{1,2}${anyPhrase(AT_WORK_PHRASES, GAP)}(?![a-z])`);
const CANNOT_START = pattern('functional.cannotStart', `^${CANNOT}`);
const CAN_WALK = pattern('functional.canWalk', '^(?:(?:can|could)[ ]{1,2}(?!(?:not|no[ ]{1,2}longer|never|barely|hardly)(?![a-z]))|(?:is[ ]{1,2})?able[ ]{1,2}to)');
/** "can only go about 100 feet": "go" is the walk its sentence named before ("She is walking with a walker but can only go ..."). */
const GO_DISTANCE = pattern('functional.goDistance', '(?<![a-z])go[ ]{1,2}(?:only[ ]{1,2})?(?:(?:about|approximately|around|less[ ]{1,2}than|up[ ]{1,2}to|no[ ]{1,2}more[ ]{1,2}than)[ ]{1,2})?[a-z0-9.]+[ -]{1,2}[a-z]+$');
const WALKING_WORD = pattern('functional.walkingWord', '(?<![a-z])(?:walking|walks|walk|ambulating|ambulates)(?![a-z])', 'g');
/** How far back a "go" looks for the walk it stands for. */
const GO_LOOKBACK = 60;

/** The start of the walking word nearest before `at` in its sentence, where the limit's span starts; else `at` (a "go" alone is not anchored on a walk). */
function walkingWordBefore(lower: string, at: number): number {
  const from = Math.max(0, at - GO_LOOKBACK);
  let start = at;
  for (const m of lower.slice(from, at).matchAll(WALKING_WORD)) start = from + m.index;
  return start;
}

/** Between a limit and its reason: "missed 9 shifts since January because modified duty is not available". */
const REASON_BETWEEN = pattern('functional.reasonBetween', '^(?:[ ]{1,2}[a-z0-9]+){0,3}?[ ,]{1,3}(?:because|since|as|due[ ]{1,2}to)[ ]{1,2}(?:(?:the|his|her|their)[ ]{1,2})?$');

/** Every phrasing above names its domain's activity: the activities wake the extractor. */
export const FUNCTIONAL_ANCHOR = anchorFrom(FUNCTIONAL_DOMAIN_WORDS);

function extract(view: SentenceView): Candidate<'functionalImpairment'>[] {
  const { lower } = view;
  // A knee's walking tolerance is not the guideline's functional impairment.
  if (notAboutSpine(view)) return [];
  const hits: Array<{ index: number; end: number; domain: Domain }> = [];
  const domains = DOMAIN_SCANNER.maskOf(lower, 0, lower.length);
  const patterns = LIMITING_WORDS.test(lower) ? ALL_PATTERNS : DOMAIN_PATTERNS;
  for (const [domain, regex] of patterns) {
    if ((domains & (DOMAIN_BIT.get(domain) as number)) === 0) continue;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(lower)) !== null) {
      const index = domain === 'walking' && GO_DISTANCE.test(m[0]) ? walkingWordBefore(lower, m.index) : m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => index < h.end && end > h.index)) continue;
      if (NOT_IMPAIRMENT_AFTER.test(lower.slice(end, end + 24))) continue;
      if ((domain === 'walking' || domain === 'sitting' || domain === 'standing') && (CAN_WALK.test(m[0]) || WALKS.test(m[0]))) {
        if (!WALK_LIMITED.test(m[0]) && !WALK_STOP_AFTER.test(lower.slice(end, end + 30))) continue;
      }
      const atWork = domain === 'general' && CANNOT_START.test(m[0]) && AT_WORK.test(lower.slice(end, end + 40));
      hits.push({ index, end, domain: atWork ? 'work' : domain });
    }
  }
  const timedLimits = [...(TOLERANCE_WORD.test(lower) ? matchesIn(TOLERANCE_ITEM, lower) : []), ...matchesIn(LIMITED_ACTIVITY, lower)];
  for (const m of timedLimits) {
    const index = m.index;
    const end = index + m[0].length;
    if (hits.some((h) => index < h.end && end > h.index)) continue;
    const domain: Domain = m[1].startsWith('sit') ? 'sitting' : m[1].startsWith('stand') ? 'standing' : 'walking';
    hits.push({ index, end, domain });
  }
  for (const listed of listedLimits(lower)) if (!hits.some((h) => listed.index < h.end && listed.end > h.index)) hits.push(listed);
  hits.sort((a, b) => a.index - b.index);
  // "has missed 9 shifts because modified duty is not available": a limit given as the reason of the one before it, in its domain, is the same limit.
  const told = hits.filter((h, i) => i === 0 || hits[i - 1].domain !== h.domain || !REASON_BETWEEN.test(lower.slice(hits[i - 1].end, h.index)));
  return told.map((h) => ({ kind: 'functionalImpairment', start: view.start + h.index, end: view.start + h.end, attributes: { domain: h.domain } }));
}

export const functionalImpairmentExtractor: Extractor = {
  name: 'functionalImpairment',
  anchor: FUNCTIONAL_ANCHOR,
  extract,
};
