import { anyPhrase, pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { CORRELATION_PHRASES, CORRELATION_VERBS } from '../vocabulary/correlationTerms';
import { isSpineNote } from './shared/clinicClauses';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * A documented correlation of the symptoms with the imaging (surgical criterion c):
 * "her symptoms correlate with the L5-S1 findings", "leg pain concordant with the MRI", "clinical
 * correlation with MRI", "the MRI findings correlate clinically". Span: from the first side of the
 * comparison to the second. Only explicit agreement wording counts ("correlate", "concordant",
 * "corresponds to", "matches"; test/fixtures conventions): "consistent with", "explains", "due to" are not a documented correlation.
 *
 * Absent (context/rules/imagingCorrelation.ts): "symptoms do not correlate with the imaging",
 * "correlate poorly", "discordant", "inconsistent with". Nothing at all for the radiologist's boilerplate ("clinical correlation is
 * recommended", "please correlate clinically", "correlation with symptoms is advised").
 */

/** The clinical side of a correlation. */
const CLINICAL = pattern(
  'correlation.clinical',
  '(?<![a-z])(?:symptoms?|symptomatology|pain|complaints?|presentation|picture|clinical(?:ly)?(?:[ ]{1,2}(?:findings|picture|exam|examination|presentation|history|symptoms))?|exam|examination|radiculopathy|sciatica|deficits?|history)(?![a-z])',
  'g',
);
/** The imaging side: a modality, "the L5-S1 findings", "stenosis at L5-S1". */
const IMAGING_WORD = pattern(
  'correlation.imagingWord',
  '(?<![a-z])(?:mri|mr|imaging|ct|x-?rays?|radiographs?|radiographic|films|myelogram|scan|studies|study|images)(?![a-z])',
  'g',
);
const LEVEL = '(?:l[1-5][ ]{0,2}[-/][ ]{0,2}(?:l?[1-6]|s1)|l5s1|l[1-5]|s1)';
const LEVEL_FINDING = pattern(
  'correlation.levelFinding',
  `(?<![a-z0-9])${LEVEL}[ ]{1,2}(?:level[ ]{1,2})?(?:(?:left|right|bilateral|mild|moderate|severe|central|canal|lateral|recess|subarticular|neural|foraminal|disc)[ ]{1,2}){0,3}(?:findings|pathology|stenosis|disc|herniation|abnormality|abnormalities|lesion|listhesis|spondylolisthesis|anterolisthesis|pars|foraminal(?:[ ]{1,2}(?:stenosis|narrowing))?|changes)(?![a-z])`,
  'g',
);
const FINDING_AT_LEVEL = pattern(
  'correlation.findingAtLevel',
  `(?<![a-z])(?:findings|pathology|stenosis|narrowing|compression|impingement|contact|listhesis|anterolisthesis|spondylolisthesis|defect|herniation)[ ]{1,2}(?:at|on|of)[ ]{1,2}(?:the[ ]{1,2})?${LEVEL}(?![a-z0-9])`,
  'g',
);
const VERB = pattern('correlation.verb', `(?<![a-z])${anyPhrase(CORRELATION_VERBS, '[ ]{1,2}')}(?![a-z])`, 'g');
const CLINICALLY_AFTER = pattern('correlation.clinicallyAfter', '^[ ]{1,2}(?:well[ ]{1,2})?clinically(?![a-z])');
const CLINICORADIOLOGIC = pattern('correlation.clinicoradiologic', `(?<![a-z])${anyPhrase(CORRELATION_PHRASES, '[ ]{1,2}')}(?![a-z])`, 'g');
const POSSESSIVE_BEFORE = pattern('correlation.possessiveBefore', "(?:(?:his|her|their|the[ ]{1,2}patient's|patient's|the)[ ]{1,2})?(?:(?:left|right|bilateral|radicular|radiating|current|presenting|leg|back)[ ]{1,2}){0,2}$");
const REACH = 60;

type Side = 'clinical' | 'imaging';
interface Term {
  index: number;
  end: number;
  side: Side;
}

function termsIn(lower: string, from: number, to: number): Term[] {
  const out: Term[] = [];
  const slice = lower.slice(from, to);
  const push = (regex: RegExp, side: Side) => {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(slice)) !== null) out.push({ index: from + m.index, end: from + m.index + m[0].length, side });
  };
  push(CLINICAL, 'clinical');
  push(IMAGING_WORD, 'imaging');
  push(LEVEL_FINDING, 'imaging');
  push(FINDING_AT_LEVEL, 'imaging');
  return out.sort((a, b) => a.index - b.index);
}

function boundary(lower: string, from: number, to: number, backwards: boolean): number {
  const slice = lower.slice(from, to);
  if (backwards) {
    const i = Math.max(slice.lastIndexOf('.'), slice.lastIndexOf(';'));
    return i === -1 ? from : from + i + 1;
  }
  const stops = [slice.indexOf('.'), slice.indexOf(';')].filter((i) => i !== -1);
  return stops.length ? from + Math.min(...stops) : to;
}

