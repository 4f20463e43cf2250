import { anyPhrase, pattern } from '../patterns';
import { BARE_INSTRUMENT_NAMES, NRS_NAMES, ODI_NAMES, PAIN_SCORE_SCALES, VAS_NAMES } from '../vocabulary/outcomeInstruments';
import { isDigit } from '../text/chars';
import { AttributeMap } from '../types';
import { anchorFrom } from '../text/anchors';
import { notAboutSpine } from './shared/clinicClauses';
import { inOutcomeTable } from './outcomeTable';
import { matchesIn } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Validated outcome measures with their values: ODI ("ODI 42%", "Oswestry Disability Index of 38",
 * "ODI: 40/100"), VAS ("VAS 7/10", "VAS pain score 6"), NRS ("NRS 5", "pain 6/10", "rates her pain
 * 8 out of 10", "7/10 back pain").
 *
 * Conventions: an instrument named without a value is a finding without a value ("Obtain ODI at
 * next visit" in a plan is hypothetical; test/fixtures conventions).
 * ODI is a percentage (0-100); "21/50" (raw score) is 42. VAS and NRS are on 0-10; "VAS 70 mm" or
 * "70/100" is 7. A range ("6-7/10") is its midpoint. "pain ... x/10" without an instrument is NRS.
 * Span: from the instrument name (or "pain"/"rates") to the value with its scale. Head: the value, so
 * that the words before it are context triggers ("pain will be less than 4/10" is a goal, hypothetical:
 * context/rules/outcomeMeasure.ts); an instrument without a value is judged by its name.
 */

type OutcomeAttributes = AttributeMap['outcomeMeasure'];

const CONNECTOR = '(?:[ ]{0,2}(?:of|was|is|were|=|:|-|at|today|score|scored|total|measured|came[ ]{1,2}out|calculated|rated|as|an?|\\(|,)){0,4}[ ]{0,2}';
const NUMBER = '(\\d{1,3}(?:\\.\\d)?)';
/** Words of an instrument's name: one or two spaces apart. */
const GAP = '[ ]{1,2}';
const ODI = pattern(
  'outcomes.odi',
  `(?<![a-z])(?:${anyPhrase(ODI_NAMES, GAP)}(?:[ ]{0,2}\\(odi\\))?)${CONNECTOR}${NUMBER}(?:[ ]{0,2}(%|percent|/[ ]{0,2}100|/[ ]{0,2}50|out[ ]{1,2}of[ ]{1,2}(?:100|50)))?(?![0-9])`,
  'g',
);
const VAS = pattern(
  'outcomes.vas',
  `(?<![a-z])(?:${anyPhrase(VAS_NAMES, GAP)}(?:[ ]{0,2}\\(vas\\))?)(?:[ ]{1,2}(?:for[ ]{1,2})?(?:(?:low[ ]{1,2})?back|leg|radicular))?(?:[ ]{1,2}pain)?(?:[ ]{1,2}(?:score|rating|level|scale))?${CONNECTOR}${NUMBER}(?:[ ]{0,2}-[ ]{0,2}(\\d{1,2}))?(?:[ ]{0,2}(?:/|out[ ]{1,2}of)[ ]{0,2}(10|100)(?![0-9/])|[ ]{0,2}(mm))?`,
  'g',
);
const NRS = pattern(
  'outcomes.nrs',
  `(?<![a-z])${anyPhrase(NRS_NAMES, GAP)}(?:[ ]{0,2}\\((?:nrs|nprs)\\))?(?:[ ]{1,2}(?:for[ ]{1,2})?(?:(?:low[ ]{1,2})?back|leg|radicular))?(?:[ ]{1,2}pain)?(?:[ ]{1,2}(?:score|rating|level|scale))?${CONNECTOR}${NUMBER}(?:[ ]{0,2}-[ ]{0,2}(\\d{1,2}))?(?:[ ]{0,2}(?:/|out[ ]{1,2}of)[ ]{0,2}10(?![0-9/]))?`,
  'g',
);
/** "pain 6/10", "rates her pain as an 8 out of 10", "pain level today is 7 on a scale of 0-10": "pain", then the first number within 45 chars. */
const PAIN = pattern('outcomes.pain', '(?<![a-z])pain(?![a-z])', 'g');
const RATES_BEFORE = pattern('outcomes.ratesBefore', '(?<![a-z])rat(?:es|ed|ing)[ ]{1,2}(?:(?:his|her|the|their)[ ]{1,2})?$');
const SCORE_AT = pattern(
  'outcomes.scoreAt',
  '^(\\d{1,2}(?:\\.\\d)?)(?:[ ]{0,2}(?:-|to)[ ]{0,2}(\\d{1,2}(?:\\.\\d)?))?[ ]{0,2}(?:/|out[ ]{1,2}of|on[ ]{1,2}a[ ]{1,2}(?:scale|rating)[ ]{1,2}of(?:[ ]{1,2}(?:0|1|zero|one)[ ]{0,2}(?:-|to)[ ]{0,2})?)[ ]{0,2}10(?![0-9/])',
);
/** "7/10 back pain", "an 8 out of 10 pain": a score, then the word pain. */
const PAIN_AFTER = pattern('outcomes.painAfter', '^[ ]{1,2}(?:(?:low[ ]{1,2})?back[ ]{1,2}|leg[ ]{1,2}|radicular[ ]{1,2}|lumbar[ ]{1,2}|sharp[ ]{1,2}|aching[ ]{1,2})?pain(?![a-z])');
const SCORE_RANGE_BEFORE = pattern('outcomes.scoreRangeBefore', '(\\d{1,2}(?:\\.\\d)?)[ ]{0,2}-[ ]{0,2}$');
const GAP_STOP = pattern('outcomes.gapStop', '[.;,0-9]');
const NUMBER_CHAR = pattern('outcomes.numberChar', '[0-9./]');
/** "4/10, previously 7/10": the earlier value is not a new measurement. */
const PREVIOUS_BEFORE = pattern('outcomes.previousBefore', '(?<![a-z])(?:previously|initially|initial|prior|baseline|down[ ]{1,2}from|from|was)[ ]{0,2}(?:of[ ]{1,2})?$');
const BARE_INSTRUMENT = pattern('outcomes.bareInstrument', `(?<![a-z])${anyPhrase(BARE_INSTRUMENT_NAMES, GAP)}(?![a-z])(?![ ]{1,2}deferens)`, 'g');
/** A further score in a pain sentence: "8/10 at worst, 3/10 at best". */
const BARE_SCORE = pattern('outcomes.bareScore', '(?<![0-9./])(\\d{1,2}(?:\\.\\d)?)[ ]{0,2}/[ ]{0,2}10(?![0-9/])', 'g');
const VAS_NAMED = pattern('outcomes.vasNamed', '(?<![a-z])(?:vas|visual[ ]{1,2}analog(?:ue)?|pain[ ]{1,2}analog(?:ue)?[ ]{1,2}scale)(?![a-z])');
const NRS_NAMED = pattern('outcomes.nrsNamed', '(?<![a-z])(?:nrs|nprs|numeric(?:al)?[ ]{1,2}(?:pain[ ]{1,2})?(?:rating[ ]{1,2})?scale)(?![a-z])');
const FIRST_DIGIT = pattern('outcomes.firstDigit', '[0-9]');
const PAIN_WORD = pattern('outcomes.painWord', '(?<![a-z])pain(?![a-z])');
const DATE_BEFORE = pattern('outcomes.dateBefore', '(?<![a-z])(?:since|on|dated|date|dos|from|until|through)[ ]{1,2}$');
export const OUTCOME_ANCHOR = anchorFrom({
  odi: ODI_NAMES,
  vas: VAS_NAMES,
  nrs: NRS_NAMES,
  bareInstruments: BARE_INSTRUMENT_NAMES,
  painScoreScales: PAIN_SCORE_SCALES,
});

interface Hit {
  index: number;
  end: number;
  attributes: OutcomeAttributes;
  /** Named without a value: an order to measure is an action, so a Plan makes it hypothetical. */
  bare?: boolean;
}

function mid(a: string, b: string | undefined): number {
  const x = Number(a);
  if (b === undefined) return x;
  const y = Number(b);
  return y > x ? (x + y) / 2 : x;
}

function overlaps(hits: readonly Hit[], index: number, end: number): boolean {
  return hits.some((h) => index < h.end && end > h.index);
}

/** The instrument a bare name stands for: "odi"/"oswestry...", "vas", else NRS ("nrs", "nprs"). */
function instrumentOf(name: string): OutcomeAttributes['instrument'] {
  return name.startsWith('o') ? 'ODI' : name === 'vas' ? 'VAS' : 'NRS';
}

/** "(6/10 and 9/10 at initial eval)": earlier values given for comparison, not measurements of today. */
const PRIOR_WORDS = pattern('outcomes.priorWords', '(?<![a-z])(?:initial|initially|intake|baseline|prior|previous|previously|admission|eval|evaluation|start[ ]{1,2}of[ ]{1,2}care)(?![a-z])');

function priorInParentheses(lower: string, at: number): boolean {
  const open = lower.lastIndexOf('(', at);
  if (open === -1 || at - open > 40 || lower.lastIndexOf(')', at) > open) return false;
  const close = lower.indexOf(')', at);
  return close !== -1 && close - at < 60 && PRIOR_WORDS.test(lower.slice(open, close));
}

/**
 * A series of one instrument's values, oldest first: "ODI improved from 38% to 12%", a table row
 * "ODI   38%   24%   12%". One measurement, today's: the last value.
 */
const SERIES_VALUE = pattern('outcomes.seriesValue', '^(?:[ ]{0,24}(?:[a-z/-]{1,12}[ ]{1,24}){0,3}?)(\\d{1,3}(?:\\.\\d)?)[ ]{0,2}(%|/[ ]{0,2}10(?![0-9])|/[ ]{0,2}100|/[ ]{0,2}50)');
const SERIES_GAP = pattern('outcomes.seriesGap', '^(?:[ ]{1,24}|[ ]{0,2}(?:->|→|,|to|then|and)[ ]{0,2}|[ ]{1,2}(?:now|currently|and[ ]{1,2}now)[ ]{1,2})(\\d{1,3}(?:\\.\\d)?)[ ]{0,2}(%|/[ ]{0,2}10(?![0-9])|/[ ]{0,2}100|/[ ]{0,2}50)');

function mergeSeries(lower: string, hits: Hit[]): void {
  for (const name of matchesIn(BARE_INSTRUMENT, lower)) {
    const first = SERIES_VALUE.exec(lower.slice(name.index + name[0].length, name.index + name[0].length + 60));
    if (!first) continue;
    const unit = first[2].replaceAll(' ', '');
    let end = name.index + name[0].length + first[0].length;
    let last = first;
    let count = 1;
    for (let next = SERIES_GAP.exec(lower.slice(end, end + 40)); next && next[2].replaceAll(' ', '') === unit; next = SERIES_GAP.exec(lower.slice(end, end + 40))) {
      end += next[0].length;
      last = next;
      count++;
    }
    if (count < 2) continue;
    const instrument = instrumentOf(name[0]);
    let value = Number(last[1]);
    if (instrument === 'ODI' && unit === '/50') value *= 2;
    if (instrument !== 'ODI' && unit === '/100') value /= 10;
    if ((instrument === 'ODI' && (unit === '/10' || value > 100)) || (instrument !== 'ODI' && (unit === '%' || value > 10))) continue;
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i].index < end && hits[i].end > name.index) hits.splice(i, 1);
    hits.push({ index: name.index, end, attributes: { instrument, value } });
  }
}

