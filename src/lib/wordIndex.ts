interface Entry<T> {
  word: string;
  value: T;
}

/**
 * The trie's nodes: the code unit leading to each, its children, and the entry it ends (-1: none).
 * Numbered breadth first, the children of a node end where the next node's begin: node n's are
 * [firstChild[n], firstChild[n + 1]), the one past the last node holding their count.
 */
interface Nodes {
  label: Uint16Array;
  firstChild: Int32Array;
  entryAt: Int32Array;
}

/**
 * The nodes and the root's child by code unit (0: none, the root being no one's child): one load
 * where bisecting the root's children, a thousand first characters in a gazetteer, takes ten.
 * The root's children are nodes 1 to n in a row, so a node number fits 16 bits.
 */
interface Trie extends Nodes {
  rootChild: Uint16Array;
}

function withRootChildren(nodes: Nodes): Trie {
  const rootChild = new Uint16Array(0x10000);
  for (let node = nodes.firstChild[0]!; node < nodes.firstChild[1]!; node++) rootChild[nodes.label[node]!] = node;
  return { ...nodes, rootChild };
}

/** Adds where a trie's words may start: their first code units, and pairs of their first two. */
function addStarts({ label, firstChild, entryAt }: Trie, starts: WordStarts): void {
  for (let node = firstChild[0]!; node < firstChild[1]!; node++) {
    const c = label[node]!;
    if (entryAt[node]! >= 0) starts.addWord(c);
    for (let next = firstChild[node]!; next < firstChild[node + 1]!; next++) starts.addStart(c, label[next]!);
  }
}

/** The bytes in an ArrayBuffer of their own, where typed arrays can be laid over them (aligned). */
const ownBuffer = (bytes: Buffer): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/**
 * Strings by number, written one after another: string n is text[ends[n - 1], ends[n]) (from 0
 * for the first), sliced when asked for. Stored as the text's UTF-16 code units, read back into
 * a string as they are: no decoding, and no string made for each until it is asked for.
 */
export class WordList {
  constructor(readonly text: string, readonly ends: Int32Array) {}

  static of(words: string[]): WordList {
    const ends = new Int32Array(words.length);
    let end = 0;
    for (let n = 0; n < words.length; n++) ends[n] = end += words[n]!.length;
    return new WordList(words.join(''), ends);
  }

  get count(): number {
    return this.ends.length;
  }

  at(n: number): string {
    return this.text.slice(n === 0 ? 0 : this.ends[n - 1]!, this.ends[n]!);
  }

  /** The count, the text's length, the ends, and the text. */
  toBytes(): Buffer {
    const head = Int32Array.of(this.ends.length, this.text.length);
    return Buffer.concat([head, this.ends].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)).concat(Buffer.from(this.text, 'utf16le')));
  }

  static fromBytes(bytes: Buffer): WordList {
    return WordList.read(ownBuffer(bytes), 0);
  }

  /** The list written at byte `at` (a multiple of 4) of a buffer. */
  static read(buffer: ArrayBuffer, at: number): WordList {
    const [count, length] = new Int32Array(buffer, at, 2) as unknown as [number, number];
    const ends = new Int32Array(buffer, at + 8, count);
    return new WordList(Buffer.from(buffer, at + 8 + 4 * count, 2 * length).toString('utf16le'), ends);
  }
}

/**
 * Words for finding the longest one a text has at an offset: a trie of code units, walked one
 * character of the text at a time, without slicing it. The nodes are numbered breadth first
 * from the words sorted by code unit, so that the children of a node are numbered in a row, in
 * the order of their code units, and are searched by bisection (the root's are looked up in a
 * table). A word listed twice keeps its first value.
 */
export class WordIndex<T> {
  private readonly trie: Trie;
  private readonly label: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly entryAt: Int32Array;
  private readonly rootChild: Uint16Array;
  /** the words by entry number */
  private readonly words: WordList;
  /**
   * The entries by number, each made when first found: an index read from bytes or mapped holds
   * tens of thousands of words, of which a run finds some hundreds.
   */
  private readonly made: (Entry<T> | undefined)[];
  private readonly valueAt: (entry: number) => T;
  private startsFound: WordStarts | undefined;

  /**
   * An index of these entries; or, with `trie`, of `words` (sorted, each once) over that trie,
   * each entry made when first found with the value `valueAt` gives it.
   */
  constructor(entries: Entry<T>[], trie?: Trie & { words: WordList; valueAt: (entry: number) => T }) {
    const sorted = trie ? [] : sortedOnce(entries);
    const nodes = trie ?? withRootChildren(numberNodes(sorted));
    this.trie = nodes;
    [this.label, this.firstChild, this.entryAt, this.rootChild] = [nodes.label, nodes.firstChild, nodes.entryAt, nodes.rootChild];
    this.words = trie ? trie.words : WordList.of(sorted.map((e) => e.word));
    this.made = trie ? new Array<Entry<T> | undefined>(trie.words.count) : sorted;
    this.valueAt = trie ? trie.valueAt : (entry) => sorted[entry]!.value;
  }