/**
 * A correlation's span runs from its first side to its second; its head, the words ConText judges,
 * is the second side, so that the words before it are ordinary triggers: "symptoms do not
 * correlate with the [imaging]", "correlate poorly with [symptoms]", "discordant with the [MRI]".
 */
interface Correlation {
  index: number;
  end: number;
  verb: string;
  headStart: number;
}

/** Correlations in a sentence: a clinical term and an imaging term on either side of a verb of agreement. */
function correlations(lower: string): Correlation[] {
  const hits: Correlation[] = [];
  const verbs: RegExpExecArray[] = [];
  VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERB.exec(lower)) !== null) verbs.push(m);
  for (const v of verbs) {
    const vEnd = v.index + v[0].length;
    const from = boundary(lower, Math.max(0, v.index - REACH), v.index, true);
    const to = boundary(lower, vEnd, Math.min(lower.length, vEnd + REACH), false);
    const before = termsIn(lower, from, v.index);
    const after = termsIn(lower, vEnd, to);
    const last = before[before.length - 1];
    if (!last) continue;
    const wanted: Side = last.side === 'clinical' ? 'imaging' : 'clinical';
    let other = after.find((t) => t.side === wanted);
    // "the MRI findings correlate clinically".
    if (!other && last.side === 'imaging' && CLINICALLY_AFTER.test(lower.slice(vEnd, vEnd + 20))) {
      other = { index: vEnd, end: vEnd + (CLINICALLY_AFTER.exec(lower.slice(vEnd, vEnd + 20)) as RegExpExecArray)[0].length, side: 'clinical' };
    }
    if (!other) continue;
    let start = last.index;
    const pos = POSSESSIVE_BEFORE.exec(lower.slice(Math.max(0, start - 40), start));
    if (pos && pos[0].length > 0) start = Math.max(0, start - 40) + pos.index;
    hits.push({ index: start, end: other.end, verb: v[0], headStart: other.index });
  }
  CLINICORADIOLOGIC.lastIndex = 0;
  while ((m = CLINICORADIOLOGIC.exec(lower)) !== null) hits.push({ index: m.index, end: m.index + m[0].length, verb: m[0], headStart: m.index });
  return hits;
}

/** Boilerplate: "clinical correlation is recommended", "please correlate clinically". */
/** Boilerplate after the verb: "clinical correlation is recommended" (searched within the clause). */
const BOILERPLATE_WORDS = pattern(
  'correlation.boilerplateWords',
  '(?<![a-z])(?:recommended|advised|suggested|requested|needed|required|warranted|indicated|necessary|as[ ]{1,2}needed|if[ ]{1,2}(?:needed|indicated|clinically))(?![a-z])',
);
const BOILERPLATE_BEFORE = pattern(
  'correlation.boilerplateBefore',
  '(?<![a-z])(?:please|recommend(?:ed)?|suggest(?:ed)?|advise[ds]?|should|to|would|can|could|may|might|need|needs|requires?|correlate|further)[ ]{1,2}(?:clinical[ ]{1,2})?$',
);
const IMPERATIVE = pattern('correlation.imperative', '^[ ]{0,2}(?:correlat|clinical[ ]{1,2}correlat)');

const CLAUSE_STOP = pattern('correlation.clauseStop', '[.;]');

function clauseSlice(lower: string, from: number, length: number): string {
  const slice = lower.slice(from, from + length);
  const stop = slice.search(CLAUSE_STOP);
  return stop === -1 ? slice : slice.slice(0, stop);
}

export const CORRELATION_ANCHOR = anchorFrom({ correlationVerbs: CORRELATION_VERBS, correlationPhrases: CORRELATION_PHRASES });

function extract(view: SentenceView): Candidate<'imagingCorrelation'>[] {
  const { lower } = view;
  // The guideline's criterion is about the lumbar imaging; elsewhere ("consistent with appendicitis as was his CT") it is noise.
  if (!isSpineNote(view.note)) return [];
  const hits: Correlation[] = [];
  for (const c of correlations(lower)) {
    const { index, end } = c;
    if (hits.some((h) => index < h.end && end > h.index)) continue;
    if (c.verb.includes('correlat')) {
      const verbAt = lower.indexOf(c.verb, index);
      if (BOILERPLATE_BEFORE.test(lower.slice(Math.max(0, verbAt - 30), verbAt))) continue;
      if (BOILERPLATE_WORDS.test(clauseSlice(lower, verbAt + c.verb.length, 50))) continue;
    }
    if (BOILERPLATE_WORDS.test(clauseSlice(lower, end, 50))) continue;
    if (IMPERATIVE.test(lower) && index < 25) continue;
    hits.push(c);
  }
  return hits.map((h) => ({ kind: 'imagingCorrelation', start: view.start + h.index, end: view.start + h.end, attributes: {}, head: { start: view.start + h.headStart, end: view.start + h.end } }));
}

export const imagingCorrelationExtractor: Extractor = {
  name: 'imagingCorrelation',
  anchor: CORRELATION_ANCHOR,
  extract,
};
