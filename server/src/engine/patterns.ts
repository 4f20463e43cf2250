/**
 * Every regular expression the engine uses is built here, so that one test can
 * run them all through a ReDoS checker. Build patterns at module load, never per call.
 */
export interface RegisteredPattern {
  id: string;
  regex: RegExp;
}

const registry: RegisteredPattern[] = [];

export function pattern(id: string, source: string, flags = ''): RegExp {
  const regex = new RegExp(source, flags);
  registry.push({ id, regex });
  return regex;
}

export function registeredPatterns(): readonly RegisteredPattern[] {
  return registry;
}

/** Joins phrase alternatives (already regex source) into a non-capturing group. */
export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** The gap between two words of a phrase when nothing else is said: a few spaces, tabs or hyphens. */
const WORD_GAP = '[ \\t-]{1,3}';

/**
 * Escapes a literal phrase and joins its words with `gap` (by default a few spaces or a hyphen).
 * The gap is bounded so that no alternation of phrases can backtrack super-linearly. With a gap of
 * its own, only spaces separate words: a hyphen inside a word ("self-care") stays literal.
 */
export function phraseSource(phrase: string, gap = WORD_GAP): string {
  return phrase
    .trim()
    .split(gap === WORD_GAP ? /[\s-]+/ : / +/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join(gap);
}

/** Any of the phrases, as regex source; longer phrases first, so that none loses to its own beginning. */
export function anyPhrase(phrases: readonly string[], gap = WORD_GAP): string {
  return anyOf([...phrases].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, gap)));
}
