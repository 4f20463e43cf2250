import { anchorFrom } from '../text/anchors';
import { anyOf, pattern, phraseSource } from '../patterns';
import { RiskFactorType } from '../types';
import { DRUGS, MOOD_AND_PAIN_DRUGS_FROM_DRUGS, MOOD_AND_PAIN_TREATMENTS } from '../vocabulary/drugs';
import {
  AMOUNT_HEDGES, CHRONIC_PAIN_TERMS, COUNSEL_LINKS, COUNSEL_VERBS, COUNSELLED_PEOPLE, CURE_VERBS, CURED_THINGS, DEPRESSION_TERMS, EXPECT_SURGERY_WORDS,
  EXPECT_VERBS, EXPECTATION_WORDS, GOAL_WORDS, HOPE_WORDS, JOINED_SMOKER_WORDS, NICOTINE_USE_WORDS, NICOTINE_WORDS, NOT_A_HABIT_AFTER,
  NOT_A_HABIT_BEFORE, NOT_MOOD_AFTER as NOT_MOOD_AFTER_WORDS, NOT_MOOD_BEFORE as NOT_MOOD_BEFORE_WORDS, NOT_MOOD_OF, NOT_SMOKING_VERBS,
  NOT_TOBACCO_STEMS, NOT_TOBACCO_WORDS, OTHER_HABITS, PACK_UNITS, PAIN_FREE_PHRASES, PAIN_WORDS, POSSESSIVES, QUIT_INTENT_PHRASES, QUIT_VERBS, RELIEF_WORDS,
  VAPING_PHRASES, SMOKE_VERBS, SMOKED_THINGS, SMOKED_UNITS, SMOKELESS_WORDS, SMOKER_NOUNS, SMOKER_STATUS_WORDS, SMOKING_PHRASES, SMOKING_WORDS, STATUS_LINE_FIELDS,
  STATUS_LINE_LABELS, STATUS_LINE_VALUES, SURGERY_WORDS, TAKE_AWAY_VERBS, TOTAL_WORDS, TOTALLY_WORDS, UNIT_ARTICLES, UNREALISTIC_OBJECTS,
  UNREALISTIC_WORDS, WHAT_WILL_CURE, WISH_WORDS,
} from '../vocabulary/riskFactorTerms';
import { statementBrokenBy } from '../context/scope';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Factors that worsen surgical outcomes (guideline ref 2): smoking, depression, chronic pain
 * syndrome, unrealistic expectations.
 *
 * Conventions (the assertions are context rules: context/rules/riskFactor.ts):
 * - Smoking: "current smoker", "smokes 1 ppd", "tobacco use", "30 pack-year", "Tobacco: yes" are
 *   present; "former smoker", "quit smoking", "ex-smoker", "smoked for 20 years" are historical;
 *   "never smoker", "nonsmoker", "does not smoke", "Tobacco: never", "denies tobacco" are absent;
 *   "trying to quit" (alone too) / "counseled to quit" is a current smoker; "wants to quit drinking"
 *   is no smoker. Nicotine without smoke (chewing tobacco) counts: nicotine is what harms fusion.
 *   Marijuana does not.
 * The words are the tables of vocabulary/riskFactorTerms.ts; the stems that wake the extractor are
 * derived from them.
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
/** The gap between two words of a phrase: one or two spaces. */
const G = '[ ]{1,2}';
/** The phrases of a table, tried in the table's order, words joined by `gap`. */
const inOrder = (phrases: readonly string[], gap = G) => anyOf(phrases.map((p) => phraseSource(p, gap)));
/** The same, as word beginnings ("meth" for "methamphetamine"). */
const beginningOf = (stems: readonly string[]) => anyOf(stems.map((s) => `${phraseSource(s, G)}\\w*`));

