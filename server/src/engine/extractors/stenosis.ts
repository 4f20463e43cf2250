import { anyOf, anyPhrase, pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { EXIT_CANAL_WORDS, STENOSIS_TERMS, THECAL_SAC_WORDS } from '../vocabulary/imagingTerms';
import { AttributeMap, Side } from '../types';
import { SEVERITY, severitiesIn, severityOf } from '../vocabulary/severity';
import { combineSides, SIDE, sideOf, sidesIn } from '../vocabulary/sides';
import { clauseAround, levelMentions, segmentsForWindow } from './shared/levelMentions';
import { matchesIn, nearest, Span, termWindows } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Spinal stenosis: central canal, neural foraminal, lateral recess; level(s), side, severity.
 * "Narrowing" counts only with a canal/foramen/recess beside it; vessels and valves never count.
 */

type StenosisAttributes = AttributeMap['stenosis'];
type Location = NonNullable<StenosisAttributes['location']>;

const THECAL = anyOf(THECAL_SAC_WORDS);
const EXIT_CANAL = anyPhrase(EXIT_CANAL_WORDS, '[ \\t]+');
const TERM = pattern(
  'stenosis.term',
  `(?<![a-z])(?:${anyOf([...STENOSIS_TERMS].sort((a, b) => b.length - a.length))}|${THECAL}[ \\t]+sac(?=(?:[ \\t]+(?:or|and|&)[ \\t]+(?:nerve[ \\t]+)?roots?)?[ \\t]+(?:compression|compromise|narrowing))|(?:co?m?p?r?e?s+(?:es|ed|ing|ion|in|sing|ssing))(?=[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:(?:left|right|lt|rt|ventral|anterior|both|bilateral)[ \\t]+(?:sided[ \\t]+)?)?(?:${THECAL}|${EXIT_CANAL})))(?![a-z])`,
  'g',
);
/** A compression counts only with the thecal sac or an exit canal after it, so those words wake the extractor for it. */
const ANCHOR = anchorFrom({ stenosisTerms: STENOSIS_TERMS, thecalSac: THECAL_SAC_WORDS, exitCanals: EXIT_CANAL_WORDS });
const LOCATION = pattern(
  'stenosis.location',
  '(?<![a-z])(?:(central(?:[ \\t]+(?:spinal[ \\t]+)?canal)?|(?:spinal|thecal)[ \\t]+(?:canal|sac)|canal|thecal[ \\t]+sac|spinal(?=[ \\t]+stenosis))|((?:neural[ \\t]*|neuro)?foram(?:en|ina|inal)|neural[ \\t]+canals?|exit(?:ing)?[ \\t]+(?:neural[ \\t]+)?(?:canals?|foramina?)|nf)|(lateral[ \\t]+recess(?:es)?|subarticular(?:[ \\t]+(?:zones?|recess(?:es)?))?))(?![a-z])',
  'g',
);
/** "Narrowing" of these is degenerative disc/joint change, not stenosis. */
const NOT_STENOSIS_NARROWING = pattern(
  'stenosis.notNarrowing',
  '(?<![a-z])(?:disc|disk|joint|intervertebral|interspace|height|space)(?:[ \\t]+(?:space|height))?[ \\t]+narrow|narrow(?:ing|ed)?[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?(?:l[1-5][ \\t/-]+(?:l?[1-6]|s1)[ \\t]+)?(?:disc|disk|joint|intervertebral|interspace)',
);
const NON_SPINE = pattern(
  'stenosis.nonSpine',
  '(?<![a-z])(?:aortic|aorta|valve|valvular|mitral|tricuspid|pulmonic|pulmonary|carotid|renal|coronary|artery|arterial|vessel|vascular|venous|vein|pyloric|tracheal|subglottic|biliary|bile|ureteral|ureteropelvic|urethral|meatal|esophageal|bowel|colonic|anastomotic|choanal|ostial|stent|iliac|femoral|subclavian|vertebral[ \\t]+artery|airway|bronch\\w*|nasal|lacrimal|duct|laryn\\w*|intestin\\w*|mesenteric|celiac|graft|fistula|auditory|ear|meatus|tympanic|eustachian|tear|angioplasty|balloon|catheter|wire|cervical|thoracic|c-spine|neck|foramen[ \\t]+magnum)(?![a-z])',
);
const SPINE_CONTEXT = pattern('stenosis.spineContext', '(?<![a-z])(?:spin\\w*|lumbar|lumbosacral|canal|foram\\w*|recess\\w*|subarticular|thecal|disc|l[1-5]|s1|level|levels|multilevel|neurogenic|low[ \\t]+back|back[ \\t]+pain|radicul\\w*|sciatica|claudication)(?![a-z])');

function locationOf(m: RegExpExecArray): Location {
  if (m[1] !== undefined) return 'central';
  if (m[2] !== undefined) return 'foraminal';
  return 'lateralRecess';
}

/** "severe right and mild left" -> one severity per side. */
const SEVERITY_ON_SIDE = pattern(
  'stenosis.severityOnSide',
  `(?<![a-z])(${SEVERITY})[ \\t]+(?:on[ \\t]+)?(?:the[ \\t]+)?(${SIDE})(?![a-z])`,
  'g',
);

function severityBySide(lower: string, window: Span, term: Span): Array<{ side: Side; severity?: StenosisAttributes['severity']; index: number }> | undefined {
  // After the term: "foraminal stenosis, moderate on the right and mild on the left".
  const after = matchesIn(SEVERITY_ON_SIDE, lower, term.end, window.end);
  if (after.length === 2) {
    const pairs = after.map((m) => ({ side: sideOf(m[2]), severity: severityOf(m[1]), index: m.index }));
    if (pairs.every((p) => p.side && p.side !== 'bilateral' && p.severity) && pairs[0].side !== pairs[1].side) {
      return pairs as Array<{ side: Side; severity: StenosisAttributes['severity']; index: number }>;
    }
  }
  const text = lower.slice(window.index, window.end);
  const sides = sidesIn(lower.slice(window.index, term.end)).filter((s) => s.side !== 'bilateral');
  if (sides.length !== 2 || sides[0].side === sides[1].side) return undefined;
  const severities = severitiesIn(text);
  const before = (index: number, floor: number) => severities.filter((s) => s.end <= index && s.index >= floor).pop();
  const first = before(sides[0].index, 0);
  const second = before(sides[1].index, sides[0].index);
  if (!first || !second || first.severity === second.severity) return undefined;
  return [
    { side: sides[0].side, severity: first.severity, index: window.index + first.index },
    { side: sides[1].side, severity: second.severity, index: window.index + second.index },
  ];
}

/** Adjectives of a narrowing, with or without "non-" ("non-compressive", "nondisplacing"): what it does to the nerve, not whether it is there. */
const DESCRIPTIVE_PREFIXED = ['compressive', 'displaced', 'displacing', 'obstructive', 'obstructing', 'impinging', 'deforming', 'contacting'];
/** Words that may stand between a stenosis word and the canal/foramen it describes. */
const GAP_WORDS = new Set([
  'and', 'or', 'of', 'the', 'a', 'an', 'at', 'in', 'within', 'to', 'is', 'are', 'was', 'were', 'appears', 'appear', 'appeared',
  'remains', 'remain', 'shows', 'show', 'demonstrates', 'seems', 'with', 'left', 'right', 'bilateral', 'bilaterally', 'both',
  'lt', 'rt', 'b', 'l', 'r', 'neural', 'sided', 'side', 'level', 'levels', 'mild', 'mildly', 'moderate', 'moderately', 'severe',
  'severely', 'minimal', 'minimally', 'slight', 'slightly', 'marked', 'markedly', 'advanced', 'critical', 'significant',
  'significantly', 'also', 'there', 'some', 'residual', 'persistent', 'new', 'stable', 'unchanged', 'recurrent', 'progressive',
  'worsening', 'worsened', 'increased', 'improved', 'chronic', 'degenerative', 'acquired', 'congenital', 'developmental', 'upon', 'into', 'onto', 'greater', 'than', 'more', 'on', 'worse', 'l1', 'l2', 'l3', 'l4', 'l5', 's1', 'lumbar',
  // "mild non-compressive foraminal narrowing": a narrowing that spares the root is still a narrowing, and "mild" is its severity.
  ...DESCRIPTIVE_PREFIXED.flatMap((word) => [word, `non${word}`]),
  'non',
]);
const NUMBER = pattern('stenosis.number', '^\\d+$');
const GAP_TOKEN = pattern('stenosis.gapToken', '[a-z0-9]+|[^a-z0-9 \\t,/&>-]', 'g');

/** True when only modifier words (and at most 60 characters) separate two spans. */
function adjacent(lower: string, from: number, to: number, conjunctions = true): boolean {
  if (to < from || to - from > 60) return false;
  GAP_TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  let previous = '';
  while ((m = GAP_TOKEN.exec(lower)) !== null && m.index < to) {
    if (!GAP_WORDS.has(m[0]) && !NUMBER.test(m[0])) return false;
    if (!conjunctions && (m[0] === 'and' || m[0] === 'or')) return false;
    // "flattens the thecal sac and there is right foraminal narrowing": a new clause, not a list of locations.
    if (m[0] === 'there' && (previous === 'and' || previous === 'or')) return false;
    previous = m[0];
  }
  return true;
}

/** The locations a stenosis word describes: those chained to it after ("narrowing of the left foramen"), else before. */
function attachedLocations(lower: string, span: Span, locations: RegExpExecArray[]): RegExpExecArray[] {
  const after: RegExpExecArray[] = [];
  let edge = span.end;
  for (const loc of locations.filter((l) => l.index >= span.end)) {
    if (!adjacent(lower, edge, loc.index)) break;
    after.push(loc);
    edge = loc.index + loc[0].length;
  }
  if (after.length) return after;
  const before: RegExpExecArray[] = [];
  edge = span.index;
  // "central canal and foraminal stenosis" chains locations, but "thecal sac and encroaching" joins two clauses.
  for (const loc of locations.filter((l) => l.index + l[0].length <= span.index).reverse()) {
    if (!adjacent(lower, loc.index + loc[0].length, edge, before.length > 0)) break;
    before.unshift(loc);
    edge = loc.index;
  }
  return before;
}

function extract(view: SentenceView): Candidate<'stenosis'>[] {
  const { lower } = view;
  const spineNote = view.note.region === 'lumbar';
  if (NON_SPINE.test(lower) && !SPINE_CONTEXT.test(lower) && !spineNote) return [];
  const terms = matchesIn(TERM, lower);
  if (terms.length === 0) return [];
  const spans: Span[] = terms.map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const windows = termWindows(lower, spans);
  const allLocations = matchesIn(LOCATION, lower);
  const out: Candidate<'stenosis'>[] = [];
  terms.forEach((term, i) => {
    const span = spans[i];
    const window = windows[i];
    const windowText = lower.slice(window.index, window.end);
    const word = term[0];
    const strong = word.startsWith('stenos') || word === 'stenotic';
    // Only the words around the term decide: aortic stenosis, stenosis of the carotid artery.
    const clause = clauseAround(lower, span, window);
    if (NON_SPINE.test(lower.slice(Math.max(clause.index, span.index - 40), Math.min(clause.end, span.end + 40)))) return;
    if (!strong && NOT_STENOSIS_NARROWING.test(lower.slice(Math.max(window.index, span.index - 40), Math.min(window.end, span.end + 40)))) return;
    // "thecal sac (or nerve root) compression": the term names its own location.
    const locations = word.startsWith('thecal')
      ? allLocations.filter((l) => l.index === span.index)
      : attachedLocations(lower, span, allLocations.filter((l) => l.index >= window.index && l.index < window.end));
    if (!strong && locations.length === 0) return; // "narrowing"/"encroachment" of what?
    const allLevels = levelMentions(lower, window.index, window.end);
    if (allLevels.length > 0 && allLevels.every((l) => l.nonLumbar)) return;
    const levels = segmentsForWindow(lower, window, view.section.level, span);
    if (strong && locations.length === 0 && levels.length === 0 && !SPINE_CONTEXT.test(lower) && !spineNote) return;
    // Compression counts for the thecal sac (central canal) and the exit canals (foramina), never on its own.
    if (word.startsWith('c') && !word.startsWith('compromise') && !locations.some((l) => l[0].includes('thecal') || locationOf(l) === 'foraminal')) return;
    if (word.startsWith('thecal') && locations.length === 0) return;

    // The phrase: the term, its locations, and a severity or side just before.
    let start = Math.min(span.index, ...locations.map((l) => l.index));
    const end = Math.max(span.end, ...locations.map((l) => l.index + l[0].length));
    const severities = severitiesIn(windowText)
      .map((s) => ({ ...s, index: s.index + window.index, end: s.end + window.index }))
      .filter((s) => (s.end <= start ? adjacent(lower, s.end, start) : s.index < span.index || (s.index >= start && s.end <= end)));
    const severity = nearest(severities, span);
    if (severity && severity.index < start) start = severity.index;
    const sideFrom = Math.max(window.index, start - 25);
    const sideTo = Math.min(window.end, end + 15);
    const side = combineSides(
      sidesIn(lower.slice(sideFrom, sideTo))
        .filter((s) => {
          const at = sideFrom + s.index;
          return at < start ? adjacent(lower, at, start) : at < end || adjacent(lower, end, at); // "narrowing bilaterally"
        })
        .map((s) => s.side),
    );

    const perSide = severityBySide(lower, window, span);
    const base: StenosisAttributes = {};
    if (severity) base.severity = severity.severity;
    if (side) base.side = side;
    const variants: Array<StenosisAttributes & { from?: number }> = perSide
      ? perSide.map((p) => ({ ...base, side: p.side, severity: p.severity, from: p.index }))
      : [base];
    const locationKinds = [...new Set(locations.map(locationOf))];
    for (const location of locationKinds.length ? locationKinds : [undefined]) {
      for (const level of levels.length ? levels : [undefined]) {
        for (const variant of variants) {
          const attributes: StenosisAttributes = {};
          if (location) attributes.location = location;
          if (level) attributes.level = level;
          if (variant.side && location !== 'central') attributes.side = variant.side;
          if (variant.severity) attributes.severity = variant.severity;
          const from = variant.from !== undefined ? Math.min(start, variant.from) : start;
          out.push({ kind: 'stenosis', start: view.start + from, end: view.start + end, attributes });
        }
      }
    }
  });
  return out;
}

export const stenosisExtractor: Extractor = { name: 'stenosis', anchor: ANCHOR, extract };
