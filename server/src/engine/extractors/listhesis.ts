import { anyOf, pattern } from '../patterns';
import { anchorFrom, VocabularyAnchor } from '../text/anchors';
import { LISTHESIS_SPELLINGS, PTOSIS_WORDS, SLIP_WORDS } from '../vocabulary/imagingTerms';
import { modalityIn } from '../normalize/reportTitle';
import { AttributeMap } from '../types';
import { clauseAround, LevelMention, levelMentions, nextVertebra } from './shared/levelMentions';
import { GradeMention, gradesIn, Measure, mmIn, percentIn } from './shared/measurements';
import { matchesIn, nearest, Span, termWindows } from './shared/termWindows';
import { isSpineNote } from './shared/clinicClauses';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Listhesis: anterolisthesis / spondylolisthesis / retrolisthesis / lateral listhesis and
 * "slip" of one vertebra on the next, with segment, Meyerding grade, mm, percent, type and change.
 */

// Spellings seen in real reports, typos included ("spodylolisthesis", "anterolysthesis").
const LISTHESIS_TERM = pattern(
  'listhesis.term',
  `(?<![a-z])(?:(antero|anterior[ \\t]+|retro|posterior[ \\t]+|latero|lateral[ \\t]+)?(?:sp[o]?[n]?d[yi]?l[oy]?)?${anyOf(LISTHESIS_SPELLINGS)}|(${anyOf(PTOSIS_WORDS)})|(?:(anterior(?:ly)?|posterior(?:ly)?|forward|backward)[ \\t]+)?(${anyOf([...SLIP_WORDS].sort((a, b) => b.length - a.length))})(?![a-z]))`,
  'g',
);
/** The spellings of "listhesis" wake the extractor inside words; the other words at a word start. */
const ANCHOR: VocabularyAnchor = { ...anchorFrom({ slipWords: SLIP_WORDS, ptosisWords: PTOSIS_WORDS }), substrings: LISTHESIS_SPELLINGS };
const ISTHMIC = pattern('listhesis.isthmic', '(?<![a-z])(?:isthmic|spondylolytic|lytic|pars[ \\t-]+related)(?![a-z])');
const DEGENERATIVE = pattern('listhesis.degenerative', '(?<![a-z])degenerative(?![a-z])');
const STABLE = pattern('listhesis.stable', '(?<![a-z])(?:stable|unchanged|no (?:significant |interval |appreciable )?(?:change|progression|increase)|not changed|similar)(?![a-z])');
const PROGRESSED = pattern('listhesis.progressed', '(?<![a-z])(?:progress(?:ed|ion|ing)|increas(?:e|ed|es|ing)|worsen(?:ed|ing)|new)(?![a-z])');
/** "now 4 mm, previously 2 mm", "previously grade 1": a prior value to compare with. */
const PRIOR_VALUE = pattern('listhesis.priorValue', '(?:previously|prior|formerly|was|from|compared[ \\t]+(?:with|to))[ \\t:]*(?:(?:about|approximately|approx\\.?|~)[ \\t]*)?$');
const IMPROVED = pattern('listhesis.improved', '(?<![a-z])(?:improv(?:ed|ing)|decreas(?:ed|ing)|reduc(?:ed|tion))(?![a-z])');
/** "slip"/"translation" ("L4 is anteriorly translated 5 mm on L5") are listhesis only with a level or a measure beside them. */
const GENERIC = new Set(['slip', 'slippage', 'slipping', 'slipped', 'subluxation', 'subluxed', 'translation', 'translated', 'displacement', 'displaced']);
/** Measurements that belong to something else in the same window. */
const OTHER_OBJECT_AFTER = pattern('listhesis.otherObjectAfter', '^[ \\t]{0,3}(?:[a-z]{1,20}[ \\t]{1,3})?(?:disc|disk|bulge|protrusion|herniation|extrusion|osteophyte|cyst|mass|lesion|fragment|canal|foramen|foramina|in[ \\t](?:ap|diameter|size))');
/** What may stand between a slip word and its vertebra: "anterolisthesis of L5", "slip at the L5 level". */
const VERTEBRA_LINK = pattern('listhesis.vertebraLink', '^[ \\t]*(?:(?:of|at|in|involving)[ \\t]+)?(?:the[ \\t]+)?$');

