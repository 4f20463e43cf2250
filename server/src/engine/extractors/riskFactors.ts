import { StemAnchor } from '../text/stemScanner';
import { anyOf, pattern, phraseSource } from '../patterns';
import { RiskFactorType } from '../types';
import { DRUGS, MOOD_AND_PAIN_DRUGS_FROM_DRUGS, MOOD_AND_PAIN_TREATMENTS } from '../vocabulary/drugs';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Factors that worsen surgical outcomes (guideline ref 2): smoking, depression, chronic pain
 * syndrome, unrealistic expectations.
 *
 * Conventions (the assertions are context rules: context/rules/riskFactor.ts):
 * - Smoking: "current smoker", "smokes 1 ppd", "tobacco use", "30 pack-year", "Tobacco: yes" are
 *   present; "former smoker", "quit smoking", "ex-smoker", "smoked for 20 years" are historical;
 *   "never smoker", "nonsmoker", "does not smoke", "Tobacco: never", "denies tobacco" are absent;
 *   "trying to quit" / "counseled to quit" is a current smoker. Nicotine without smoke (chewing
 *   tobacco) counts: nicotine is what harms fusion. Marijuana does not.
 * - Depression and chronic pain syndrome are comorbidities: listed under past medical history or
 *   written "history of depression" they are present (general history cues do not apply);
 *   "remote", "resolved", "in remission", "postpartum", "childhood" make them historical.
 *   Fibromyalgia, central sensitization and chronic widespread pain count as chronic pain syndrome
 *   (centralised pain predicts poor surgical outcome just as the guideline's "chronic pain syndrome").
 *   Not depression: endplate/ST/respiratory/CNS/marrow depression, "depressed fracture", "depressed reflexes".
 * - A documented treatment of depression or chronic pain syndrome, told with it ("depression,
 *   treated with sertraline", "fibromyalgia on Lyrica", "MDD followed by her psychiatrist",
 *   and, in a medication list, "Zoloft 50 mg daily for depression"), sets `treated` and names the
 *   `treatment`. Only a treatment joined to the mention counts: "depression, not on medication",
 *   "declined sertraline" or "needs psychotherapy for his depression" join none.
 * - Unrealistic expectations: an expectation of complete pain elimination ("expects to be
 *   completely pain free", "wants 100% relief", "expects surgery to cure her pain", "unrealistic
 *   expectations"). The wish is the finding, so hypothetical cues do not apply.
 * Span: the phrase that states the factor.
 */

const NUM = '[0-9][0-9.]{0,3}';
/** Smoking phrasings, one small regex each (scanned in order; a later match may not overlap an earlier one). */
const SMOKING_SOURCES: string[] = [
  '(?:trying|wants|plans|ready|attempting|working)[ ]{1,2}to[ ]{1,2}quit(?:[ ]{1,2}smoking)?',
  "(?:(?:current(?:ly)?|active|daily|heavy|everyday|every[ ]{1,2}day|chronic|former|ex|previous|prior|past|remote|reformed|occasional|social|light|never|non|lifelong[ ]{1,2}non)[ -]{0,2}(?:a[ ]{1,2})?)?(?:smokers?|cigarette[ ]{1,2}smoker|tobacco[ ]{1,2}(?:user|smoker))",
  "(?:does[ ]{1,2}not|doesn't|never|has[ ]{1,2}never)[ ]{1,2}(?:smoke|smoked|used[ ]{1,2}tobacco)",
  `smokes(?:[ ]{1,2}(?:about|approximately|around|less[ ]{1,2}than|up[ ]{1,2}to))?(?:[ ]{1,2}${NUM}(?:[ ]{0,2}(?:-|to)[ ]{0,2}${NUM})?)?(?:[ ]{1,2}(?:a[ ]{1,2}|one[ ]{1,2}|half[ ]{1,2}a[ ]{1,2})?(?:ppd|packs?(?:[ ]{1,2}(?:a|per)[ ]{1,2}day)?|cigarettes|cigs|cigars?))?`,
  '(?:quit|stopped|gave[ ]{1,2}up|used[ ]{1,2}to)[ ]{1,2}(?:smoking|smoke|tobacco|cigarettes)|smoked',
  `smoking[ ]{1,2}(?:${NUM}[ ]{1,2})?(?:ppd|packs?[ ]{1,2}(?:per|a)[ ]{1,2}day|cigarettes[ ]{1,2}(?:per|a)[ ]{1,2}day)`,
  `${NUM}[ ]{0,2}ppd|${NUM}[ -]{1,2}pack[ -]{1,2}years?(?:[ ]{1,2}(?:smoking[ ]{1,2})?history)?|pack[ -]{1,2}years?`,
  '(?:tobacco|nicotine|cigarette)[ ]{1,2}(?:use|user|abuse|dependence|dependency|addiction|smoking|use[ ]{1,2}disorder)|uses[ ]{1,2}tobacco',
  '(?:chews|dips|chewing|smokeless)[ ]{1,2}tobacco|cigarette[ ]{1,2}smoking|(?:smoking|tobacco)[ ]{1,2}history',
  `(?:tobacco|smoking|smoker|cigarettes)(?:[ ]{1,2}(?:use|status|history))?[ ]{0,2}[:=-][ ]{0,2}(?:yes|positive|current(?:ly)?|daily|every[ ]{1,2}day|no|none|never|denies|negative|n/a|former|quit|past|remote|ex|${NUM}[ ]{0,2}(?:ppd|packs?|cigs?|cigarettes))`,
  'smoking|tobacco',
];
const SMOKING_PATTERNS = SMOKING_SOURCES.map((source, i) => pattern(`risk.smoking.${i}`, `(?<![a-z])(?:${source})(?![a-z])`, 'g'));
const SMOKING_NOT_TOBACCO = pattern('risk.smokingNotTobacco', '^[^.;]{0,25}?(?<![a-z])(?:marijuana|cannabis|pot|weed|thc|crack|meth\\w*|hookah|vape|vaping|e-cig\\w*)(?![a-z])');
const SMOKING_NOT_A_FACTOR_AFTER = pattern('risk.smokingNotFactorAfter', '^[ -]{0,2}(?:cessation|detector|exposure|inhalation|area|room|related|counseling)(?![a-z])');
const SMOKING_NOT_A_FACTOR_BEFORE = pattern('risk.smokingNotFactorBefore', '(?<![a-z])(?:second[ -]?hand|passive|anti)[ -]{0,2}$');
const COUNSEL_BEFORE = pattern('risk.counselBefore', '(?<![a-z])(?:counsel(?:l)?ed|advised|encouraged|urged|told|recommended|instructed)(?:[ ]{1,2}(?:him|her|them|the[ ]{1,2}patient))?[ ]{1,2}(?:to|on|about|regarding)[ ]{1,2}$');

const DEPRESSION = pattern(
  'risk.depression',
  '(?<![a-z])(?:major[ ]{1,2}depressive[ ]{1,2}disorder|depressive[ ]{1,2}(?:disorder|symptoms|episode|illness)|bipolar[ ]{1,2}depression|clinical[ ]{1,2}depression|depression|depressed[ ]{1,2}mood|mdd|dysthymia|dysthymic[ ]{1,2}disorder|(?:feels|feeling|is|was|appears|seems|being|been|very|quite|more)[ ]{1,2}depressed)(?![a-z])',
  'g',
);
const NOT_MOOD_BEFORE = pattern(
  'risk.notMoodBefore',
  '(?<![a-z])(?:end[ -]?plate|endplates?|st|st[ -]segment|segment|respiratory|ventilatory|cns|marrow|cardiac|myocardial|skull|cortical|superior|inferior|plate|reflex|immune|pr|platelet|neonatal|bone|vertebral|wedge|central|compression|fracture|sternal|chest[ ]wall)[ -]{1,2}$',
);
const NOT_MOOD_AFTER = pattern('risk.notMoodAfter', '^[ ]{1,2}(?:of[ ]{1,2}(?:the[ ]{1,2})?(?:\\w+[ ]{1,2})?(?:endplate|end[ ]plate|skull|reflexes|st|bone|cortex|plate|fracture|vertebra\\w*|respiration|consciousness)|fracture|reflexes|skull|endplate|ejection|hemidiaphragm)');
const CHRONIC_PAIN = pattern(
  'risk.chronicPain',
  '(?<![a-z])(?:chronic[ ]{1,2}pain[ ]{1,2}(?:syndrome|disorder)|fibromyalgia(?:[ ]{1,2}syndrome)?|fibromyalgias|chronic[ ]{1,2}widespread[ ]{1,2}pain|central(?:ized|ised)?[ ]{1,2}(?:pain[ ]{1,2})?sensiti[sz]ation|centrali[sz]ed[ ]{1,2}pain|somatic[ ]{1,2}symptom[ ]{1,2}disorder)(?![a-z])',
  'g',
);
const PAIN_FREE = '(?:pain[ -]{1,2}free|free[ ]{1,2}of[ ]{1,2}(?:all[ ]{1,2})?pain|without[ ]{1,2}(?:any[ ]{1,2})?pain|cured|a[ ]{1,2}cure|no[ ]{1,2}(?:more[ ]{1,2})?pain)';
const EXPECT = '(?:expects?|expected|expecting|hopes?|hoping|wants?|wanting|would[ ]{1,2}like|anticipates?|believes?)';
const FREE_QUALIFIER = '(?:(?:completely|totally|entirely|100%|100[ ]{1,2}percent|absolutely|fully|permanently)[ ]{1,2})?';
const EXPECTATION_PATTERNS = [
  '(?:unrealistic|unreasonable)[ ]{1,2}(?:expectations?|goals?|hopes?)',
  `${EXPECT}[ ]{1,2}(?:that[ ]{1,2})?(?:to[ ]{1,2})?(?:be[ ]{1,2})?${FREE_QUALIFIER}${PAIN_FREE}`,
  `(?:expectations?[ ]{1,2}(?:is|are|of|that)|goals?[ ]{1,2}(?:is|are|include))[ ]{1,2}(?:to[ ]{1,2})?(?:be[ ]{1,2})?${FREE_QUALIFIER}${PAIN_FREE}`,
  `${EXPECT}[ ]{1,2}(?:that[ ]{1,2})?(?:surgery|the[ ]{1,2}surgery|the[ ]{1,2}procedure|it|this|fusion|the[ ]{1,2}operation)[ ]{1,2}(?:will|would|to)[ ]{1,2}(?:(?:make|leave)[ ]{1,2}(?:him|her|them)[ ]{1,2})?(?:be[ ]{1,2})?${FREE_QUALIFIER}${PAIN_FREE}`,
  '(?:expects?|expected|expecting|wants?|hopes?|hoping|expectations?[ ]{1,2}of|goal[ ]{1,2}of)[ ]{1,2}(?:a[ ]{1,2})?(?:100%|100[ ]{1,2}percent|complete|total|full|absolute|permanent)[ ]{1,2}(?:pain[ ]{1,2})?(?:relief|resolution|cure|elimination[ ]{1,2}of[ ]{1,2}(?:(?:his|her|the)[ ]{1,2})?pain)',
  '(?:expects?|expected|expecting|wants?)[ ]{1,2}(?:surgery|the[ ]{1,2}surgery|fusion|the[ ]{1,2}procedure|the[ ]{1,2}operation)[ ]{1,2}to[ ]{1,2}(?:cure|fix|eliminate|take[ ]{1,2}away|get[ ]{1,2}rid[ ]{1,2}of)[ ]{1,2}(?:all[ ]{1,2}(?:of[ ]{1,2})?)?(?:everything|(?:(?:his|her|the|their)[ ]{1,2})?(?:pain|problems?|symptoms))',
].map((source, i) => pattern(`risk.expectations.${i}`, `(?<![a-z])(?:${source})(?![a-z%])`, 'g'));
const TAKE_AWAY_ALL = pattern(
  'risk.takeAwayAll',
  '(?<![a-z])(?:take[ ]{1,2}away|eliminate|get[ ]{1,2}rid[ ]{1,2}of|remove|cure)[ ]{1,2}all[ ]{1,2}(?:of[ ]{1,2})?(?:(?:his|her|their|the)[ ]{1,2})?(?:pain|symptoms)(?![a-z])',
  'g',
);
const EXPECT_WORD = pattern('risk.expectWord', '(?<![a-z])(?:expects?|expected|expecting|hopes?|hoping|wants?|believes?|anticipates?)(?![a-z])');
export const RISK_ANCHOR: StemAnchor = { wordStarts: [
  'take away', 'get rid', 'eliminate', 'remove', 'cure', 'smok', 'nonsmok', 'tobacco', 'nicotine', 'cigar', 'ppd', 'pack', 'depress',
  'mdd', 'dysthym', 'chronic pain', 'chronic widespread', 'fibromyalg', 'central', 'somatic', 'pain free', 'pain-free', 'free of',
  'without pain', 'without any pain', 'expect', 'unrealistic', 'unreasonable', 'relief', 'resolution', 'no pain', 'no more pain',
  'hop', 'want', 'goal', 'anticipat', 'believ', 'would like',
] };

interface Hit {
  index: number;
  end: number;
  type: RiskFactorType;
}

// ---------------------------------------------------------------- a treatment told with the mention

/** Runs of spaces and hyphens: "anti-depressant" is the table's "anti depressant". */
const NAME_GAP = pattern('risk.treatmentNameGap', '[\\s-]+', 'g');
const nameKey = (name: string) => name.replace(NAME_GAP, ' ');
/** Each name a note uses for a treatment, to the name the engine reports ("zoloft" -> "sertraline"). */
const TREATMENT_NAME = new Map<string, string>();
for (const [generic, names] of [...MOOD_AND_PAIN_TREATMENTS, ...DRUGS.filter(([generic]) => MOOD_AND_PAIN_DRUGS_FROM_DRUGS.includes(generic))]) {
  for (const name of names) TREATMENT_NAME.set(nameKey(name), generic);
}
const TREATMENT = `(${anyOf([...TREATMENT_NAME.keys()].sort((a, b) => b.length - a.length).map((n) => phraseSource(n)))})(?![a-z])`;
const DETERMINERS = '(?:(?:his|her|their|the|a|an|daily|low[ -]dose|outpatient)[ ]{1,2}){0,2}';
/** "depression, treated with sertraline", "depression (on Zoloft)", "MDD - sertraline 50 mg", "... for which she takes bupropion". */
const TREATED_AFTER = pattern(
  'risk.treatedAfter',
  `^[ ]{0,2}(?:(?:[,:(]|-{1,2})[ ]{0,2})?(?:(?:(?:currently|now|well|adequately|poorly|partially|chronically)[ ]{1,2})?(?:(?:treated|managed|controlled|maintained|followed|stable)[ ]{1,2}(?:with|on|by)|on|taking|takes|receiving|in)[ ]{1,2}|for[ ]{1,2}which[ ]{1,2}(?:she|he|they|the[ ]{1,2}patient)[ ]{1,2}(?:takes|is[ ]{1,2}on|sees|receives)[ ]{1,2})?${DETERMINERS}${TREATMENT}`,
);
/** "Zoloft 50 mg daily for depression", "takes sertraline for her depression". */
const TREATED_BEFORE = pattern(
  'risk.treatedBefore',
  `(?<![a-z])${TREATMENT}(?:[ ]{1,2}(?:[0-9][0-9.]{0,5}|mg|mcg|daily|qd|bid|tid|qhs|nightly|once|twice|a|per|day|xr|er|cr|sr|xl)){0,6}[ ]{1,2}for[ ]{1,2}(?:(?:his|her|their|the|major)[ ]{1,2})?$`,
);
/** How far from the mention a joined treatment may be. */
const TREATMENT_WINDOW = 90;

/**
 * The treatment told with a depression or chronic pain syndrome mention, or undefined. "Sertraline
 * for depression" tells a treatment taken only in a medication list; elsewhere it may be advice
 * ("needs psychotherapy for his depression").
 */
function treatmentOf(view: SentenceView, index: number, end: number): string | undefined {
  const { lower } = view;
  const after = TREATED_AFTER.exec(lower.slice(end, end + TREATMENT_WINDOW));
  const before = after || view.section.category !== 'medications' ? null : TREATED_BEFORE.exec(lower.slice(Math.max(0, index - TREATMENT_WINDOW), index));
  const name = (after ?? before)?.[1];
  return name === undefined ? undefined : TREATMENT_NAME.get(nameKey(name));
}

const CLAUSE_STOP = pattern('risk.clauseStop', '[.;]');

function smokingHits(view: SentenceView, hits: Hit[]): void {
  const { lower } = view;
  for (const regex of SMOKING_PATTERNS) {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(lower)) !== null) {
    const index = m.index;
    const end = index + m[0].length;
    const text = m[0];
    if (SMOKING_NOT_TOBACCO.test(lower.slice(end, end + 30))) continue;
    if ((text === 'smoking' || text === 'tobacco') && SMOKING_NOT_A_FACTOR_AFTER.test(lower.slice(end, end + 16))) continue;
    if (SMOKING_NOT_A_FACTOR_BEFORE.test(lower.slice(Math.max(0, index - 14), index))) continue;
    // Cessation counselling says nothing new about status ("counseled to quit smoking").
    if (COUNSEL_BEFORE.test(lower.slice(Math.max(0, index - 30), index))) continue;
    if (hits.some((h) => index < h.end && end > h.index)) continue;
    // "Current smoker, 1 ppd x 20 years", "Quit smoking in 2010 after 30 pack-years": one statement.
    if (hits.some((h) => h.type === 'smoking' && (index >= h.end ? index - h.end : h.index - end) <= 24 && !CLAUSE_STOP.test(lower.slice(Math.min(h.end, end), Math.max(h.index, index))))) continue;
    hits.push({ index, end, type: 'smoking' });
  }
  }
}

