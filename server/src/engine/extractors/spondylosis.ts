import { anyPhrase, pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { DEGENERATIVE_DISC_TERMS, SPONDYLOSIS_TERMS } from '../vocabulary/imagingTerms';
import { AttributeMap } from '../types';
import { severitiesIn } from '../vocabulary/severity';
import { levelMentions, segmentsForWindow } from './shared/levelMentions';
import { matchesIn, nearest, Span, termWindows } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/** Degenerative change of the lumbar spine (spondylosis), by level and severity. */

const GAP = '[ \\t]+';
const TERM = pattern(
  'spondylosis.term',
  `(?<![a-z])(?:${anyPhrase(SPONDYLOSIS_TERMS, GAP)}|${anyPhrase(DEGENERATIVE_DISC_TERMS, GAP)}(?![ \\t]+(?:bulg|protru|herniat|extru|materi)))(?![a-z])`,
  'g',
);
const ANCHOR = anchorFrom({ spondylosisTerms: SPONDYLOSIS_TERMS, degenerativeDiscTerms: DEGENERATIVE_DISC_TERMS });
const NON_SPINE = pattern('spondylosis.nonSpine', '(?<![a-z])(?:knee|hip|shoulder|hand|wrist|ankle|elbow|cervical|thoracic|c[1-7]|acromioclavicular|glenohumeral|patell\\w*)(?![a-z0-9])');

/** "Degenerative changes" are spondylosis only in the spine; "DDD" is also a pacemaker mode. */
const GENERIC_TERM = pattern('spondylosis.genericTerm', '^degenerative[ \\t]+(?:changes?|disease|arthritis)$');
const SPINE_WORDS = pattern('spondylosis.spineWords', '(?<![a-z])(?:spine|spinal|lumbar|lumbosacral|l[1-5]|s1|facets?|discs?|disks?|vertebra\\w*|end-?plates?|multilevel)(?![a-z0-9])');
const PACING = pattern('spondylosis.pacing', '(?<![a-z])(?:pac\\w*|mode|leads?|atrial|ventricular|bpm|beats)(?![a-z])|ddd[ \\t]*\\d');

type SpondylosisAttributes = AttributeMap['spondylosis'];

function extract(view: SentenceView): Candidate<'spondylosis'>[] {
  const { lower } = view;
  const terms = matchesIn(TERM, lower);
  if (terms.length === 0) return [];
  const spans: Span[] = terms.map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const windows = termWindows(lower, spans);
  const out: Candidate<'spondylosis'>[] = [];
  spans.forEach((span, i) => {
    const window = windows[i];
    const windowText = lower.slice(window.index, window.end);
    const allLevels = levelMentions(lower, window.index, window.end);
    if (allLevels.length > 0 && allLevels.every((l) => l.nonLumbar)) return;
    if (allLevels.length === 0 && NON_SPINE.test(windowText)) return;
    const term = lower.slice(span.index, span.end);
    if (term === 'ddd' && PACING.test(lower)) return;
    if (GENERIC_TERM.test(term) && !SPINE_WORDS.test(lower) && view.section.level === undefined && view.note.region !== 'lumbar') return;
    const levels = segmentsForWindow(lower, window, view.section.level, span);
    const severities = severitiesIn(windowText).map((s) => ({ ...s, index: s.index + window.index, end: s.end + window.index }));
    const severity = nearest(severities.filter((s) => s.end <= span.index || s.index - span.end < 20), span);
    let start = span.index;
    if (severity && severity.index < start && start - severity.end < 25) start = severity.index;
    for (const level of levels.length ? levels : [undefined]) {
      const attributes: SpondylosisAttributes = {};
      if (level) attributes.level = level;
      if (severity) attributes.severity = severity.severity;
      out.push({ kind: 'spondylosis', start: view.start + start, end: view.start + span.end, attributes });
    }
  });
  return out;
}

export const spondylosisExtractor: Extractor = { name: 'spondylosis', anchor: ANCHOR, extract };
