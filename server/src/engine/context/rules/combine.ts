/** Every "first second" phrase: the rule files spell a family of phrases once ("was" x "not seen"). */
export function combine(firsts: readonly string[], seconds: readonly string[]): string[] {
  return firsts.flatMap((a) => seconds.map((b) => `${a} ${b}`));
}

export const COPULAS = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been'] as const;
