/**
 * Which extractors a sentence may interest, in one pass over its characters.
 *
 * Each extractor names the word stems that must occur before it is worth running ("stenos",
 * "narrow", "gabape"...). Testing one regex per extractor per sentence cost more than all the
 * extractors together. Instead the word-start stems of every extractor go into one character trie,
 * walked from each word start, and the substrings into one Aho-Corasick automaton, stepped once per
 * character; the sentence gets a bit mask of the extractors whose stems occur. No allocation, no
 * backtracking: a few typed-array reads per character.
 */
export interface StemAnchor {
  /**
   * Stems that must start a word: the character before is not a letter a-z. A space (or a hyphen) in
   * a stem is a word gap, as in the vocabulary tables: one to three spaces or hyphens ("home exerci"
   * wakes on "home-exercise" too).
   */
  wordStarts?: readonly string[];
  /** Stems that may occur anywhere, inside a word too ("listhesis" in "spondylolisthesis"); no gaps. */
  substrings?: readonly string[];
}

const SPACE = 32;
const HYPHEN = 45;
/** The longest run of spaces or hyphens one word gap of a stem stands for (as in the vocabulary's phrase tables). */
const MAX_GAP = 3;

function isGap(c: number): boolean {
  return c === SPACE || c === HYPHEN;
}

const MAX_ANCHORS = 31;

/**
 * Two character tries (word-start stems, substrings) in flat typed arrays: node n's children are
 * the edges firstEdge[n] .. firstEdge[n + 1], each a character class and a node (node 0, "no node",
 * is never a child). Most nodes have one child or two: a table of every node by every class was
 * megabytes, mostly zeros, read a cache miss at a time between the extractors' work.
 */
class Trie {
  /** Character code (< 128) -> class 1..k; 0 for characters no stem contains. Space and hyphen share the gap class. */
  readonly classOf = new Uint8Array(128);
  width = 1;
  gap = 0;
  firstEdge: Int32Array = new Int32Array(1);
  edgeClass: Uint8Array = new Uint8Array(0);
  edgeNode: Int32Array = new Int32Array(0);
  mask: Int32Array = new Int32Array(0);

  static build(roots: ReadonlyArray<ReadonlyArray<readonly [string, number]>>): { trie: Trie; roots: number[] } {
    const trie = new Trie();
    trie.gap = trie.width++;
    trie.classOf[SPACE] = trie.gap;
    trie.classOf[HYPHEN] = trie.gap;
    for (const stems of roots) {
      for (const [stem] of stems) {
        if (stem.length === 0) throw new Error('An anchor stem must not be empty.');
        for (let i = 0; i < stem.length; i++) {
          const c = stem.charCodeAt(i);
          if (c >= 128 || (c >= 65 && c <= 90)) throw new Error(`Anchor stems are lower-case ASCII: "${stem}".`);
          if (isGap(c) && (i === 0 || i === stem.length - 1 || isGap(stem.charCodeAt(i - 1)))) {
            throw new Error(`A gap in an anchor stem is one space between two words: "${stem}".`);
          }
          if (trie.classOf[c] === 0) trie.classOf[c] = trie.width++;
        }
      }
    }
    const children: number[][] = [];
    const masks: number[] = [];
    const newNode = () => {
      children.push(new Array<number>(trie.width).fill(0));
      masks.push(0);
      return children.length - 1;
    };
    newNode(); // node 0: "no node"
    const rootIds = roots.map((stems) => {
      const root = newNode();
      for (const [stem, bit] of stems) {
        let node = root;
        for (let i = 0; i < stem.length; i++) {
          const k = trie.classOf[stem.charCodeAt(i)];
          node = children[node][k] || (children[node][k] = newNode());
        }
        masks[node] |= bit;
      }
      return root;
    });
    const edges = children.map((row) => row.flatMap((node, k) => (node === 0 ? [] : [[k, node] as const])));
    trie.firstEdge = new Int32Array(edges.length + 1);
    edges.forEach((row, n) => (trie.firstEdge[n + 1] = trie.firstEdge[n] + row.length));
    trie.edgeClass = Uint8Array.from(edges.flat(), ([k]) => k);
    trie.edgeNode = Int32Array.from(edges.flat(), ([, node]) => node);
    trie.mask = Int32Array.from(masks);
    return { trie, roots: rootIds };
  }

  /** The child of `node` by character class `k`, 0 for none. */
  child(node: number, k: number): number {
    const { firstEdge, edgeClass } = this;
    for (let e = firstEdge[node], end = firstEdge[node + 1]; e < end; e++) if (edgeClass[e] === k) return this.edgeNode[e];
    return 0;
  }