  /** Where a word may start: most offsets of a text start none, and are passed over at once. Found when first asked for: an index only looked up in never needs it. */
  get starts(): WordStarts {
    return (this.startsFound ??= WordIndex.startsOfAny([this]));
  }

  /** Where a word of any of these indexes may start: one table for all. */
  static startsOfAny(indexes: readonly WordIndex<unknown>[]): WordStarts {
    const starts = new WordStarts();
    for (const index of indexes) addStarts(index.trie, starts);
    return starts;
  }

  /** The same words with each value mapped when its entry is first found; the trie and its tables are shared, not built again. */
  map<U>(f: (value: T) => U): WordIndex<U> {
    return new WordIndex<U>([], { ...this.trie, words: this.words, valueAt: (entry) => f(this.entry(entry).value) });
  }

  /** The index as bytes, each value written as the whole number `codeOf` gives it: what a build stores for a fast start. */
  toBytes(codeOf: (value: T) => number): Buffer {
    const nodes = this.label.length;
    const head = Int32Array.of(nodes, this.words.count);
    const label = new Uint16Array(nodes + (nodes & 1)); // padded: the Int32 tables after it stay aligned
    label.set(this.label);
    const codes = Int32Array.from(this.words.ends, (_, entry) => codeOf(this.entry(entry).value));
    const tables = [head, label, this.firstChild, this.entryAt, codes].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    return Buffer.concat([...tables, this.words.toBytes()]);
  }

  /** An index read back from toBytes, each code turned into its value when its entry is first found. */
  static fromBytes<T>(bytes: Buffer, valueOf: (code: number) => T): WordIndex<T> {
    const buffer = ownBuffer(bytes);
    const [nodes, count] = new Int32Array(buffer, 0, 2) as unknown as [number, number];
    let at = 8;
    const take = <A>(make: (offset: number) => A, bytesTaken: number): A => { const a = make(at); at += bytesTaken; return a; };
    const label = take((o) => new Uint16Array(buffer, o, nodes), 2 * (nodes + (nodes & 1)));
    const [firstChild, entryAt, codes] = [nodes + 1, nodes, count].map((length) => take((o) => new Int32Array(buffer, o, length), 4 * length)) as [Int32Array, Int32Array, Int32Array];
    const words = WordList.read(buffer, at);
    return new WordIndex<T>([], { ...withRootChildren({ label, firstChild, entryAt }), words, valueAt: (entry) => valueOf(codes[entry]!) });
  }

  /** The entry numbered `entry`, made the first time it is asked for. */
  private entry(entry: number): Entry<T> {
    return this.made[entry] ?? this.make(entry);
  }

  /** Kept out of entry(): inlined into the lookups, the calls of valueAt (a value mapped, a code turned into a place) made their optimised code several times larger. */
  private make(entry: number): Entry<T> {
    return (this.made[entry] = { word: this.words.at(entry), value: this.valueAt(entry) });
  }

  /** The longest word the text has at `at`. */
  longestAt(text: string, at: number): Entry<T> | undefined {
    const end = text.length;
    if (at < 0 || at >= end) return undefined;
    let node = this.rootChild[text.charCodeAt(at)]!;
    if (node === 0) return undefined;
    let best = this.entryAt[node]!;
    for (let k = at + 1; k < end; k++) {
      node = this.child(node, text.charCodeAt(k));
      if (node < 0) break;
      if (this.entryAt[node]! >= 0) best = this.entryAt[node]!;
    }
    return best < 0 ? undefined : this.entry(best);
  }

  /** Every word the text has at `at`, the longest first. */
  allAt(text: string, at: number): Entry<T>[] {
    const found: Entry<T>[] = [];
    const end = text.length;
    if (at < 0 || at >= end) return found;
    for (let node = this.rootChild[text.charCodeAt(at)]! || -1, k = at + 1; node >= 0; node = k < end ? this.child(node, text.charCodeAt(k++)) : -1) {
      if (this.entryAt[node]! >= 0) found.unshift(this.entry(this.entryAt[node]!));
    }
    return found;
  }


  /** The entry of exactly this word. */
  get(word: string): Entry<T> | undefined {
    const e = word ? this.longestAt(word, 0) : undefined;
    return e && e.word.length === word.length ? e : undefined;
  }

