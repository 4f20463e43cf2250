/**
 * Offsets in three units: UTF-16 code units (the engine, the editor, the sidecar), Unicode code
 * points (brat) and UTF-8 bytes (BioC). One map per text, built in one pass over it; each
 * conversion is a binary search over the text's non-ASCII characters, so converting every finding
 * of a long note stays linear.
 */

/** Converts offsets between UTF-16 units and another unit that differs only at non-ASCII characters. */
export class OffsetMap {
  /** UTF-16 index of each unit where the other unit's count differs from one. */
  private readonly at: number[] = [];
  /** The running difference (other minus UTF-16) just after each such unit. */
  private readonly shift: number[] = [];

  private constructor(
    private readonly length: number,
    /** Does a UTF-16 offset fall inside a character (between the halves of a surrogate pair)? */
    private readonly splits: (offset: number) => boolean,
  ) {}

  /** UTF-16 units to Unicode code points (brat): a surrogate pair counts one. */
  static codePoints(text: string): OffsetMap {
    const map = new OffsetMap(text.length, (o) => isPairAt(text, o - 1));
    let shift = 0;
    for (let i = 0; i < text.length; i++) {
      if (isPairAt(text, i)) {
        shift -= 1;
        map.push(i, shift);
        i++;
      }
    }
    return map;
  }

  /** UTF-16 units to UTF-8 bytes (BioC), as Buffer.from(text, 'utf8') encodes (a lone surrogate is U+FFFD, 3 bytes). */
  static utf8(text: string): OffsetMap {
    const map = new OffsetMap(text.length, (o) => isPairAt(text, o - 1));
    let shift = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) continue;
      if (isPairAt(text, i)) {
        shift += 2; // 4 bytes for 2 units
        map.push(i, shift);
        i++;
        continue;
      }
      shift += c < 0x800 ? 1 : 2;
      map.push(i, shift);
    }
    return map;
  }

  private push(at: number, shift: number): void {
    this.at.push(at);
    this.shift.push(shift);
  }

  /** How many recorded units lie before offset `o`. */
  private countBefore(o: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A UTF-16 offset (0..length, not inside a surrogate pair) in the other unit. */
  fromUtf16(o: number): number {
    const n = this.countBefore(o);
    return o + (n === 0 ? 0 : this.shift[n - 1]);
  }

  /** The other unit's total for the whole text. */
  get total(): number {
    return this.fromUtf16(this.length);
  }

  /** An offset in the other unit back to UTF-16; undefined when it is beyond the text or inside a character. */
  toUtf16(target: number): number | undefined {
    if (!Number.isInteger(target) || target < 0) return undefined;
    // fromUtf16 is non-decreasing in o: find the first o whose value reaches target.
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.fromUtf16(mid) < target) lo = mid + 1;
      else hi = mid;
    }
    if (lo > this.length || this.fromUtf16(lo) !== target || this.splits(lo)) return undefined;
    return lo;
  }
}

function isPairAt(text: string, i: number): boolean {
  if (i < 0 || i + 1 >= text.length) return false;
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
