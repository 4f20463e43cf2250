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

/**
 * Escapes a literal phrase and lets the gap between its words be a few spaces or a hyphen.
 * The gap is bounded so that no alternation of phrases can backtrack super-linearly.
 */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[ \\t-]{1,3}');
}