function extract(view: SentenceView): Candidate<'riskFactor'>[] {
  const { lower } = view;
  const hits: Hit[] = [];
  smokingHits(view, hits);
  let m: RegExpExecArray | null;
  DEPRESSION.lastIndex = 0;
  while ((m = DEPRESSION.exec(lower)) !== null) {
    const end = m.index + m[0].length;
    if (NOT_MOOD_BEFORE.test(lower.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (NOT_MOOD_AFTER.test(lower.slice(end, end + 40))) continue;
    hits.push({ index: m.index, end, type: 'depression' });
  }
  CHRONIC_PAIN.lastIndex = 0;
  while ((m = CHRONIC_PAIN.exec(lower)) !== null) {
    hits.push({ index: m.index, end: m.index + m[0].length, type: 'chronicPainSyndrome' });
  }
  // "She hopes that a spinal cord stimulator will take away all of her pain".
  TAKE_AWAY_ALL.lastIndex = 0;
  while ((m = TAKE_AWAY_ALL.exec(lower)) !== null) {
    const end = m.index + m[0].length;
    const before = lower.slice(Math.max(0, m.index - 80), m.index);
    if (EXPECT_WORD.test(before) && !hits.some((h) => m !== null && m.index < h.end && end > h.index)) hits.push({ index: m.index, end, type: 'unrealisticExpectations' });
  }
  for (const regex of EXPECTATION_PATTERNS) {
    regex.lastIndex = 0;
    while ((m = regex.exec(lower)) !== null) {
      const end = m.index + m[0].length;
      if (!hits.some((h) => m !== null && m.index < h.end && end > h.index)) hits.push({ index: m.index, end, type: 'unrealisticExpectations' });
    }
  }
  hits.sort((a, b) => a.index - b.index);

  const out: Candidate<'riskFactor'>[] = [];
  for (const h of hits) {
    if (out.some((o) => view.start + h.index < o.end && view.start + h.end > o.start)) continue;
    const treatment = h.type === 'depression' || h.type === 'chronicPainSyndrome' ? treatmentOf(view, h.index, h.end) : undefined;
    out.push({ kind: 'riskFactor', start: view.start + h.index, end: view.start + h.end, attributes: { type: h.type, ...(treatment ? { treated: true, treatment } : {}) } });
  }
  return out;
}

export const riskFactorsExtractor: Extractor = {
  name: 'riskFactors',
  anchor: RISK_ANCHOR,
  extract,
};
