import { anyOf, pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { NERVE_ROOT_WORDS } from '../vocabulary/imagingTerms';
import { AttributeMap } from '../types';
import { combineSides, sidesIn } from '../vocabulary/sides';
import { levelMentions, segmentsForWindow } from './shared/levelMentions';
import { matchesIn, Span, termWindows } from './shared/termWindows';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Nerve-root contact: which root, which side, and how much (contact/abutment < impingement/compression).
 * The mention must name a nerve root; thecal-sac compression alone is not root contact.
 */

type RootAttributes = AttributeMap['nerveRootContact'];

const ROOT_WORD = anyOf([...NERVE_ROOT_WORDS].sort((a, b) => b.length - a.length));
const ROOT = pattern(
  'nerveRoot.root',
  `(?<![a-z])(?:(l[1-5]|s[12])[ \\t]+(?:(?:exiting|exit|traversing|descending)[ \\t]+)?(?:nerve[ \\t]+)?${ROOT_WORD}|nerve[ \\t]+${ROOT_WORD}|${ROOT_WORD}(?=[ \\t]*[,.;)]|[ \\t]+(?:on|at|in|bilaterally)|$))(?![a-z])`,
  'g',
);
const ANCHOR = anchorFrom({ nerveRootWords: NERVE_ROOT_WORDS });
const CONTACT_VERB = pattern(
  'nerveRoot.contact',
  '(?<![a-z])(?:contact(?:s|ing|ed)?|abut(?:s|ting|ted|ment)?|touch(?:es|ing)?|approach(?:es|ing)?|encroach(?:es|ing|ment)?(?:[ \\t]+(?:up)?on)?|abutment|near|closely[ \\t]+apposed|in[ \\t]+close[ \\t]+proximity)(?![a-z])',
  'g',
);
const COMPRESSION_VERB = pattern(
  'nerveRoot.compression',
  '(?<![a-z])(?:compress(?:es|ed|ing|ion)?|compresing|compressin|impinge(?:s|d|ment|ments)?|impinging|displac(?:es|ed|ing|ement)|deform(?:s|ed|ing|ity)?|entrap(?:s|ped|ment)|pinch(?:es|ed|ing)?|effac(?:es|ed|ing|ement)|mass[ \\t]+effect|trap(?:s|ped)?|flatten(?:s|ed|ing)?|indent(?:s|ed|ing|ation)?|irritat(?:es|ed|ing|ion))(?![a-z])',
  'g',
);

function extract(view: SentenceView): Candidate<'nerveRootContact'>[] {
  const { lower } = view;
  const roots = matchesIn(ROOT, lower);
  if (roots.length === 0) return [];
  const spans: Span[] = roots.map((m) => ({ index: m.index, end: m.index + m[0].length }));
  const windows = termWindows(lower, spans);
  const contacts = matchesIn(CONTACT_VERB, lower);
  const compressions = matchesIn(COMPRESSION_VERB, lower);
  const out: Candidate<'nerveRootContact'>[] = [];
  roots.forEach((root, i) => {
    const span = spans[i];
    // The verb sits before the root ("contacting the L5 root") or after it ("L5 root impingement"),
    // within its window or just before the window (a verb governing a list: "compressing the thecal sac and both nerve roots").
    const near = (m: RegExpExecArray) => {
      const end = m.index + m[0].length;
      return (end <= span.index && span.index - end < 70) || (m.index >= span.end && m.index - span.end < 25 && m.index < windows[i].end);
    };
    const compression = compressions.filter(near);
    const contact = contacts.filter(near);
    if (compression.length === 0 && contact.length === 0) return;
    const verb = [...compression, ...contact].sort((a, b) => Math.abs(a.index - span.index) - Math.abs(b.index - span.index))[0];
    const attributes: RootAttributes = { degree: compression.includes(verb) ? 'compression' : 'contact' };
    const windowText = lower.slice(windows[i].index, windows[i].end);
    const named = root[1];
    const levels = levelMentions(lower, windows[i].index, windows[i].end).filter((l) => l.segment && !l.nonLumbar);
    if (levels.length === 0 && levelMentions(lower, windows[i].index, windows[i].end).some((l) => l.nonLumbar)) return;
    const placed = levels.length ? [...new Set(levels.map((l) => l.segment as string))] : segmentsForWindow(lower, windows[i], view.section.level, span);
    const segments: Array<string | undefined> = placed.length ? placed : [undefined];
    const side = combineSides(sidesIn(lower.slice(Math.max(windows[i].index, span.index - 30), span.end)).map((s) => s.side)) ?? combineSides(sidesIn(windowText).map((s) => s.side));
    const verbEnd = verb.index + verb[0].length;
    const start = verb.index < span.index && span.index - verbEnd < 40 ? verb.index : span.index;
    const end = verb.index >= span.end ? verbEnd : span.end;
    // The contact is what ConText judges: words between the root and its verb are said of the contact ("root, which may cause some displacement").
    const head = { start: view.start + verb.index, end: view.start + verbEnd };
    // A named root is one finding; "exit nerve roots" at two levels are two.
    for (const level of named ? [segments[0]] : segments) {
      const attrs: RootAttributes = { ...attributes };
      // The root only when named: "the exiting root at L5-S1" is L5 by anatomy, but the note did not say so.
      if (named) attrs.root = named.toUpperCase();
      if (level) attrs.level = level;
      if (side) attrs.side = side;
      out.push({ kind: 'nerveRootContact', start: view.start + start, end: view.start + end, head, attributes: attrs });
    }
  });
  return out;
}

export const nerveRootContactExtractor: Extractor = { name: 'nerveRootContact', anchor: ANCHOR, extract };
