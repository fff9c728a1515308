/** A text rewritten from an input text: from[i] is the input offset of char i; from[length] is the input's length. */
export interface Rewrite {
  text: string;
  from: Int32Array;
}

/** Builds a rewrite char by char, each char remembering the input offset it came from. */
export class RewriteBuilder {
  private readonly chars: string[] = [];
  private readonly from: number[] = [];

  /** Append `s` (one code point or more) as coming from input offset `at`. */
  put(s: string, at: number): void {
    for (let k = 0; k < s.length; k++) { this.chars.push(s[k]!); this.from.push(at); }
  }

  /** Append input chars [start, end) unchanged. */
  keep(input: string, start: number, end: number): void {
    for (let k = start; k < end; k++) { this.chars.push(input[k]!); this.from.push(k); }
  }

  last(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  beforeLast(): string | undefined {
    return this.chars[this.chars.length - 2];
  }

  get length(): number {
    return this.chars.length;
  }

  done(inputLength: number): Rewrite {
    return { text: this.chars.join(''), from: Int32Array.from([...this.from, inputLength]) };
  }
}

/** Offsets of `outer` (a rewrite of `inner`'s text) as offsets into `inner`'s input. */
export function compose(inner: Int32Array, outer: Int32Array): Int32Array {
  return outer.map((at) => inner[at]!);
}