function extract(view: SentenceView): Candidate<'outcomeMeasure'>[] {
  const { lower } = view;
  // A knee's pain score is not the guideline's outcome measure; an outcome table's rows are outcomeTable.ts's.
  if (notAboutSpine(view) || inOutcomeTable(view)) return [];
  const hits: Hit[] = [];
  let m: RegExpExecArray | null;

  ODI.lastIndex = 0;
  while ((m = ODI.exec(lower)) !== null) {
    let value = Number(m[1]);
    const scale = m[2] ?? '';
    if (scale.includes('50')) value *= 2;
    if (value > 100) continue;
    hits.push({ index: m.index, end: m.index + m[0].length, attributes: { instrument: 'ODI', value } });
  }
  VAS.lastIndex = 0;
  while ((m = VAS.exec(lower)) !== null) {
    let value = mid(m[1], m[2]);
    if (m[3] === '100' || m[4] === 'mm' || (m[3] === undefined && value > 10)) value /= 10;
    if (value > 10) continue;
    hits.push({ index: m.index, end: m.index + m[0].length, attributes: { instrument: 'VAS', value } });
  }
  NRS.lastIndex = 0;
  while ((m = NRS.exec(lower)) !== null) {
    const value = mid(m[1], m[2]);
    if (value > 10) continue;
    hits.push({ index: m.index, end: m.index + m[0].length, attributes: { instrument: 'NRS', value } });
  }
  PAIN.lastIndex = 0;
  while ((m = PAIN.exec(lower)) !== null) {
    // The first digit after "pain", within 45 chars and no punctuation between.
    let i = m.index + 4;
    const limit = Math.min(lower.length, i + 45);
    while (i < limit && !GAP_STOP.test(lower[i])) i++;
    if (i >= limit || !isDigit(lower.charCodeAt(i)) || NUMBER_CHAR.test(lower[i - 1] ?? '')) continue;
    if (DATE_BEFORE.test(lower.slice(Math.max(0, i - 10), i))) continue;
    const score = SCORE_AT.exec(lower.slice(i, i + 40));
    if (!score) continue;
    const value = mid(score[1], score[2]);
    let start = m.index;
    const rates = RATES_BEFORE.exec(lower.slice(Math.max(0, start - 24), start));
    if (rates) start = Math.max(0, start - 24) + rates.index;
    const end = i + score[0].length;
    if (value > 10 || overlaps(hits, start, end)) continue;
    hits.push({ index: start, end, attributes: { instrument: 'NRS', value } });
  }
  if (PAIN_WORD.test(lower) || VAS_NAMED.test(lower) || NRS_NAMED.test(lower)) {
    BARE_SCORE.lastIndex = 0;
    while ((m = BARE_SCORE.exec(lower)) !== null) {
      let start = m.index;
      let end = start + m[0].length;
      let value = Number(m[1]);
      const range = SCORE_RANGE_BEFORE.exec(lower.slice(Math.max(0, start - 8), start));
      if (range) {
        start = Math.max(0, start - 8) + range.index;
        value = mid(range[1], m[1]);
      }
      const after = PAIN_AFTER.exec(lower.slice(end, end + 30));
      if (after) end += after[0].length;
      if (value > 10 || overlaps(hits, start, end)) continue;
      if (DATE_BEFORE.test(lower.slice(Math.max(0, start - 10), start))) continue;
      if (!after && !PAIN_WORD.test(lower.slice(Math.max(0, start - 80), Math.min(lower.length, end + 40))) && !VAS_NAMED.test(lower) && !NRS_NAMED.test(lower)) continue;
      if (PREVIOUS_BEFORE.test(lower.slice(Math.max(0, start - 24), start))) continue;
      if (priorInParentheses(lower, start)) continue;
      hits.push({ index: start, end, attributes: { instrument: 'NRS', value } });
    }
  }
  BARE_INSTRUMENT.lastIndex = 0;
  while ((m = BARE_INSTRUMENT.exec(lower)) !== null) {
    const end = m.index + m[0].length;
    if (overlaps(hits, m.index, end)) continue;
    const instrument = instrumentOf(m[0]);
    hits.push({ index: m.index, end, attributes: { instrument }, bare: true });
  }
  mergeSeries(lower, hits);
  hits.sort((a, b) => a.index - b.index);
  // "VAS pain scale is rated as 6/10 ... 10/10 for worst pain": the sentence names the instrument once.
  const sentenceInstrument = VAS_NAMED.test(lower) ? 'VAS' : undefined;
  return hits.map((h) => {
    const attributes: OutcomeAttributes = sentenceInstrument && h.attributes.instrument === 'NRS' && !NRS_NAMED.test(lower) ? { ...h.attributes, instrument: sentenceInstrument } : h.attributes;
    const candidate: Candidate<'outcomeMeasure'> = { kind: 'outcomeMeasure', start: view.start + h.index, end: view.start + h.end, attributes };
    if (h.bare) candidate.context = { isAction: true };
    else candidate.head = { start: view.start + h.index + lower.slice(h.index, h.end).search(FIRST_DIGIT), end: view.start + h.end };
    return candidate;
  });
}

export const outcomeMeasuresExtractor: Extractor = {
  name: 'outcomeMeasures',
  anchor: OUTCOME_ANCHOR,
  extract,
};
