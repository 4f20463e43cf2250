/**
 * Which extractors a sentence may interest, in one pass over its characters.
 *
 * Each extractor names the word stems that must occur before it is worth running ("stenos",
 * "narrow", "gabape"...). Testing one regex per extractor per sentence cost more than all the
 * extractors together; instead every stem of every extractor goes into one character trie, walked
 * from each position of the sentence, and the sentence gets a bit mask of the extractors whose
 * stems occur. No allocation, no backtracking: the cost is a few array reads per character.
 */
export interface StemAnchor {
  /** Stems that must start a word: the character before is not a letter a-z. */
  wordStarts?: readonly string[];
  /** Stems that may occur anywhere, inside a word too ("listhesis" in "spondylolisthesis"). */
  substrings?: readonly string[];
}

interface TrieNode {
  /** Children by character code (stems are ASCII). */
  next: Array<TrieNode | undefined>;
  /** Bits of the anchors with a stem ending here. */
  mask: number;
}

const MAX_ANCHORS = 31;

function newNode(): TrieNode {
  return { next: [], mask: 0 };
}

function insert(root: TrieNode, stem: string, bit: number): void {
  if (stem.length === 0) throw new Error('An anchor stem must not be empty.');
  let node = root;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) throw new Error(`Anchor stems are lower-case ASCII: "${stem}".`);
    node = node.next[c] ??= newNode();
  }
  node.mask |= bit;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The bits of every stem that starts at `i` in lower[i, to), walking `root`. */
function walk(root: TrieNode, lower: string, i: number, to: number): number {
  let mask = 0;
  let node: TrieNode | undefined = root;
  for (let j = i; j < to; j++) {
    const c = lower.charCodeAt(j);
    if (c >= 128) break;
    node = node.next[c];
    if (node === undefined) break;
    mask |= node.mask;
  }
  return mask;
}

export class StemScanner {
  private readonly wordRoot = newNode();
  private readonly anyRoot = newNode();

  /** Anchor i sets bit (1 << i) of a sentence's mask. */
  constructor(anchors: readonly StemAnchor[]) {
    if (anchors.length > MAX_ANCHORS) throw new Error(`At most ${MAX_ANCHORS} stem anchors.`);
    anchors.forEach((anchor, i) => {
      for (const stem of anchor.wordStarts ?? []) insert(this.wordRoot, stem, 1 << i);
      for (const stem of anchor.substrings ?? []) insert(this.anyRoot, stem, 1 << i);
    });
  }

  /** Bit mask of the anchors with a stem in lower[from, to); position `from` counts as a word start. */
  maskOf(lower: string, from: number, to: number): number {
    let mask = 0;
    let afterLetter = false;
    for (let i = from; i < to; i++) {
      const c = lower.charCodeAt(i);
      if (c < 128) {
        if (this.anyRoot.next[c] !== undefined) mask |= walk(this.anyRoot, lower, i, to);
        if (!afterLetter && this.wordRoot.next[c] !== undefined) mask |= walk(this.wordRoot, lower, i, to);
      }
      afterLetter = isLetter(c);
    }
    return mask;
  }
}
