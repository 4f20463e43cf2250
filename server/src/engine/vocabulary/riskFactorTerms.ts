/**
 * Words of the factors that worsen surgical outcomes (extractors/riskFactors.ts, guideline ref 2):
 * smoking, depression, chronic pain syndrome, unrealistic expectations. The extractor's patterns are
 * built from these tables and the stems that wake it derived from them (text/anchors.ts).
 * Order matters inside a table where the extractor tries its phrases in turn (noted at the table).
 */

/** Every phrase made of one word from each part ('' leaves the part out). */
const product = (...parts: ReadonlyArray<readonly string[]>): string[] =>
  parts.reduce<string[]>((acc, words) => acc.flatMap((a) => words.map((w) => [a, w].filter(Boolean).join(' '))), ['']);

// ---------------------------------------------------------------- smoking

/** An intention to stop, which tells a current smoker ("trying to quit", "wants to quit smoking"). */
export const QUIT_INTENT_VERBS: readonly string[] = ['trying', 'wants', 'plans', 'ready', 'attempting', 'working'];
export const QUIT_INTENT_PHRASES: readonly string[] = product(QUIT_INTENT_VERBS, ['to quit']);
/** What else one may be trying to quit: "wants to quit drinking" tells no smoker. */
export const OTHER_HABITS: readonly string[] = [
  'drinking', 'alcohol', 'beer', 'drugs', 'opioids', 'opiates', 'narcotics', 'pain medications', 'pain medication', 'pain pills', 'oxycodone',
  'heroin', 'cocaine', 'methamphetamine', 'meth', 'marijuana', 'cannabis', 'vaping', 'caffeine', 'coffee', 'soda', 'gambling', 'work',
  'working', 'his job', 'her job', 'their job', 'school', 'the gym', 'physical therapy', 'therapy', 'pt',
];

/** What kind of smoker, before "smoker" (tried in order): "current smoker", "ex-smoker", "never smoker". */
export const SMOKER_STATUS_WORDS: readonly string[] = [
  'currently', 'current', 'active', 'daily', 'heavy', 'everyday', 'every day', 'chronic', 'former', 'ex', 'previous', 'prior', 'past',
  'remote', 'reformed', 'occasional', 'social', 'light', 'never', 'non', 'lifelong non',
];
/** A smoker written with its status joined to it ("nonsmoker", "exsmoker"): a word of its own to wake the extractor. */
export const JOINED_SMOKER_WORDS: readonly string[] = SMOKER_STATUS_WORDS.filter((w) => !w.includes(' ')).map((w) => `${w}smoker`);
/** The person who smokes (tried in order). */
export const SMOKER_NOUNS: readonly string[] = ['smokers', 'smoker', 'cigarette smoker', 'tobacco user', 'tobacco smoker'];

/** "does not smoke", "has never used tobacco". */
export const NOT_SMOKING_VERBS: readonly string[] = ['does not', "doesn't", 'never', 'has never'];
export const SMOKE_VERBS: readonly string[] = ['smoke', 'smoked', 'used tobacco'];

/** Between "smokes" and its amount ("smokes about 1 ppd"). */
export const AMOUNT_HEDGES: readonly string[] = ['about', 'approximately', 'around', 'less than', 'up to'];
/** Before a unit ("a pack a day", "half a pack"). */
export const UNIT_ARTICLES: readonly string[] = ['a', 'one', 'half a'];
/** What is smoked, after "smokes" and an amount. */
export const SMOKED_UNITS: readonly string[] = ['cigarettes', 'cigs', 'cigars', 'cigar'];

/** Stopping ("quit smoking", "gave up tobacco"), which tells a former smoker. */
export const QUIT_VERBS: readonly string[] = ['quit', 'stopped', 'gave up', 'used to'];
export const SMOKED_THINGS: readonly string[] = ['smoking', 'smoke', 'tobacco', 'cigarettes'];

/** Nicotine taken and how ("tobacco use", "nicotine dependence"; tried in order). */
export const NICOTINE_WORDS: readonly string[] = ['tobacco', 'nicotine', 'cigarette'];
export const NICOTINE_USE_WORDS: readonly string[] = ['use', 'user', 'abuse', 'dependence', 'dependency', 'addiction', 'smoking', 'use disorder'];
/** Nicotine without smoke counts: nicotine is what harms fusion. */
export const SMOKELESS_WORDS: readonly string[] = ['chews', 'dips', 'chewing', 'smokeless'];
/**
 * Nicotine vaped: "vapes nicotine", "uses e-cigarettes", "JUUL". Vaping named alone may be cannabis
 * (NOT_TOBACCO_WORDS); these name the nicotine or the device made for it.
 */
