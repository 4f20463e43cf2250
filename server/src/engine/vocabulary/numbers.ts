/** Numbers written as words, as they appear in durations and grades ("six weeks", "grade one"). */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, single: 1, two: 2, couple: 2, three: 3, few: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18,
  twenty: 20, thirty: 30, several: 3, half: 0.5,
};

export const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).sort((a, b) => b.length - a.length).join('|')})`;

export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
