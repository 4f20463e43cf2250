import { anyOf, anyPhrase, pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { PARS_WORDS, SPONDYLOLYSIS_TERMS, STRESS_INJURY_TERMS } from '../vocabulary/imagingTerms';
import { AttributeMap } from '../types';
import { combineSides, sidesIn } from '../vocabulary/sides';
import { levelMentions } from './shared/levelMentions';
import { matchesIn, termWindows } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Pars interarticularis defect (spondylolysis): level, side, chronicity.
 * "pars" alone is not enough: "pars plana", "pars flaccida" and an intact pars are not defects.
 */

const DEFECT_WORDS = '(?:defects?|fractures?|fx|lysis|breaks?|clefts?|stress[ \\t]+(?:reactions?|fractures?|injur(?:y|ies))|non-?unions?|separations?|discontinuit(?:y|ies)|lucenc(?:y|ies)|spondylolys[ie]s)';
// "pars (interarticularis) defect", "defect of the pars", "spondylolysis", "spondylolytic defect".
const GAP = '[ \\t]+';
const PARS = anyPhrase(PARS_WORDS, GAP);
/** After a defect word the pars is named in one word: "defect of the pars" (its "interarticularis" is no part of the mention). */
const PARS_ONE_WORD = anyOf(PARS_WORDS.filter((w) => !w.includes(' ')));
const PARS_TERM = pattern(
  'parsDefect.term',
  `(?<![a-z])(?:${PARS}(?:[ \\t]+(?:[a-z]+[ \\t]+){0,2}?)${DEFECT_WORDS}|${DEFECT_WORDS}(?:[ \\t]+(?:of|in|at|through|involving)[ \\t]+(?:the[ \\t]+)?(?:(?:left|right|bilateral|both|l[1-5])[ \\t]+){0,2})${PARS_ONE_WORD}|${anyPhrase(SPONDYLOLYSIS_TERMS, GAP)})(?![a-z])`,
  'g',
);
const ANCHOR = anchorFrom({ parsWords: PARS_WORDS, spondylolysisTerms: SPONDYLOLYSIS_TERMS, stressInjuryTerms: STRESS_INJURY_TERMS });
/** An athlete's "stress fracture at L5" is a pars stress fracture. */
const VERTEBRAL_STRESS_FRACTURE = pattern(
  'parsDefect.vertebralStress',
  `(?<![a-z])${anyPhrase(STRESS_INJURY_TERMS, GAP)}[ \\t]+(?:of|at|in|involving)[ \\t]+(?:the[ \\t]+)?(?:(?:left|right|bilateral)[ \\t]+)?l[1-5](?![0-9])`,
  'g',
);
/** A spine "pars" with no defect word beside it, for the defect named further on in the sentence. */
const PARS_WORD = pattern('parsDefect.parsWord', '(?<![a-z])pars(?:[ \\t]+inter-?articularis)?(?![a-z])', 'g');
const LATER_DEFECT = pattern('parsDefect.laterDefect', `(?<![a-z])${DEFECT_WORDS}(?![a-z])`, 'g');
const INTACT_AFTER = pattern('parsDefect.intactAfter', '^[^.;]{0,30}?(?:intact|normal|preserved|unremarkable|maintained)');
/** What may stand between a level and the pars word it names: "L5 pars", "pars defects at L5", "of L5". */
const LEVEL_LINK = pattern('parsDefect.levelLink', '^[ \\t]*(?:(?:at|of|in|involving|the|level|levels|bilateral|left|right|both|or|and|,|&|l[1-5]|s1)[ \\t]*)*$');
/** Soft-tissue and brain "pars": never the spine. */
const NON_SPINE_PARS = pattern('parsDefect.nonSpine', '(?<![a-z])pars[ \\t]+(?:plana|flaccida|tensa|nervosa|opercularis|triangularis|orbitalis|distalis|intermedia|tuberalis|compacta|reticulata|recta|membranacea|petrosa|squamosa|ciliaris|caeca|iridica|optica)(?![a-z])');
const SURGICAL_DEFECT = pattern('parsDefect.surgicalDefect', '(?<![a-z])(?:laminectomy|laminotomy|surgical|post-?operative|hemilaminectomy|foraminotomy)[ \\t]+defect');
const CHRONIC = pattern('parsDefect.chronic', '(?<![a-z])(?:chronic|long-?standing|old|remote|sclerotic|sclerosis|corticated|well-?corticated|healed|established|non-?acute)(?![a-z])');
const ACUTE = pattern('parsDefect.acute', '(?<![a-z-])(?:acute|stress[ \\t]+(?:fracture|reaction|injury)|(?:bone[ \\t]+)?marrow[ \\t]+edema|edema|oedema|incomplete[ \\t]+fracture|active|early|subacute|stir[ \\t]+(?:signal|hyperintensity))(?![a-z])');
const TERMS_LINKED = pattern('parsDefect.termsLinked', '^[ \\t]*(?:(?:,|\\(|/|with|and|or|i\\.e\\.|(?:at|of)[ \\t]+l[1-5](?:-(?:l[1-5]|s1))?[ \\t]+with)(?:[ \\t]+|$))?(?:(?:left|right|bilateral|the)(?:[ \\t]+|$))?$');
const NOT_ACUTE = pattern('parsDefect.notAcute', '(?<![a-z])(?:no|without)[ \\t]+(?:[a-z]+[ \\t]+){0,3}?(?:acute|edema|oedema|marrow)');

type ParsAttributes = AttributeMap['parsDefect'];

function isStress(text: string): boolean {
  return text.includes('stress');
}

function extract(view: SentenceView): Candidate<'parsDefect'>[] {
  const { lower } = view;
  const terms = [...matchesIn(PARS_TERM, lower), ...matchesIn(VERTEBRAL_STRESS_FRACTURE, lower)]
    .filter((m) => !SURGICAL_DEFECT.test(lower.slice(Math.max(0, m.index - 20), m.index + m[0].length)))
    .sort((a, b) => a.index - b.index);
  const heads = new Map<number, { start: number; end: number }>();
  if (terms.length === 0) {
    // "marrow edema in the right L4 pars interarticularis with an incomplete fracture line": the pars and
    // its defect words a few words apart in one sentence. The defect word is what a hedge governs.
    for (const pars of matchesIn(PARS_WORD, lower)) {
      const after = pars.index + pars[0].length;
      if (INTACT_AFTER.test(lower.slice(after, after + 40)) || NON_SPINE_PARS.test(lower.slice(pars.index, pars.index + 30))) continue;
      const defect = matchesIn(LATER_DEFECT, lower, after, Math.min(lower.length, after + 100))[0];
      if (!defect || SURGICAL_DEFECT.test(lower.slice(Math.max(0, defect.index - 20), defect.index + defect[0].length))) continue;
      const synthetic = Object.assign([lower.slice(pars.index, defect.index + defect[0].length)], { index: pars.index, input: lower }) as unknown as RegExpExecArray;
      heads.set(pars.index, { start: view.start + defect.index, end: view.start + defect.index + defect[0].length });
      terms.push(synthetic);
    }
    if (terms.length === 0) return [];
  }
  if (NON_SPINE_PARS.test(lower) && terms.every((m) => NON_SPINE_PARS.test(lower.slice(m.index, m.index + 30)))) return [];
  // "L5 spondylolysis with pars defects" names one finding twice: merge linked neighbours.
  const spans: Array<{ index: number; end: number }> = [];
  for (const m of terms) {
    const span = { index: m.index, end: m.index + m[0].length };
    const last = spans[spans.length - 1];
    // A stress reaction is not the established defect beside it: "spondylolysis, pars stress reaction, or ..." lists two.
    const sameEntity = last && isStress(lower.slice(last.index, last.end)) === isStress(m[0]);
    if (last && sameEntity && TERMS_LINKED.test(lower.slice(last.end, span.index))) last.end = span.end;
    else spans.push(span);
  }
  const windows = termWindows(lower, spans);
  const out: Candidate<'parsDefect'>[] = [];
  spans.forEach((span, i) => {
    const window = windows[i];
    const windowText = lower.slice(window.index, window.end);
    const levels = levelMentions(lower, window.index, window.end);
    if (levels.length > 0 && levels.every((l) => l.nonLumbar)) return;
    const attributes: ParsAttributes = {};
    // The level only when the phrase names it: "bilateral L5 pars defects", "pars defects at L5-S1".
    const lumbar = levels.filter(
      (l) =>
        !l.nonLumbar &&
        (l.end <= span.index
          ? LEVEL_LINK.test(lower.slice(l.end, span.index))
          : l.index >= span.end
            ? LEVEL_LINK.test(lower.slice(span.end, l.index))
            : true), // inside the phrase: "stress reaction of the left L5 pars"
    );
    const vertebrae = [...new Set(lumbar.map((l) => l.vertebra ?? l.upper ?? l.segment?.split('-')[0]).filter((v): v is string => !!v))];
    const sideFrom = Math.max(window.index, span.index - 25);
    const side = combineSides(sidesIn(lower.slice(sideFrom, Math.min(window.end, span.end + 25))).map((s) => s.side));
    if (side) attributes.side = side;
    const chronic = CHRONIC.test(windowText);
    const acute = ACUTE.test(windowText) && !NOT_ACUTE.test(windowText);
    if (acute && !chronic) attributes.chronicity = 'acute';
    else if (chronic && !acute) attributes.chronicity = 'chronic';
    const places = vertebrae.length ? vertebrae : view.section.level ? [view.section.level.split('-')[0]] : [undefined];
    for (const level of places) {
      const attrs: ParsAttributes = { ...attributes };
      if (level) attrs.level = level;
      let start = span.index;
      const mention = lumbar.find((l) => (l.vertebra ?? l.upper ?? l.segment?.split('-')[0]) === level);
      if (mention && mention.index < start && start - mention.end < 20) start = mention.index;
      const head = heads.get(span.index);
      out.push({ kind: 'parsDefect', start: view.start + start, end: view.start + span.end, attributes: attrs, ...(head ? { head } : {}) });
    }
  });
  return out;
}

export const parsDefectExtractor: Extractor = { name: 'parsDefect', anchor: ANCHOR, extract };