  /**
   * The child of a node reached by code unit `c` (-1: none). The bisection moves its bound by
   * arithmetic, not a branch: which half a character of the text lies in is a coin toss, and a
   * mispredicted branch costs more than the arithmetic.
   */
  private child(node: number, c: number): number {
    const label = this.label;
    let lo = this.firstChild[node]!;
    let n = this.firstChild[node + 1]! - lo;
    if (n === 0) return -1;
    while (n > 1) {
      const half = n >> 1;
      lo += half & ~((c - label[lo + half]!) >> 31); // past the lower half where the label after it is c or below
      n -= half;
    }
    return label[lo] === c ? lo : -1;
  }
}

const PAIR_BITS = 1 << 16;
/** Two code units hashed to a bit of a table (past the end of the text the second is 0: at worst a false pass). */
const pairBit = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);

/** What a code unit tells of the words starting with it: none, some longer words (their next code unit decides), or a word of its own. */
const NONE = 0;
const LONGER = 1;
const ALONE = 2;

/**
 * Not 0 where a word may start with these two code units, 0 where none does: its pair's bit read whatever the
 * first's kind, and the two combined by arithmetic, not branches. In Chinese text a character
 * starts a place name about as often as not, and a branch on it is mispredicted as often.
 */
function startBit(firsts: Uint8Array, pairs: Int32Array, first: number, second: number): number {
  const kind = firsts[first]!;
  const n = pairBit(first, second);
  return (kind >> 1) | (kind & (pairs[n >> 5]! >>> (n & 31))); // ALONE, or LONGER with the pair's bit
}

/**
 * Where words may start, by their first code unit and the one after it: a byte for each code unit
 * (NONE, LONGER or ALONE: a word of its own, which starts whatever follows), and a bit for each
 * pair of first two code units (hashed). Never wrong where a word starts; most other offsets are
 * turned down at the first or second. Code units are read by charCodeAt in range only, and past
 * the end taken as 0, so that they stay small integers.
 */
export class WordStarts {
  private readonly firsts = new Uint8Array(0x10000);
  private readonly pairs = new Int32Array(PAIR_BITS >> 5);

  /** A word of one code unit. */
  addWord(c: number): void {
    this.firsts[c] = ALONE;
  }

  /** A word starting with these two code units. */
  addStart(first: number, second: number): void {
    if (this.firsts[first] === NONE) this.firsts[first] = LONGER;
    const n = pairBit(first, second);
    this.pairs[n >> 5] = this.pairs[n >> 5]! | (1 << (n & 31));
  }

  /** Whether some word may start at `at`. */
  mayStartAt(text: string, at: number): boolean {
    return startBit(this.firsts, this.pairs, text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : 0) !== 0;
  }

  /** The first offset from `from` on where some word may start (the text's length: none), each character read once. */
  nextStart(text: string, from: number): number {
    const { firsts, pairs } = this;
    const last = text.length - 1;
    if (from > last) return text.length;
    let next = text.charCodeAt(from);
    for (let at = from; at < last; at++) {
      const first = next;
      next = text.charCodeAt(at + 1);
      if (startBit(firsts, pairs, first, next) !== 0) return at;
    }
    return startBit(firsts, pairs, next, 0) !== 0 ? last : text.length;
  }
}

/** The entries sorted by code unit, each word once: of a word listed twice, the first entry (the sort is stable). */
function sortedOnce<T>(entries: Entry<T>[]): Entry<T>[] {
  const sorted = entries.filter((e) => e.word).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return sorted.filter((e, i) => i === 0 || e.word !== sorted[i - 1]!.word);
}

/** The trie of sorted words, nodes numbered breadth first from the root, 0: node n stands for the entries [lo[n], hi[n]) that start with its path of depth[n] code units. */
function numberNodes<T>(entries: Entry<T>[]): Nodes {
  // no more nodes than code units, and the root
  const bound = 1 + entries.reduce((n, e) => n + e.word.length, 0);
  const [lo, hi, depth] = [new Int32Array(bound), new Int32Array(bound), new Int32Array(bound)];
  const label = new Uint16Array(bound);
  const firstChild = new Int32Array(bound + 1);
  const entryAt = new Int32Array(bound).fill(-1);
  hi[0] = entries.length;
  let count = 1;
  for (let n = 0; n < count; n++) {
    let i = lo[n]!;
    if (i < hi[n]! && entries[i]!.word.length === depth[n]) entryAt[n] = i++;
    firstChild[n] = count; // where node n - 1's children end
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
  }
  firstChild[count] = count; // the end of the last node's children
  return { label: label.subarray(0, count), firstChild: firstChild.subarray(0, count + 1), entryAt: entryAt.subarray(0, count) };
}