const PER_DAY = `${G}(?:a|per)${G}day`;
/** Smoking phrasings, one small regex each (scanned in order; a later match may not overlap an earlier one). */
const SMOKING_SOURCES: string[] = [
  `${inOrder(QUIT_INTENT_PHRASES)}(?:${G}smoking)?(?!${G}${inOrder(OTHER_HABITS)}(?![a-z]))`,
  `(?:${inOrder(SMOKER_STATUS_WORDS)}[ -]{0,2}(?:a${G})?)?${inOrder(SMOKER_NOUNS)}`,
  `${inOrder(NOT_SMOKING_VERBS)}${G}${inOrder(SMOKE_VERBS)}`,
  `smokes(?:${G}${inOrder(AMOUNT_HEDGES)})?(?:${G}${NUM}(?:[ ]{0,2}(?:-|to)[ ]{0,2}${NUM})?)?(?:${G}(?:${inOrder(UNIT_ARTICLES)}${G})?(?:ppd|packs?(?:${PER_DAY})?|${inOrder(SMOKED_UNITS)}))?`,
  `${inOrder(QUIT_VERBS)}${G}${inOrder(SMOKED_THINGS)}|smoked`,
  `smoking${G}(?:${NUM}${G})?(?:ppd|packs?${PER_DAY}|cigarettes${PER_DAY})`,
  `${NUM}[ ]{0,2}ppd|${NUM}[ -]{1,2}pack[ -]{1,2}years?(?:${G}(?:smoking${G})?history)?|pack[ -]{1,2}years?`,
  inOrder(VAPING_PHRASES),
  `${inOrder(NICOTINE_WORDS)}${G}${inOrder(NICOTINE_USE_WORDS)}|uses${G}tobacco`,
  `${inOrder(SMOKELESS_WORDS)}${G}tobacco|${inOrder(SMOKING_PHRASES)}`,
  `${inOrder(STATUS_LINE_LABELS)}(?:${G}${inOrder(STATUS_LINE_FIELDS)})?[ ]{0,2}[:=-][ ]{0,2}(?:${inOrder(STATUS_LINE_VALUES)}|${NUM}[ ]{0,2}${inOrder(PACK_UNITS)})`,
  'smoking|tobacco',
];
const SMOKING_PATTERNS = SMOKING_SOURCES.map((source, i) => pattern(`risk.smoking.${i}`, `(?<![a-z])(?:${source})(?![a-z])`, 'g'));
const SMOKING_NOT_TOBACCO = pattern('risk.smokingNotTobacco', `^[^.;]{0,25}?(?<![a-z])(?:${inOrder(NOT_TOBACCO_WORDS)}|${beginningOf(NOT_TOBACCO_STEMS)})(?![a-z])`);
const SMOKING_NOT_A_FACTOR_AFTER = pattern('risk.smokingNotFactorAfter', `^[ -]{0,2}${inOrder(NOT_A_HABIT_AFTER)}(?![a-z])`);
const SMOKING_NOT_A_FACTOR_BEFORE = pattern('risk.smokingNotFactorBefore', `(?<![a-z])${inOrder(NOT_A_HABIT_BEFORE, '[ -]')}[ -]{0,2}$`);
const COUNSEL_BEFORE = pattern('risk.counselBefore', `(?<![a-z])${inOrder(COUNSEL_VERBS)}(?:${G}${inOrder(COUNSELLED_PEOPLE)})?${G}${inOrder(COUNSEL_LINKS)}${G}$`);