export const VAPING_PHRASES: readonly string[] = [
  'vapes nicotine', 'vaping nicotine', 'vaped nicotine', 'nicotine vape', 'nicotine vaping', 'nicotine vapes', 'e-cigarettes', 'e-cigarette',
  'e cigarettes', 'e cigarette', 'e-cig', 'e-cigs', 'ecig', 'ecigs', 'electronic cigarettes', 'electronic cigarette', 'juul', 'juuls',
];
/** Other phrases that name smoking. */
export const SMOKING_PHRASES: readonly string[] = ['cigarette smoking', 'smoking history', 'tobacco history'];

/** A status line: "Tobacco: never", "Smoking status = current", "Cigarettes - 1 ppd" (values tried in order). */
export const STATUS_LINE_LABELS: readonly string[] = ['tobacco', 'smoking', 'smoker', 'cigarettes'];
export const STATUS_LINE_FIELDS: readonly string[] = ['use', 'status', 'history'];
export const STATUS_LINE_VALUES: readonly string[] = [
  'yes', 'positive', 'currently', 'current', 'daily', 'every day', 'no', 'none', 'never', 'denies', 'negative', 'n/a', 'former', 'quit', 'past', 'remote', 'ex',
];
/** Units of an amount (tried in order): "1 ppd", "2 packs". */
export const PACK_UNITS: readonly string[] = ['ppd', 'packs', 'pack', 'cigs', 'cig', 'cigarettes'];

/**
 * A word that every statement of smoking holds, whatever else it says ("tobacco", "1ppd",
 * "30 pack-years", "smoked"): what wakes the extractor for smoking (with the two tables above).
 */
export const SMOKING_WORDS: readonly string[] = [
  'smoke', 'smoker', 'smokers', 'smokes', 'smoked', 'smoking', 'tobacco', 'nicotine', 'cigarette', 'cigarettes', 'cigar', 'cigars', 'cigs',
  'ppd', 'pack', 'packs',
];

/** Smoked, but not tobacco (right after the smoking word): marijuana does not count. */
export const NOT_TOBACCO_WORDS: readonly string[] = ['marijuana', 'cannabis', 'pot', 'weed', 'thc', 'crack', 'hookah', 'vape', 'vaping'];
/** The same, as word beginnings ("methamphetamine", "e-cigarettes"). */
export const NOT_TOBACCO_STEMS: readonly string[] = ['meth', 'e-cig'];
/** After a bare "smoking" / "tobacco": not the patient's habit ("smoking cessation", "tobacco exposure"). */
export const NOT_A_HABIT_AFTER: readonly string[] = ['cessation', 'detector', 'exposure', 'inhalation', 'area', 'room', 'related', 'counseling'];
/** Before the smoking word: someone else's smoke ("secondhand smoke", "anti-smoking"). */
export const NOT_A_HABIT_BEFORE: readonly string[] = ['second hand', 'secondhand', 'passive', 'anti'];
/** Cessation counselling says nothing new about status ("counseled to quit smoking"). */
export const COUNSEL_VERBS: readonly string[] = ['counseled', 'counselled', 'advised', 'encouraged', 'urged', 'told', 'recommended', 'instructed'];
export const COUNSELLED_PEOPLE: readonly string[] = ['him', 'her', 'them', 'the patient'];
export const COUNSEL_LINKS: readonly string[] = ['to', 'on', 'about', 'regarding'];

// ---------------------------------------------------------------- depression, chronic pain syndrome

/** Depression (tried in order). "Depressed" alone is a sign ("depressed fracture"), so it needs a verb. */
export const DEPRESSION_TERMS: readonly string[] = [
  'major depressive disorder', 'depressive disorder', 'depressive symptoms', 'depressive episode', 'depressive illness', 'bipolar depression',
  'clinical depression', 'depression', 'depressed mood', 'mdd', 'dysthymia', 'dysthymic disorder',
  ...product(['feels', 'feeling', 'is', 'was', 'appears', 'seems', 'being', 'been', 'very', 'quite', 'more'], ['depressed']),
];
/** Right before "depression": a depressed structure or signal, not mood ("endplate depression", "ST depression"). */
export const NOT_MOOD_BEFORE: readonly string[] = [
  'end plate', 'endplates', 'endplate', 'st segment', 'st', 'segment', 'respiratory', 'ventilatory', 'cns', 'marrow', 'cardiac', 'myocardial', 'skull',
  'cortical', 'superior', 'inferior', 'plate', 'reflex', 'immune', 'pr', 'platelet', 'neonatal', 'bone', 'vertebral', 'wedge', 'central',
  'compression', 'fracture', 'sternal', 'chest wall',
];
/** After "depression of (the) (...)": a structure or function (word beginnings: "vertebra" for "vertebral"). */
export const NOT_MOOD_OF: readonly string[] = [
  'endplate', 'end plate', 'skull', 'reflexes', 'st', 'bone', 'cortex', 'plate', 'fracture', 'vertebra', 'respiration', 'consciousness',
];
/** Right after "depression" / "depressed" (word beginnings). */
export const NOT_MOOD_AFTER: readonly string[] = ['fracture', 'reflexes', 'skull', 'endplate', 'ejection', 'hemidiaphragm'];

