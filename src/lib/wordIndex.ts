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
export class WordIndex<T> {
  private readonly entries: Entry<T>[];
  /** for each node: the code unit leading to it, its children [firstChild, childEnd), and the entry it ends (-1: none) */
  private readonly label: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly childEnd: Int32Array;
  private readonly entryAt: Int32Array;
  /** a bit for each code unit some word starts with: most text starts none, and is passed over at once */
  private readonly firsts = new Int32Array(0x10000 >> 5);
  /** the node of each first code unit */
  private readonly firstNode = new Int32Array(0x10000);

  constructor(entries: Entry<T>[]) {
    // the sort is stable: of a word listed twice, the first entry comes first
    const sorted = entries.filter((e) => e.word).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    this.entries = sorted.filter((e, i) => i === 0 || e.word !== sorted[i - 1]!.word);
    // no more nodes than code units, and the root
    const bound = 1 + this.entries.reduce((n, e) => n + e.word.length, 0);
    this.label = new Uint16Array(bound);
    this.firstChild = new Int32Array(bound);
    this.childEnd = new Int32Array(bound);
    this.entryAt = new Int32Array(bound).fill(-1);
    this.numberNodes(bound);
    for (let node = this.firstChild[0]!; node < this.childEnd[0]!; node++) {
      const c = this.label[node]!;
      this.firsts[c >> 5] = this.firsts[c >> 5]! | (1 << (c & 31));
      this.firstNode[c] = node;
    }
  }

  /** Number the nodes breadth first from the root, 0: node n stands for the entries [lo[n], hi[n]) that start with its path of depth[n] code units. */
  private numberNodes(bound: number): void {
    const lo = new Int32Array(bound);
    const hi = new Int32Array(bound);
    const depth = new Int32Array(bound);
    hi[0] = this.entries.length;
    let count = 1;
    for (let n = 0; n < count; n++) {
      let i = lo[n]!;
      if (i < hi[n]! && this.entries[i]!.word.length === depth[n]) this.entryAt[n] = i++;
      this.firstChild[n] = count;
      while (i < hi[n]!) {
        const c = this.entries[i]!.word.charCodeAt(depth[n]!);
        let j = i + 1;
        while (j < hi[n]! && this.entries[j]!.word.charCodeAt(depth[n]!) === c) j++;
        this.label[count] = c;
        lo[count] = i;
        hi[count] = j;
        depth[count] = depth[n]! + 1;
        count++;
        i = j;
      }
      this.childEnd[n] = count;
    }
  }

  /** The longest word the text has at `at`. */
  longestAt(text: string, at: number): Entry<T> | undefined {
    if (at >= text.length) return undefined;
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
