export interface Entry<T> {
  word: string;
  value: T;
}

/**
 * Words for finding the longest one a text has at an offset, in one pass over its characters
 * and without slicing it. Sorted by code unit, the words that share a prefix lie together, so
 * each further character narrows the range by binary search; a word equal to the prefix sorts
 * first in its range. The code units of all words lie in one array, close together for the
 * search. A word listed twice keeps its first value.
 */
export class WordIndex<T> {
  private readonly entries: Entry<T>[];
  /** the code units of entry i: codes[starts[i], starts[i + 1]) */
  private readonly codes: Uint16Array;
  private readonly starts: Int32Array;
  /** a bit for each code unit some word starts with: most text starts none, and is passed over at once */
  private readonly firsts = new Int32Array(0x10000 >> 5);
  /** the range of the entries starting with each code unit c: [ranges[2c], ranges[2c + 1]) */
  private readonly ranges = new Int32Array(2 * 0x10000);

  constructor(entries: Entry<T>[]) {
    // the sort is stable: of a word listed twice, the first entry comes first
    const sorted = entries.filter((e) => e.word).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    this.entries = sorted.filter((e, i) => i === 0 || e.word !== sorted[i - 1]!.word);
    this.starts = new Int32Array(this.entries.length + 1);
    this.entries.forEach((e, i) => { this.starts[i + 1] = this.starts[i]! + e.word.length; });
    this.codes = new Uint16Array(this.starts[this.entries.length]!);
    this.entries.forEach(({ word }, i) => {
      for (let k = 0; k < word.length; k++) this.codes[this.starts[i]! + k] = word.charCodeAt(k);
      const c = word.charCodeAt(0);
      this.firsts[c >> 5] = this.firsts[c >> 5]! | (1 << (c & 31));
      if (this.ranges[2 * c + 1] === 0) this.ranges[2 * c] = i;
      this.ranges[2 * c + 1] = i + 1;
    });
  }

  /** The longest word the text has at `at`. */
  longestAt(text: string, at: number): Entry<T> | undefined {
    if (at >= text.length) return undefined;
    const first = text.charCodeAt(at);
    if (!(this.firsts[first >> 5]! & (1 << (first & 31)))) return undefined;
    let lo = this.ranges[2 * first]!;
    let hi = this.ranges[2 * first + 1]!;
    let best = -1;
    for (let k = 1; lo < hi; k++) {
      // entries[lo, hi) all start with text[at, at + k)
      if (this.starts[lo + 1]! - this.starts[lo]! === k) best = lo++;
      if (at + k >= text.length) break;
      const c = text.charCodeAt(at + k);
      lo = this.firstFrom(lo, hi, k, c);
      hi = this.firstFrom(lo, hi, k, c + 1);
    }
    return best < 0 ? undefined : this.entries[best];
  }

  /** The entry of exactly this word. */
  get(word: string): Entry<T> | undefined {
    const e = word ? this.longestAt(word, 0) : undefined;
    return e && e.word.length === word.length ? e : undefined;
  }

  /** The first entry in [lo, hi) whose code unit at `k` is `c` or above. */
  private firstFrom(lo: number, hi: number, k: number, c: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.codes[this.starts[mid]! + k]! < c) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
}
