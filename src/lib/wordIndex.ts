export interface Entry<T> {
  word: string;
  value: T;
}

/**
 * Words for finding the longest one a text has at an offset: a trie of code units, walked one
 * character of the text at a time, without slicing it. The nodes are numbered breadth first
 * from the words sorted by code unit, so that the children of a node are numbered in a row, in
 * the order of their code units, and are searched by bisection. A word listed twice keeps its
 * first value.
 */
/** The trie's nodes: the code unit leading to each, its children [firstChild, childEnd), and the entry it ends (-1: none). */
interface Trie {
  label: Uint16Array;
  firstChild: Int32Array;
  childEnd: Int32Array;
  entryAt: Int32Array;
}

export class WordIndex<T> {
  private readonly entries: Entry<T>[];
  private readonly label: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly childEnd: Int32Array;
  private readonly entryAt: Int32Array;
  /** a bit for each code unit some word starts with: most text starts none, and is passed over at once */
  private readonly firsts = new Int32Array(0x10000 >> 5);
  /** the node of each first code unit */
  private readonly firstNode = new Int32Array(0x10000);

  /** An index of these words; with `trie`, the entries are already sorted, each word once, and the trie is theirs. */
  constructor(entries: Entry<T>[], trie?: Trie) {
    this.entries = trie ? entries : sortedOnce(entries);
    const { label, firstChild, childEnd, entryAt } = trie ?? numberNodes(this.entries);
    [this.label, this.firstChild, this.childEnd, this.entryAt] = [label, firstChild, childEnd, entryAt];
    for (let node = this.firstChild[0]!; node < this.childEnd[0]!; node++) {
      const c = this.label[node]!;
      this.firsts[c >> 5] = this.firsts[c >> 5]! | (1 << (c & 31));
      this.firstNode[c] = node;
    }
  }

  /** The same words with each value mapped; the trie is shared, not built again. */
  map<U>(f: (value: T) => U): WordIndex<U> {
    const { label, firstChild, childEnd, entryAt } = this;
    return new WordIndex(this.entries.map((e) => ({ word: e.word, value: f(e.value) })), { label, firstChild, childEnd, entryAt });
  }

