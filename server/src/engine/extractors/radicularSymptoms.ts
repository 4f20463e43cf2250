import { anyOf, anyPhrase, pattern } from '../patterns';
import { AttributeMap } from '../types';
import { anchorFrom } from '../text/anchors';
import { combineSides, sideOf, sidesIn } from '../vocabulary/sides';
import {
  DERMATOMAL_SYMPTOMS,
  LEG_PARTS,
  NON_RADIATING,
  RADIATING_ADJECTIVES,
  RADIATION_VERBS,
  RADICULAR_TERMS,
  SENSORY_SYMPTOMS,
  SPREADING_SYMPTOMS,
  SPREADING_VERBS,
} from '../vocabulary/symptomTerms';
import { CueTable } from './shared/clinicClauses';
import { clauseAt, clausesOf } from '../context/scope';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Radicular symptoms: sciatica, radiculopathy, radicular pain; pain radiating/shooting down a leg;
 * numbness, tingling or paresthesias in a leg or a dermatome; "leg symptoms".
 *
 * Spans: the named term with a side or root just before it ("left L5 radiculopathy"), or the phrase
 * from the symptom to the body part ("pain radiating down the left leg", "numbness in the right
 * foot", "positive straight leg raise on the left"). Side: from the span.
 * "non-radiating" is an absent "radiating"; "left leg radicular pain has resolved" is historical.
 * Not read (test/fixtures conventions): straight-leg-raise findings and decreased sensation on exam
 * (signs, not symptoms), bare "leg pain", neurogenic claudication; numbness of both feet or legs without a dermatome (reads like a
 * neuropathy), pain radiating only to the buttock or hip (referred pain), cervical radiculopathy.
 */

type RadicularAttributes = AttributeMap['radicularSymptoms'];

const TERMS = new CueTable<true>('radicular.terms', [[true, RADICULAR_TERMS]]);
const LEGS = new CueTable<true>('radicular.legs', [[true, LEG_PARTS]]);

/** A verb of radiation, alone or after a symptom: "radiating", "pain that travels". */
const RADIATE = pattern('radicular.radiate', `(?<![a-z])${anyOf(RADIATION_VERBS)}(?![a-z])`, 'g');
const TRAVEL = pattern(
  'radicular.travel',
  `(?<![a-z])${anyOf(SPREADING_SYMPTOMS)}[ ]{1,2}(?:(?:that|which)[ ]{1,2})?${anyOf(SPREADING_VERBS)}(?![a-z])`,
  'g',
);
const SYMPTOM_BEFORE = pattern('radicular.symptomBefore', `(?<![a-z])${anyOf(SPREADING_SYMPTOMS)}[ ]{1,2}(?:(?:that|which)[ ]{1,2})?$`);
const SENSORY = pattern('radicular.sensory', `(?<![a-z])${anyPhrase(SENSORY_SYMPTOMS, '[ ]')}(?![a-z])`, 'g');
const DERMATOME = pattern('radicular.dermatome', '(?<![a-z])(?:[ls][1-5][ ]{1,2}(?:distribution|dermatome)|dermatomal[ ]{1,2}distribution)(?![a-z])');
const PREPOSITION = pattern('radicular.preposition', '(?<![a-z])(?:down|into|to|through|along|in|over|of|involving|toward|towards)(?![a-z])');
const LEG_FIRST = pattern(
  'radicular.legFirst',
  `(?<![a-z])${anyOf(RADIATING_ADJECTIVES)}[ ]{1,2}(?:(?:left|right|bilateral|lt|rt)[ ]{1,2})?(?:leg|lower[ ]extremity)[ ]{1,2}(?:pain|symptoms|numbness)(?![a-z])`,
  'g',
);
const DERMATOMAL = pattern('radicular.dermatomal', `(?<![a-z])(?:[ls][1-5][ ]{1,2})?${anyPhrase(DERMATOMAL_SYMPTOMS, '[ ]{1,2}')}(?![a-z])`, 'g');
/** A side or a root just before a term: "left", "right-sided", "left L5", "bilateral L5-S1". */
const PRE_MODIFIER = pattern(
  'radicular.preModifier',
  '(?:(?<![a-z])(?:left|right|bilateral|lt|rt)(?:[ -]sided)?[ ]{1,2})?(?:(?<![a-z])(?:diffuse|chronic|preoperative|persistent)[ ]{1,2})?(?:(?<![a-z0-9])(?:lumbar|lumbosacral|leg|lower[ ]extremity|le|l[1-5][ ]?[-/][ ]?(?:l?[1-6]|s1)|[ls][1-5])[ ]{1,2}){0,2}$',
);
const RELIEF_OF = pattern('radicular.reliefOf', '(?<![a-z])(?:relief|improvement|resolution)[ ]{1,2}(?:of|in)[ ]{1,2}(?:(?:his|her|the|left|right|bilateral)[ ]{1,2}){0,2}$');
const NON_RADIATING_WORD = pattern('radicular.nonRadiating', `(?<![a-z])${anyPhrase(NON_RADIATING, '[ ]')}(?![a-z])`, 'g');
const UNILATERAL_OR_DERMATOME = pattern('radicular.unilateral', '(?<![a-z])(?:left|right|lt|rt|distribution|dermatom[a-z]*)(?![a-z])');
const PLURAL_PART = pattern('radicular.pluralPart', '(?<![a-z])(?:feet|toes|legs|lower[ ]extremities|les|calves|thighs|bilateral|both)(?![a-z])');
/** "sciatica in 2015 (right leg)": the side given just after, in parentheses. */
const SIDE_IN_PARENTHESES = pattern('radicular.sideInParentheses', '^[ ]{0,2}(?:(?:in|since|x)[ ]{1,2}[0-9a-z/]{1,10}[ ]{0,2})?\\((left|right|bilateral|lt|rt)(?:[ ]{1,2}(?:leg|lower[ ]{1,2}extremity|side|le))?\\)');

/** "down the legs": both sides. */
const PLURAL_LEGS = pattern('radicular.pluralLegs', '(?<![a-z])(?:legs|lower[ ]extremities|lower[ ]limbs|thighs|calves|feet)(?![a-z])');
const NON_SPINAL = pattern('radicular.nonSpinal', '(?<![a-z])(?:cervical|c-?spine|neck|c[1-8](?![0-9])|arm|arms|hand|hands|upper[ ]extremit(?:y|ies)|shoulder|finger|fingers)(?![a-z])');
const STOP = pattern('radicular.stop', '[.;]');
export const RADICULAR_ANCHOR = anchorFrom({
  radicularTerms: RADICULAR_TERMS,
  radiationVerbs: RADIATION_VERBS,
  spreadingVerbs: SPREADING_VERBS,
  sensorySymptoms: SENSORY_SYMPTOMS,
  radiatingAdjectives: RADIATING_ADJECTIVES,
  dermatomalSymptoms: DERMATOMAL_SYMPTOMS,
  nonRadiating: NON_RADIATING,
});

const REACH = 60;

/** The first leg part (or dermatome) after `from`, within `REACH` chars and the clause, with a preposition before it. */
function legAfter(lower: string, from: number, allowDermatome: boolean): number | undefined {
  let to = Math.min(lower.length, from + REACH);
  const stop = STOP.exec(lower.slice(from, to));
  if (stop) to = from + stop.index;
  const leg = LEGS.scan(lower, from, to)[0];
  let end: number | undefined;
  let at: number | undefined;
  if (leg) {
    at = leg.index;
    end = leg.end;
  }
  if (allowDermatome) {
    const d = DERMATOME.exec(lower.slice(from, to));
    if (d && (at === undefined || from + d.index < at)) {
      at = from + d.index;
      end = at + d[0].length;
    }
  }
  if (at === undefined || end === undefined) return undefined;
  return PREPOSITION.test(lower.slice(from, at)) ? end : undefined;
}

function extract(view: SentenceView): Candidate<'radicularSymptoms'>[] {
  const { lower } = view;
  const spans: Array<{ index: number; end: number }> = [];
  const add = (index: number, end: number) => {
    if (spans.some((s) => index < s.end && end > s.index)) return;
    spans.push({ index, end });
  };

  for (const t of TERMS.scan(lower)) {
    if (NON_SPINAL.test(lower.slice(Math.max(0, t.index - 20), t.end + 30))) continue;
    // "70% relief of right leg symptoms" reports a response, not a symptom.
    if (RELIEF_OF.test(lower.slice(Math.max(0, t.index - 40), t.index))) continue;
    const floor = Math.max(0, t.index - 30);
    const pre = PRE_MODIFIER.exec(lower.slice(floor, t.index));
    add(pre && pre[0].length > 0 ? floor + pre.index : t.index, t.end);
  }
  let m: RegExpExecArray | null;
  for (const regex of [RADIATE, TRAVEL]) {
    regex.lastIndex = 0;
    while ((m = regex.exec(lower)) !== null) {
      const end = legAfter(lower, m.index + m[0].length, false);
      if (end === undefined) continue;
      let start = m.index;
      if (regex === RADIATE) {
        const before = SYMPTOM_BEFORE.exec(lower.slice(Math.max(0, start - 24), start));
        if (before) start = Math.max(0, start - 24) + before.index;
      }
      add(start, end);
    }
  }
  SENSORY.lastIndex = 0;
  while ((m = SENSORY.exec(lower)) !== null) {
    const end = legAfter(lower, m.index + m[0].length, true);
    if (end === undefined || end - m.index > REACH) continue;
    const text = lower.slice(m.index, end);
    // Both feet or legs without a dermatome reads like a neuropathy.
    if (!UNILATERAL_OR_DERMATOME.test(text) && PLURAL_PART.test(text)) continue;
    add(m.index, end);
  }
  for (const regex of [LEG_FIRST, DERMATOMAL]) {
    regex.lastIndex = 0;
    while ((m = regex.exec(lower)) !== null) add(m.index, m.index + m[0].length);
  }
  NON_RADIATING_WORD.lastIndex = 0;
  while ((m = NON_RADIATING_WORD.exec(lower)) !== null) {
    // "non-radiating": the finding is "radiating", negated by ConText's "non"; joined ("nonradiating"), the whole word (negation.joinedPrefix).
    const joined = !m[0].includes('-') && !m[0].includes(' ');
    const at = joined ? m.index : m.index + m[0].length - 'radiating'.length;
    add(at, m.index + m[0].length);
  }
  spans.sort((a, b) => a.index - b.index);
  const clauses = clausesOf(lower);
  return spans.map((span) => {
    const attributes: RadicularAttributes = {};
    const text = lower.slice(span.index, span.end);
    // Side from the mention, else from an explicit side word just before it in its clause ("right leg pain with numbness radiating into the foot").
    const clause = clauseAt(clauses, span.index);
    // Read through the term, so that a side word can see what follows it ("L radicular sx").
    const from = Math.max(clause.index, span.index - 50);
    const sidesBefore = sidesIn(lower.slice(from, span.end)).filter((s) => from + s.index < span.index);
    const sideAfter = SIDE_IN_PARENTHESES.exec(lower.slice(span.end, span.end + 40));
    const side =
      combineSides(sidesIn(text).map((s) => s.side)) ??
      (PLURAL_LEGS.test(text) ? 'bilateral' : combineSides(sidesBefore.map((s) => s.side))) ??
      (sideAfter ? sideOf(sideAfter[1]) : undefined);
    if (side) attributes.side = side;
    return { kind: 'radicularSymptoms', start: view.start + span.index, end: view.start + span.end, attributes };
  });
}

export const radicularSymptomsExtractor: Extractor = {
  name: 'radicularSymptoms',
  anchor: RADICULAR_ANCHOR,
  extract,
};