type ListhesisAttributes = AttributeMap['listhesis'];

/** From the word itself: antero-/spondylo- anterior, retro- posterior, latero- lateral; bare "listhesis" or "slip": unstated. */
function direction(m: RegExpExecArray): ListhesisAttributes['direction'] {
  const prefix = (m[1] ?? m[3] ?? '').trim();
  if (prefix.startsWith('retro') || prefix.startsWith('posterior') || prefix === 'backward') return 'posterior';
  if (prefix.startsWith('lat')) return 'lateral';
  if (prefix.startsWith('ante') || prefix === 'forward' || m[0].startsWith('sp')) return 'anterior';
  return undefined;
}

function lumbarLevels(levels: LevelMention[]): LevelMention[] {
  return levels.filter((l) => !l.nonLumbar);
}

function segmentFrom(level: LevelMention): { upper?: string; lower?: string } {
  if (level.upper) return { upper: level.upper, lower: level.lower };
  if (level.segment) {
    const [upper, lower] = level.segment.split('-');
    return { upper, lower };
  }
  if (level.vertebra) return { upper: level.vertebra, lower: nextVertebra(level.vertebra) };
  return {};
}

/** "Progressive grade 1 degenerative anterolisthesis": the adjective on the slip itself (not "a progressive motor deficit" later on). */
const PROGRESSIVE_BEFORE = pattern('listhesis.progressiveBefore', '(?<![a-z])progressive(?:[ \\t]+[a-z0-9-]+){0,4}[ \\t]*$');
const DYNAMIC = pattern('listhesis.dynamic', '(?<![a-z])(?:(?:with|on|in|during)[ \\t]+(?:flexion|extension)|dynamic)(?![a-z])');

/** The change a stated prior value implies: current grade/mm against the one marked "previously". */
function compareWithPrior(lower: string, grades: GradeMention[], mms: Measure[]): ListhesisAttributes['change'] | undefined {
  const isPrior = (m: { index: number }) => PRIOR_VALUE.test(lower.slice(Math.max(0, m.index - 30), m.index));
  for (const list of [grades.filter((g) => g.grade !== undefined).map((g) => ({ index: g.index, value: g.grade as number })), mms]) {
    const prior = list.find(isPrior);
    const current = list.find((m) => !isPrior(m));
    if (prior && current && prior.value !== current.value) return current.value > prior.value ? 'progressed' : 'improved';
  }
  return undefined;
}

