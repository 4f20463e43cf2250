import { pattern } from '../patterns';

/**
 * A same-length lower-case copy of the note in which look-alike characters are
 * folded (Unicode dashes to "-", non-breaking and other odd spaces to " ", "µ" to "u"),
 * so that every offset into it is an offset into the original.
 */
const FOLD: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ', '\u3000': ' ', '\t': ' ',
  '\u00B5': 'u', '\u03BC': 'u',
  '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"',
  '\u2044': '/', '\u2215': '/', '\uFF0F': '/',
  '\u00D7': 'x',
  '\u0000': ' ',
};

const FOLDABLE = pattern('normalize.foldable', '[\\u2010-\\u2015\\u2212\\uFE63\\uFF0D\\u00A0\\u2007\\u202F\\u2009\\u200A\\u2002\\u2003\\u3000\\t\\u00B5\\u03BC\\u2018\\u2019\\u201C\\u201D\\u2044\\u2215\\uFF0F\\u00D7\\u0000]', 'g');
const foldChar = (ch: string) => FOLD[ch] ?? ch;

export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(FOLDABLE, foldChar);
  // Rare: a character whose lower case is longer ("İ"). Fold character by character, keeping the length.
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const folded = FOLD[ch];
    if (folded !== undefined) out[i] = folded;
    else {
      const low = ch.toLowerCase();
      out[i] = low.length === 1 ? low : ch;
    }
  }
  return out.join('');
}