/**
 * Chronic pain syndrome and what counts as it (tried in order): centralised pain predicts poor
 * surgical outcome just as the guideline's "chronic pain syndrome".
 */
export const CHRONIC_PAIN_TERMS: readonly string[] = [
  'chronic pain syndrome', 'chronic pain disorder', 'fibromyalgia syndrome', 'fibromyalgia', 'fibromyalgias', 'chronic widespread pain',
  ...product(['central', 'centralized', 'centralised'], ['', 'pain'], ['sensitization', 'sensitisation']),
  'centralized pain', 'centralised pain', 'somatic symptom disorder',
];

// ---------------------------------------------------------------- unrealistic expectations

/** Said of expectations themselves ("unrealistic expectations"). */
export const UNREALISTIC_WORDS: readonly string[] = ['unrealistic', 'unreasonable'];
export const UNREALISTIC_OBJECTS: readonly string[] = ['expectations', 'expectation', 'goals', 'goal', 'hopes', 'hope'];
/** "Expectations are to be pain free", "goals include no more pain". */
export const EXPECTATION_WORDS: readonly string[] = ['expectations', 'expectation'];
export const GOAL_WORDS: readonly string[] = ['goals', 'goal'];
/** Before a total relief ("wants 100% relief", "goal of complete resolution"; tried in order). */
export const WISH_WORDS: readonly string[] = [
  'expects', 'expect', 'expected', 'expecting', 'wants', 'want', 'hopes', 'hope', 'hoping', 'expectations of', 'expectation of', 'goal of',
];
/** Before "surgery to cure ..." (tried in order). */
export const EXPECT_SURGERY_WORDS: readonly string[] = ['expects', 'expect', 'expected', 'expecting', 'wants', 'want'];
/** A word of expecting somewhere before "take away all of her pain" (in the same sentence). */
export const HOPE_WORDS: readonly string[] = [
  'expects', 'expect', 'expected', 'expecting', 'hopes', 'hope', 'hoping', 'wants', 'want', 'believes', 'believe', 'anticipates', 'anticipate',
];
/** A verb of expecting or wishing (tried in order). */
export const EXPECT_VERBS: readonly string[] = [
  'expects', 'expect', 'expected', 'expecting', 'hopes', 'hope', 'hoping', 'wants', 'want', 'wanting', 'would like', 'anticipates', 'anticipate',
  'believes', 'believe',
];
/** The state expected: no pain at all (tried in order). */
export const PAIN_FREE_PHRASES: readonly string[] = [
  'pain free', 'pain-free', 'free of all pain', 'free of pain', 'without any pain', 'without pain', 'cured', 'a cure', 'no more pain', 'no pain',
  'zero pain', 'no pain at all', '0/10 pain', 'pain of 0/10', 'pain at 0/10',
];
/** "completely pain free", "100% pain free". */
export const TOTALLY_WORDS: readonly string[] = ['completely', 'totally', 'entirely', '100%', '100 percent', 'absolutely', 'fully', 'permanently'];
/** The operation expected to cure. */
export const SURGERY_WORDS: readonly string[] = ['surgery', 'the surgery', 'the procedure', 'fusion', 'the operation'];
/** What is expected to bring it. */
export const WHAT_WILL_CURE: readonly string[] = [...SURGERY_WORDS, 'it', 'this'];
/** "100% relief", "complete resolution". */
export const TOTAL_WORDS: readonly string[] = ['100%', '100 percent', 'complete', 'total', 'full', 'absolute', 'permanent'];
export const RELIEF_WORDS: readonly string[] = ['relief', 'resolution', 'cure'];
/** "take away all of her pain", "cure everything". */
export const TAKE_AWAY_VERBS: readonly string[] = ['take away', 'eliminate', 'get rid of', 'remove', 'cure'];
export const CURE_VERBS: readonly string[] = ['cure', 'fix', 'eliminate', 'take away', 'get rid of'];
export const PAIN_WORDS: readonly string[] = ['pain', 'symptoms'];
/** What surgery is expected to cure ("all of her problems"). */
export const CURED_THINGS: readonly string[] = ['pain', 'problems', 'problem', 'symptoms'];
/** Before what a treatment or cure is of ("his pain", "her depression"). */
export const POSSESSIVES: readonly string[] = ['his', 'her', 'their', 'the'];
