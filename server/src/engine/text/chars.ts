/** Character tests by code unit, for the scanning loops that avoid regexes and copies. */

/** JavaScript's white space and line terminators: what \s and trim() mean. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** a-z (the folded lower-case text has no A-Z). */
export function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
