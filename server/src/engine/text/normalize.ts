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

export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase();
  let ascii = lower.length === text.length;
  if (ascii) {
    for (let i = 0; i < lower.length; i++) {
      if (lower.charCodeAt(i) > 126 || lower.charCodeAt(i) === 9 || lower.charCodeAt(i) === 0) {
        ascii = false;
        break;
      }
    }
  }
  if (ascii) return lower;
  // Slow path: fold character by character, keeping the length.
  const out: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const folded = FOLD[ch];
    if (folded !== undefined) {
      out[i] = folded;
      continue;
    }
    const low = ch.toLowerCase();
    out[i] = low.length === 1 ? low : ch;
  }
  return out.join('');
}
