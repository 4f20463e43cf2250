import { pattern } from '../patterns';

/**
 * Vertebral levels and segments. Canonical forms: a vertebra "L5", a segment "L4-L5" / "L5-S1".
 */

/** Regex source for one vertebra, lumbar or adjacent ("l5", "s1", "t12"), on lower-cased text. */
export const VERTEBRA = '(?:l[1-6]|s1|t1[0-2])';
/** A segment "l4-5", "l4/l5", "l4-l5", "l4 - 5", "l5-s1", "l5s1". */
export const SEGMENT = `(?:l[1-6]\\s?[-/]\\s?(?:l?[1-6]|s1)|t1[0-2]\\s?[-/]\\s?l?1|l5s1|l[1-5]l[2-6])`;

const SPACES = pattern('levels.spaces', '\\s+', 'g');
const LUMBAR_NAME = pattern('levels.lumbarName', '^(?:L|S1|T12)');
const SEGMENT_PARTS = pattern('levels.segmentParts', '^([lts])(\\d{1,2})(?:\\s?[-/]\\s?)?([ls])?(\\d)$');

function vertebraName(region: string, n: number): string {
  return `${region.toUpperCase()}${n}`;
}

/** "l4-5" -> "L4-L5"; "l5/s1" -> "L5-S1"; returns undefined for impossible segments. */
export function canonicalSegment(raw: string): string | undefined {
  const m = SEGMENT_PARTS.exec(raw.toLowerCase().replace(SPACES, ''));
  if (!m) return undefined;
  const region = m[1];
  const upper = Number(m[2]);
  let lowerRegion = m[3];
  const lower = Number(m[4]);
  if (!lowerRegion) {
    // "L5-1" would be L5-S1 only if written so; "L4-5" means L4-L5.
    lowerRegion = region === 't' && lower === 1 ? 'l' : region;
  }
  if (lowerRegion === region && lower !== upper + 1) return undefined;
  if (region === 'l' && lowerRegion === 's' && !(lower === 1 && upper >= 5)) return undefined;
  if (region === 't' && lowerRegion === 'l' && !(upper === 12 && lower === 1)) return undefined;
  return `${vertebraName(region, upper)}-${vertebraName(lowerRegion, lower)}`;
}

/** "l5" -> "L5". */
export function canonicalVertebra(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The two vertebrae of a canonical segment: "L5-S1" -> ["L5", "S1"]. */
export function segmentEnds(segment: string): [string, string] {
  const [a, b] = segment.split('-');
  return [a, b];
}

/** The segment below a vertebra, for "L5 on S1" style phrases: "L5","S1" -> "L5-S1". */
export function segmentOf(upper: string, lower: string): string | undefined {
  return canonicalSegment(`${upper}-${lower}`);
}

/** True for lumbar/lumbosacral segments and vertebrae (the guideline's territory, T12-L1 down to S1). */
export function isLumbar(levelOrVertebra: string): boolean {
  return LUMBAR_NAME.test(levelOrVertebra);
}