  /** The index as bytes, each value written as the whole number `codeOf` gives it: what a build stores for a fast start. */
  toBytes(codeOf: (value: T) => number): Buffer {
    const nodes = this.label.length;
    const words = Buffer.from(this.entries.map((e) => e.word).join('\n'));
    const head = Int32Array.of(nodes, this.entries.length, words.length);
    const label = new Uint16Array(nodes + (nodes & 1)); // padded: the Int32 tables after it stay aligned
    label.set(this.label);
    const codes = Int32Array.from(this.entries, (e) => codeOf(e.value));
    return Buffer.concat([head, label, this.firstChild, this.childEnd, this.entryAt, codes].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)).concat(words));
  }

  /** An index read back from toBytes, each code turned into its value. */
  static fromBytes<T>(bytes: Buffer, valueOf: (code: number) => T): WordIndex<T> {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength); // aligned for the typed arrays
    const [nodes, count, wordBytes] = new Int32Array(buffer, 0, 3) as unknown as [number, number, number];
    let at = 12;
    const take = <A>(make: (offset: number) => A, bytesTaken: number): A => { const a = make(at); at += bytesTaken; return a; };
    const label = take((o) => new Uint16Array(buffer, o, nodes), 2 * (nodes + (nodes & 1)));
    const [firstChild, childEnd, entryAt, codes] = [0, 1, 2, 3].map((k) => take((o) => new Int32Array(buffer, o, k < 3 ? nodes : count), 4 * (k < 3 ? nodes : count))) as [Int32Array, Int32Array, Int32Array, Int32Array];
    const words = Buffer.from(buffer, at, wordBytes).toString().split('\n');
    return new WordIndex(words.map((word, i) => ({ word, value: valueOf(codes[i]!) })), { label, firstChild, childEnd, entryAt });
  }

  /** The longest word the text has at `at`. */
  longestAt(text: string, at: number): Entry<T> | undefined {
    if (at < 0 || at >= text.length) return undefined;
    const first = text.charCodeAt(at);
    if (!(this.firsts[first >> 5]! & (1 << (first & 31)))) return undefined;
    let node = this.firstNode[first]!;
    let best = this.entryAt[node]!;
    for (let k = at + 1; k < text.length; k++) {
      node = this.child(node, text.charCodeAt(k));
      if (node < 0) break;
      if (this.entryAt[node]! >= 0) best = this.entryAt[node]!;
    }
    return best < 0 ? undefined : this.entries[best];
  }

  /** Every word the text has at `at`, the longest first. */
  allAt(text: string, at: number): Entry<T>[] {
    const found: Entry<T>[] = [];
    if (at < 0 || at >= text.length) return found;
    for (let node = this.child(0, text.charCodeAt(at)), k = at + 1; node >= 0; node = k < text.length ? this.child(node, text.charCodeAt(k++)) : -1) {
      if (this.entryAt[node]! >= 0) found.unshift(this.entries[this.entryAt[node]!]!);
    }
    return found;
  }

  /** The characters words start with. */
  firstChars(): string[] {
    return [...this.label.subarray(this.firstChild[0]!, this.childEnd[0]!)].map((c) => String.fromCharCode(c));
  }

  /** The entry of exactly this word. */
  get(word: string): Entry<T> | undefined {
    const e = word ? this.longestAt(word, 0) : undefined;
    return e && e.word.length === word.length ? e : undefined;
  }

  /** The child of a node reached by code unit `c` (-1: none). */
  private child(node: number, c: number): number {
    let lo = this.firstChild[node]!;
    let hi = this.childEnd[node]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.label[mid]! < c) lo = mid + 1; else hi = mid;
    }
    return lo < this.childEnd[node]! && this.label[lo] === c ? lo : -1;
  }
}

/** The entries sorted by code unit, each word once: of a word listed twice, the first entry (the sort is stable). */
function sortedOnce<T>(entries: Entry<T>[]): Entry<T>[] {
  const sorted = entries.filter((e) => e.word).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return sorted.filter((e, i) => i === 0 || e.word !== sorted[i - 1]!.word);
}

/** The trie of sorted words, nodes numbered breadth first from the root, 0: node n stands for the entries [lo[n], hi[n]) that start with its path of depth[n] code units. */
function numberNodes<T>(entries: Entry<T>[]): Trie {
  // no more nodes than code units, and the root
  const bound = 1 + entries.reduce((n, e) => n + e.word.length, 0);
  const [lo, hi, depth] = [new Int32Array(bound), new Int32Array(bound), new Int32Array(bound)];
  const label = new Uint16Array(bound);
  const firstChild = new Int32Array(bound);
  const childEnd = new Int32Array(bound);
  const entryAt = new Int32Array(bound).fill(-1);
  hi[0] = entries.length;
  let count = 1;
  for (let n = 0; n < count; n++) {
    let i = lo[n]!;
    if (i < hi[n]! && entries[i]!.word.length === depth[n]) entryAt[n] = i++;
    firstChild[n] = count;
    while (i < hi[n]!) {
      const c = entries[i]!.word.charCodeAt(depth[n]!);
      let j = i + 1;
      while (j < hi[n]! && entries[j]!.word.charCodeAt(depth[n]!) === c) j++;
      label[count] = c;
      lo[count] = i;
      hi[count] = j;
      depth[count] = depth[n]! + 1;
      count++;
      i = j;
    }
    childEnd[n] = count;
  }
  return { label: label.subarray(0, count), firstChild: firstChild.subarray(0, count), childEnd: childEnd.subarray(0, count), entryAt: entryAt.subarray(0, count) };
}