  /** A node's children as one dense row by class: for the root, which every word start steps from. */
  row(node: number): Int32Array {
    return Int32Array.from({ length: this.width }, (_, k) => this.child(node, k));
  }

  /**
   * The bits of every stem that goes on from `node` (reached by lower[.., i)) through lower[i, to),
   * `node`'s own included.
   */
  walkFrom(node: number, lower: string, i: number, to: number): number {
    const { classOf, mask: masks, gap } = this;
    let mask = masks[node];
    for (let j = i; j < to; j++) {
      const c = lower.charCodeAt(j);
      if (c >= 128) break;
      const k = classOf[c];
      node = this.child(node, k);
      if (node === 0) break;
      mask |= masks[node];
      // One gap of a stem takes the whole run of spaces and hyphens, up to MAX_GAP of them.
      if (k === gap) for (let run = 1; run < MAX_GAP && j + 1 < to && isGap(lower.charCodeAt(j + 1)); run++) j++;
    }
    return mask;
  }
}

/**
 * The substrings as an Aho-Corasick automaton, made a full DFA: one table read per character
 * wherever the substrings occur, instead of a trie walk from every position.
 */
class SubstringAutomaton {
  readonly classOf: Uint8Array;
  readonly width: number;
  readonly delta: Int32Array;
  /** Bits of every substring that ends at the state (its own and its suffixes'). */
  readonly output: Int32Array;

  constructor(trie: Trie, root: number) {
    this.classOf = trie.classOf;
    this.width = trie.width;
    const w = trie.width;
    // Renumber the trie's nodes under `root` breadth-first: state 0 is the root.
    const order = [root];
    const stateOf = new Map<number, number>([[root, 0]]);
    const parent: Array<[number, number]> = [[-1, 0]];
    for (let q = 0; q < order.length; q++) {
      for (let k = 1; k < w; k++) {
        const child = trie.child(order[q], k);
        if (child !== 0) {
          stateOf.set(child, order.length);
          parent.push([q, k]);
          order.push(child);
        }
      }
    }
    const n = order.length;
    this.delta = new Int32Array(n * w);
    this.output = new Int32Array(n);
    const fail = new Int32Array(n);
    // Breadth-first order: a state's failure state and its transitions are known before its children's.
    for (let s = 0; s < n; s++) {
      this.output[s] = trie.mask[order[s]];
      if (s > 0) {
        const [p, k] = parent[s];
        fail[s] = p === 0 ? 0 : this.delta[fail[p] * w + k];
        this.output[s] |= this.output[fail[s]];
      }
      for (let k = 1; k < w; k++) {
        const child = trie.child(order[s], k);
        this.delta[s * w + k] = child !== 0 ? (stateOf.get(child) as number) : s === 0 ? 0 : this.delta[fail[s] * w + k];
      }
    }
  }
}

export class StemScanner {
  private readonly trie: Trie;
  /** The word-start root's children by class: every word start steps from it. */
  private readonly wordRootRow: Int32Array;
  private readonly substrings: SubstringAutomaton;

  /** Anchor i sets bit (1 << i) of a sentence's mask. */
  constructor(anchors: readonly StemAnchor[]) {
    if (anchors.length > MAX_ANCHORS) throw new Error(`At most ${MAX_ANCHORS} stem anchors.`);
    const stems = (pick: (a: StemAnchor) => readonly string[] | undefined) =>
      anchors.flatMap((anchor, i) => (pick(anchor) ?? []).map((stem) => [stem, 1 << i] as const));
    const substrings = stems((a) => a.substrings);
    for (const [stem] of substrings) {
      if ([...stem].some((ch) => isGap(ch.charCodeAt(0)))) throw new Error(`A substring stem has no gaps: "${stem}".`);
    }
    const { trie, roots } = Trie.build([stems((a) => a.wordStarts), substrings]);
    this.trie = trie;
    this.wordRootRow = trie.row(roots[0]);
    this.substrings = new SubstringAutomaton(trie, roots[1]);
  }

  /** Bit mask of the anchors with a stem in lower[from, to); position `from` counts as a word start. */
  maskOf(lower: string, from: number, to: number): number {
    const { trie, wordRootRow } = this;
    const { classOf, width } = trie;
    const { delta, output } = this.substrings;
    let mask = 0;
    let state = 0;
    let afterLetter = false;
    for (let i = from; i < to; i++) {
      const c = lower.charCodeAt(i);
      const k = c < 128 ? classOf[c] : 0;
      state = delta[state * width + k];
      mask |= output[state];
      if (k !== 0 && !afterLetter) {
        const first = wordRootRow[k];
        if (first !== 0) mask |= trie.walkFrom(first, lower, i + 1, to);
      }
      afterLetter = c >= 97 && c <= 122;
    }
    return mask;
  }
}
