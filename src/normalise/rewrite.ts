/** A text rewritten from an input text: from[i] is the input offset of char i; from[length] is the input's length. */
export interface Rewrite {
  text: string;
  from: Int32Array;
}

/** Builds a rewrite piece by piece, each char remembering the input offset it came from. */
export class RewriteBuilder {
  private readonly parts: string[] = [];
  private from: Int32Array;
  length = 0;

  constructor(inputLength: number) {
    this.from = new Int32Array(inputLength + 1);
  }

  private room(n: number): void {
    if (this.length + n + 1 <= this.from.length) return;
    const grown = new Int32Array(Math.max(this.from.length * 2, this.length + n + 1));
    grown.set(this.from);
    this.from = grown;
  }

  /** Append `s` (one code point or more) as coming from input offset `at`. */
  put(s: string, at: number): void {
    this.room(s.length);
    this.from.fill(at, this.length, this.length + s.length);
    this.length += s.length;
    this.parts.push(s);
  }

  /** Append input chars [start, end) unchanged. */
  keep(input: string, start: number, end: number): void {
    if (end <= start) return;
    this.room(end - start);
    // the offsets and the count held in locals through the loop over each char, not read from the builder at each
    const from = this.from;
    let length = this.length;
    for (let k = start; k < end; k++) from[length++] = k;
    this.length = length;
    this.parts.push(input.slice(start, end));
  }

  /** The code of the char written `back` places from the end (1: the last; NaN: none), read from the parts when a rule asks. */
  codeBack(back: number): number {
    for (let k = this.parts.length - 1; k >= 0; k--) {
      const part = this.parts[k]!;
      if (back <= part.length) return part.charCodeAt(part.length - back);
      back -= part.length;
    }
    return NaN;
  }

  /** The rewrite; its offsets are a view of the builder's, not a copy, so the builder takes nothing more. */
  done(inputLength: number): Rewrite {
    this.room(0);
    this.from[this.length] = inputLength;
    return { text: this.parts.join(''), from: this.from.subarray(0, this.length + 1) };
  }
}

/** Offsets of `outer` (a rewrite of `inner`'s text) as offsets into `inner`'s input. */
export function compose(inner: Int32Array, outer: Int32Array): Int32Array {
  const composed = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) composed[i] = inner[outer[i]!]!;
  return composed;
}
