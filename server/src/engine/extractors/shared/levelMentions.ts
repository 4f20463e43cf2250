import { pattern } from '../../patterns';
import { scanRange } from '../../text/rangeScan';
import { canonicalSegment } from '../../vocabulary/levels';

/**
 * Finds the spinal levels a sentence names: segments ("L4-5", "L5/S1", "L5 on S1"),
 * single vertebrae ("L5"), and ranges ("L3-4 through L5-S1"). Offsets are relative to the text scanned.
 */
export interface LevelMention {
  index: number;
  end: number;
  /** Canonical segment "L4-L5", when the mention is a segment. */
  segment?: string;
  /** Canonical vertebra "L5", when the mention is one vertebra. */
  vertebra?: string;
  /** For "L5 on S1": the vertebra that slipped and the one below. */
  upper?: string;
  lower?: string;
  /** Cervical or thoracic (not the guideline's territory). */
  nonLumbar: boolean;
}

const LEVEL_SCAN = pattern(
  'levels.scan',
  // "d" is the dorsal (thoracic) spine of many reports: "D12 compression fracture".
  '(?<![a-z0-9])([ltcsd])[ \\t-]?(\\d{1,2})(?:[ \\t]?[-/][ \\t]?([ltcsd])?[ \\t]?(\\d{1,2})|([ls])(\\d))?(?![0-9a-z])',
  'g',
);
const ON_BETWEEN = pattern('levels.onBetween', '^[ \\t]*(?:on|over|upon|relative to)[ \\t]+$');
const RANGE_BETWEEN = pattern('levels.rangeBetween', '^[ \\t]*(?:-|to|through|thru)[ \\t]+$');
const MRI_SEQUENCE_AFTER = pattern('levels.mriSequenceAfter', '^[ \\t-]*(?:weighted|w\\b|signal|hyper|hypo|images?|sequences?|stir|flair|fat)');

function dorsalAsThoracic(region: string): string {
  return region === 'd' ? 't' : region;
}

function vertebraOk(region: string, n: number): boolean {
  if (region === 'l') return n >= 1 && n <= 6;
  if (region === 's') return n === 1 || n === 2;
  if (region === 't') return n >= 1 && n <= 12;
  return n >= 1 && n <= 7; // cervical
}

function nextVertebra(v: string): string | undefined {
  const n = Number(v.slice(1));
  if (v[0] === 'L') return n === 5 ? 'S1' : n < 5 ? `L${n + 1}` : undefined;
  if (v === 'T12') return 'L1';
  return undefined;
}

function expandRange(from: string, to: string): string[] | undefined {
  // "L3-L4" through "L5-S1": walk down one segment at a time.
  const out = [from];
  let current = from;
  for (let guard = 0; guard < 6 && current !== to; guard++) {
    const lowerEnd = current.split('-')[1];
    const below = nextVertebra(lowerEnd);
    if (!below) return undefined;
    current = `${lowerEnd}-${below}`;
    out.push(current);
  }
  return current === to ? out : undefined;
}

export function levelMentions(lower: string, from = 0, to = lower.length): LevelMention[] {
  const out: LevelMention[] = [];
  for (const m of scanRange(LEVEL_SCAN, lower, from, to)) {
    const region = dorsalAsThoracic(m[1]);
    const n = Number(m[2]);
    if (!vertebraOk(region, n)) continue;
    const end = m.index + m[0].length;
    const secondRegion = m[3] === undefined ? m[5] : dorsalAsThoracic(m[3]);
    const secondNumber = m[4] ?? m[6];
    if (secondNumber !== undefined) {
      const nonLumbar = region === 'c' || (region === 't' && n < 12);
      const segment = nonLumbar ? undefined : canonicalSegment(`${region}${n}-${secondRegion ?? ''}${secondNumber}`);
      if (!segment && !nonLumbar) continue;
      out.push({ index: m.index, end, segment, nonLumbar });
      continue;
    }
    if (region === 'c') {
      out.push({ index: m.index, end, nonLumbar: true });
      continue;
    }
    if (region === 't' && MRI_SEQUENCE_AFTER.test(lower.slice(end, end + 12))) continue;
    if (region === 's' && n !== 1) continue;
    out.push({ index: m.index, end, vertebra: `${region.toUpperCase()}${n}`, nonLumbar: region === 't' });
  }
  return combinePairs(lower, out);
}