function extract(view: SentenceView): Candidate<'listhesis'>[] {
  const { lower } = view;
  let terms = matchesIn(LISTHESIS_TERM, lower);
  // "spondylolisthesis with 15% slip": the generic word restates the named slip.
  const named = terms.filter((m) => m[4] === undefined || !GENERIC.has(m[4]));
  if (named.length > 0) terms = named;
  if (terms.length === 0) return [];
  const spans: Span[] = terms.map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const windows = termWindows(lower, spans);
  const out: Candidate<'listhesis'>[] = [];
  terms.forEach((term, i) => {
    const span = spans[i];
    const window = windows[i];
    const windowText = lower.slice(window.index, window.end);
    const allLevels = levelMentions(lower, window.index, window.end);
    if (allLevels.length > 0 && allLevels.every((l) => l.nonLumbar)) return; // cervical/thoracic slip
    const levels = lumbarLevels(allLevels);
    const grades = gradesIn(lower, window.index, window.end);
    const mms = mmIn(lower, window.index, window.end).filter(
      (m) => !OTHER_OBJECT_AFTER.test(lower.slice(m.end, m.end + 30)) && (m.end <= span.index ? span.index - m.end < 40 : m.index - span.end < 60),
    );
    const percents = percentIn(lower, window.index, window.end);
    const generic = term[4] !== undefined && GENERIC.has(term[4]);
    if (generic) {
      // "slip" alone is a listhesis only when placed on a level or measured ("the slip measures 30%"); displacement, translation and
      // subluxation also need their direction ("anterior displacement of L5 on S1").
      // Only in a spine note: "the ulnar slip of the FDS ... 25% laceration" is a tendon.
      const measuredSlip = term[4] === 'slip' && (mms.length > 0 || percents.length > 0) && isSpineNote(view.note);
      if (levels.length === 0 && view.section.level === undefined && !measuredSlip) return;
      if (!term[4].startsWith('slip') && term[3] === undefined) return;
    }
    const attributes: ListhesisAttributes = {};
    const dir = term[2] ? 'anterior' : direction(term);
    if (dir) attributes.direction = dir;
    const grade = nearest(grades, span);
    if (term[2]) attributes.grade = 5;
    else if (grade?.grade !== undefined) attributes.grade = grade.grade;
    else if (grade?.lowGrade) attributes.lowGrade = true;
    const mm = nearest(mms, span);
    if (mm) attributes.mm = mm.value;
    const valueAt: Candidate['valueAt'] = mm ? { mm: { start: view.start + mm.index, end: view.start + mm.end } } : undefined;
    const percent = nearest(percents, span);
    if (percent) attributes.percent = percent.value;
    if (ISTHMIC.test(windowText)) attributes.type = 'isthmic';
    else if (DEGENERATIVE.test(windowText)) attributes.type = 'degenerative';
    const measured = attributes.grade !== undefined || attributes.lowGrade || attributes.mm !== undefined || attributes.percent !== undefined;
    // The measurement's modality: the sentence's, else the report's (supine MRI reads less slip than standing films).
    const modality = measured ? (modalityIn(lower) ?? view.context.modality) : undefined;
    if (modality) attributes.modality = modality;
    const compared = compareWithPrior(lower, grades, mms);
    if (compared) attributes.change = compared;
    else if (DYNAMIC.test(windowText)) {
      // "25% on standing films, increasing to 30% with flexion": motion within one study, not a change over time.
    } else if ((PROGRESSED.test(windowText) || PROGRESSIVE_BEFORE.test(lower.slice(window.index, span.index))) && !STABLE.test(windowText)) attributes.change = 'progressed';
    else if (STABLE.test(windowText)) attributes.change = 'stable';
    else if (IMPROVED.test(windowText)) attributes.change = 'improved';

    let start = span.index;
    let end = span.end;
    for (const m of [grade, mm]) {
      if (m && m.index < start && start - m.end < 25) start = m.index;
    }
    // Segments place the slip; a lone vertebra only when attached to the term ("anterolisthesis of L5", "L5 spondylolisthesis").
    let segments = levels.filter((l) => l.segment);
    if (segments.length > 1) {
      const clause = clauseAround(lower, span, window);
      const inClause = segments.filter((l) => l.index >= clause.index && l.end <= clause.end);
      if (inClause.length > 0) segments = inClause;
    }
    const attached = levels.filter((l) => l.vertebra && (l.end <= span.index ? span.index - l.end <= 4 : VERTEBRA_LINK.test(lower.slice(span.end, l.index))));
    const placing = segments.length ? segments : attached.slice(0, 1);
    const placements: Array<{ upper?: string; lower?: string; end?: number }> = placing.length
      ? placing.map((l) => ({ ...segmentFrom(l), end: l.end }))
      : [view.section.level ? segmentFrom({ index: 0, end: 0, segment: view.section.level, nonLumbar: false }) : {}];
    const seen = new Set<string>();
    for (const place of placements) {
      const key = `${place.upper}-${place.lower}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const attrs: ListhesisAttributes = { ...attributes };
      if (place.upper) attrs.upper = place.upper;
      if (place.lower) attrs.lower = place.lower;
      let findingEnd = end;
      if (place.end !== undefined && place.end > end && place.end - end < 40) findingEnd = place.end;
      out.push({ kind: 'listhesis', start: view.start + start, end: view.start + findingEnd, attributes: attrs, ...(valueAt ? { valueAt } : {}) });
    }
  });
  return out;
}

export const listhesisExtractor: Extractor = { name: 'listhesis', anchor: ANCHOR, extract };
