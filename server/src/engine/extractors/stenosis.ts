import { pattern } from '../patterns';
import { AttributeMap, Side } from '../types';
import { severitiesIn } from '../vocabulary/severity';
import { combineSides, sidesIn } from '../vocabulary/sides';
import { levelMentions, segmentsForWindow } from './shared/levelMentions';
import { matchesIn, nearest, Span, termWindows } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Spinal stenosis: central canal, neural foraminal, lateral recess; level(s), side, severity.
 * "Narrowing" counts only with a canal/foramen/recess beside it; vessels and valves never count.
 */

type StenosisAttributes = AttributeMap['stenosis'];
type Location = NonNullable<StenosisAttributes['location']>;

const TERM = pattern(
  'stenosis.term',
  '(?<![a-z])(?:stenos[ie]s|stenotic|narrow(?:ing|ings|ed|s)?|encroach(?:ment|ing|es)?|compromise[ds]?)(?![a-z])',
  'g',
);
const ANCHOR = pattern('stenosis.anchor', 'stenos|stenotic|narrow|encroach|compromise');
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
  '(?<![a-z])(?:aortic|aorta|valve|valvular|mitral|tricuspid|pulmonic|pulmonary|carotid|renal|coronary|artery|arterial|vessel|vascular|venous|vein|pyloric|tracheal|subglottic|biliary|bile|ureteral|ureteropelvic|urethral|meatal|esophageal|bowel|colonic|anastomotic|choanal|ostial|stent|iliac|femoral|subclavian|vertebral[ \\t]+artery|airway|bronch\\w*|nasal|lacrimal|duct|laryn\\w*|intestin\\w*|mesenteric|celiac|graft|fistula)(?![a-z])',
);
const SPINE_CONTEXT = pattern('stenosis.spineContext', '(?<![a-z])(?:spin\\w*|lumbar|lumbosacral|canal|foram\\w*|recess\\w*|subarticular|thecal|disc|l[1-5]|s1|level|levels|multilevel|neurogenic)(?![a-z])');

function locationOf(m: RegExpExecArray): Location {
  if (m[1] !== undefined) return 'central';
  if (m[2] !== undefined) return 'foraminal';
  return 'lateralRecess';
}

/** "severe right and mild left" -> one severity per side. */
function severityBySide(lower: string, window: Span, term: Span): Array<{ side: Side; severity?: StenosisAttributes['severity']; index: number }> | undefined {
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

function extract(view: SentenceView): Candidate<'stenosis'>[] {
  const { lower } = view;
  if (NON_SPINE.test(lower) && !SPINE_CONTEXT.test(lower)) return [];
  const terms = matchesIn(TERM, lower);
  if (terms.length === 0) return [];
  const spans: Span[] = terms.map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const windows = termWindows(lower, spans);
  const out: Candidate<'stenosis'>[] = [];
  terms.forEach((term, i) => {
    const span = spans[i];
    const window = windows[i];
    const windowText = lower.slice(window.index, window.end);
    const word = term[0];
    const strong = word.startsWith('stenos') || word === 'stenotic';
    if (NON_SPINE.test(windowText)) return;
    if (!strong && NOT_STENOSIS_NARROWING.test(lower.slice(Math.max(window.index, span.index - 40), Math.min(window.end, span.end + 40)))) return;
    const locations = matchesIn(LOCATION, lower, window.index, window.end);
    if (!strong && locations.length === 0) return; // "narrowing"/"encroachment" of what?
    const allLevels = levelMentions(lower, window.index, window.end);
    if (allLevels.length > 0 && allLevels.every((l) => l.nonLumbar)) return;
    const levels = segmentsForWindow(lower, window, view.section.level);
    if (strong && locations.length === 0 && levels.length === 0 && !SPINE_CONTEXT.test(lower)) return;

    const severities = severitiesIn(windowText).map((s) => ({ ...s, index: s.index + window.index, end: s.end + window.index }));
    const locationKinds = [...new Set(locations.map(locationOf))];
    const base: StenosisAttributes = {};
    const severity = nearest(severities, span);
    if (severity) base.severity = severity.severity;
    const side = combineSides(sidesIn(windowText).map((s) => s.side));
    if (side) base.side = side;

    const perSide = severityBySide(lower, window, span);
    const variants: Array<StenosisAttributes & { from?: number }> = perSide
      ? perSide.map((p) => ({ ...base, side: p.side, severity: p.severity, from: p.index }))
      : [base];
    const placements = locationKinds.length ? locationKinds : [undefined];
    for (const location of placements) {
      for (const level of levels.length ? levels : [undefined]) {
        for (const variant of variants) {
          const attributes: StenosisAttributes = {};
          if (location) attributes.location = location;
          if (level) attributes.level = level;
          if (variant.side && location !== 'central') attributes.side = variant.side;
          if (variant.severity) attributes.severity = variant.severity;
          const locationMention = locations.find((l) => locationOf(l) === location);
          let start = span.index;
          let end = span.end;
          if (locationMention) {
            if (locationMention.index < start && start - (locationMention.index + locationMention[0].length) < 30) start = locationMention.index;
            else if (locationMention.index >= end && locationMention.index - end < 20) end = locationMention.index + locationMention[0].length;
          }
          if (variant.from !== undefined) start = Math.min(start, variant.from);
          else if (severity && severity.index < start && start - severity.end < 30) start = severity.index;
          out.push({ kind: 'stenosis', start: view.start + start, end: view.start + end, attributes });
        }
      }
    }
  });
  return out;
}

export const stenosisExtractor: Extractor = { name: 'stenosis', anchor: ANCHOR, extract };