const DEPRESSION = pattern('risk.depression', `(?<![a-z])${inOrder(DEPRESSION_TERMS)}(?![a-z])`, 'g');
const NOT_MOOD_BEFORE = pattern('risk.notMoodBefore', `(?<![a-z])${inOrder(NOT_MOOD_BEFORE_WORDS, '[ -]?')}[ -]{1,2}$`);
const NOT_MOOD_AFTER = pattern(
  'risk.notMoodAfter',
  `^${G}(?:of${G}(?:the${G})?(?:\\w+${G})?${inOrder(NOT_MOOD_OF, ' ')}|${inOrder(NOT_MOOD_AFTER_WORDS)})`,
);
const CHRONIC_PAIN = pattern('risk.chronicPain', `(?<![a-z])${inOrder(CHRONIC_PAIN_TERMS)}(?![a-z])`, 'g');
const PAIN_FREE = inOrder(PAIN_FREE_PHRASES);
const EXPECT = inOrder(EXPECT_VERBS);
const FREE_QUALIFIER = `(?:${inOrder(TOTALLY_WORDS)}${G})?`;
const OWNER = `(?:${inOrder(POSSESSIVES)}${G})?`;
/** "to be pain free", "to have zero pain", "hopes for no pain": the verbs before the state expected. */
const REACHED = '(?:be|have|feel|experience|achieve|reach)';
const EXPECTATION_PATTERNS = [
  `${inOrder(UNREALISTIC_WORDS)}${G}${inOrder(UNREALISTIC_OBJECTS)}`,
  `${EXPECT}${G}(?:that${G})?(?:(?:to|for)${G})?(?:${REACHED}${G})?${FREE_QUALIFIER}${PAIN_FREE}`,
  `(?:${inOrder(EXPECTATION_WORDS)}${G}(?:is|are|of|that)|${inOrder(GOAL_WORDS)}${G}(?:is|are|include))${G}(?:to${G})?(?:${REACHED}${G})?${FREE_QUALIFIER}${PAIN_FREE}`,
  `${EXPECT}${G}(?:that${G})?${inOrder(WHAT_WILL_CURE)}${G}(?:will|would|to)${G}(?:(?:make|leave)${G}(?:him|her|them)${G})?(?:be${G})?${FREE_QUALIFIER}${PAIN_FREE}`,
  `${inOrder(WISH_WORDS)}${G}(?:a${G})?${inOrder(TOTAL_WORDS)}${G}(?:pain${G})?(?:${inOrder(RELIEF_WORDS)}|elimination${G}of${G}${OWNER}pain)`,
  `${inOrder(EXPECT_SURGERY_WORDS)}${G}${inOrder(SURGERY_WORDS)}${G}to${G}${inOrder(CURE_VERBS)}${G}(?:all${G}(?:of${G})?)?(?:everything|${OWNER}${inOrder(CURED_THINGS)})`,
].map((source, i) => pattern(`risk.expectations.${i}`, `(?<![a-z])(?:${source})(?![a-z%])`, 'g'));
const TAKE_AWAY_ALL = pattern('risk.takeAwayAll', `(?<![a-z])${inOrder(TAKE_AWAY_VERBS)}${G}all${G}(?:of${G})?${OWNER}${inOrder(PAIN_WORDS)}(?![a-z])`, 'g');
const EXPECT_WORD = pattern('risk.expectWord', `(?<![a-z])${inOrder(HOPE_WORDS)}(?![a-z])`);
/** Every phrase that may start a factor, or that a statement of smoking holds, wakes the extractor. */
export const RISK_ANCHOR = anchorFrom({
  quitIntent: QUIT_INTENT_PHRASES, smokingWords: SMOKING_WORDS, joinedSmokers: JOINED_SMOKER_WORDS, smokingPhrases: SMOKING_PHRASES, vaping: VAPING_PHRASES,
  depression: DEPRESSION_TERMS, chronicPain: CHRONIC_PAIN_TERMS, unrealistic: UNREALISTIC_WORDS, expectVerbs: EXPECT_VERBS,
  expectations: EXPECTATION_WORDS, goals: GOAL_WORDS, wishes: WISH_WORDS,
});

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
/** How far before a hit its option's box may be ("[X] Current every day smoker"). */
const OPTION_REACH = 40;
/**
 * Whether two smoking hits are separate statements: a "." or ";" between them, or two options of a field, each
 * after its own box ("[ ] Current smoker [X] Never smoker"); a field's label goes with its options ("Tobacco use: [X] Current smoker").
 */
function apart(lower: string, a: { index: number; end: number }, b: { index: number; end: number }): boolean {
  const [first, second] = a.index <= b.index ? [a, b] : [b, a];
  const from = Math.min(first.end, second.index);
  if (CLAUSE_STOP.test(lower.slice(from, second.index))) return true;
  return statementBrokenBy(lower, from, second.index) && statementBrokenBy(lower, Math.max(0, first.index - OPTION_REACH), first.index);
}

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
    // "Current smoker, 1 ppd x 20 years", "Quit smoking in 2010 after 30 pack-years": one statement; a
    // field's options are one each ("[ ] Current smoker [X] Never smoker").
    if (hits.some((h) => h.type === 'smoking' && (index >= h.end ? index - h.end : h.index - end) <= 24 && !apart(lower, h, { index, end }))) continue;
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