/** "L5 on S1" -> one segment mention; "L3-4 through L5-S1" -> every segment between. */
function combinePairs(lower: string, mentions: LevelMention[]): LevelMention[] {
  const out: LevelMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (b && a.vertebra && b.vertebra && ON_BETWEEN.test(lower.slice(a.end, b.index))) {
      const segment = canonicalSegment(`${a.vertebra}-${b.vertebra}`);
      if (segment) {
        out.push({ index: a.index, end: b.end, segment, upper: a.vertebra, lower: b.vertebra, nonLumbar: false });
        i++;
        continue;
      }
    }
    if (b && a.segment && b.segment && RANGE_BETWEEN.test(lower.slice(a.end, b.index))) {
      const range = expandRange(a.segment, b.segment);
      if (range) {
        for (const segment of range) out.push({ index: a.index, end: b.end, segment, nonLumbar: false });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The vertebra below a vertebra: "L5" -> "S1". */
export { nextVertebra };

/**
 * The lumbar segments a finding in `window` is placed at: those named in its window; else the
 * nearest one named earlier in the sentence ("At L4-5 there is moderate central stenosis with
 * mild foraminal narrowing"); else the per-level paragraph it sits in.
 */
export function segmentsForWindow(
  lower: string,
  window: { index: number; end: number },
  sectionLevel: string | undefined,
  term?: { index: number; end: number },
): string[] {
  let own = levelMentions(lower, window.index, window.end).filter((l) => l.segment && !l.nonLumbar);
  if (own.length > 1 && term) {
    // "degeneration at L3-4 with spondylolisthesis, above the prior L4-5 laminectomy": keep the term's own clause.
    const clause = clauseAround(lower, term, window);
    const inClause = own.filter((l) => l.index >= clause.index && l.end <= clause.end);
    if (inClause.length > 0) own = inClause;
  }
  if (own.length > 0) {
    // "L3-L4, L4-L5 and L5-S1: bulges, compressing ...": the list goes on before the window.
    const earlier = levelMentions(lower, Math.max(0, own[0].index - 120), own[0].index).filter((l) => l.segment && !l.nonLumbar && l.end <= own[0].index);
    const listed = earlier.length ? listEndingAt(lower, [...earlier, own[0]]).slice(0, -1) : [];
    return [...new Set([...listed, ...own].map((l) => l.segment as string))];
  }
  const before = levelMentions(lower, 0, window.index).filter((l) => l.segment && !l.nonLumbar && l.end <= window.index);
  if (before.length > 0) return listEndingAt(lower, before).map((l) => l.segment as string);
  // "No central stenosis, but mild foraminal narrowing at L5-S1": the sentence's one level serves all.
  const after = new Set(levelMentions(lower, window.end).filter((l) => l.segment && !l.nonLumbar).map((l) => l.segment as string));
  if (after.size === 1) return [...after];
  return sectionLevel ? [sectionLevel] : [];
}

const LIST_JOINER = pattern('levels.listJoiner', '^[ \\t]*(?:,|&|/|and)[ \\t]*(?:and[ \\t]+)?$');

/** The last level and the ones listed with it before ("L2-L3, L3-L4 and L4-L5: ..."), in order, each once. */
function listEndingAt(lower: string, levels: LevelMention[]): LevelMention[] {
  let first = levels.length - 1;
  while (first > 0 && LIST_JOINER.test(lower.slice(levels[first - 1].end, levels[first].index))) first--;
  const seen = new Set<string>();
  return levels.slice(first).filter((l) => !seen.has(l.segment as string) && !!seen.add(l.segment as string));
}

/** The comma/semicolon-delimited clause of a window that holds the term. */
export function clauseAround(lower: string, term: { index: number; end: number }, window: { index: number; end: number }): { index: number; end: number } {
  let start = term.index;
  while (start > window.index && !isClauseBreak(lower, start - 1)) start--;
  let end = term.end;
  while (end < window.end && !isClauseBreak(lower, end)) end++;
  return { index: start, end };
}

function isClauseBreak(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  return c === 44 /* , */ || c === 59 /* ; */ || c === 40 /* ( */;
}
