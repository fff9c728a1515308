/**
 * jieba's cut and part-of-speech tagging (cppjieba's MixSegment and PosTagger) in TypeScript:
 * the likeliest route of dictionary words through each stretch of text between separators, its
 * runs of single characters no word takes cut by the character model, each word tagged from the
 * dictionary. Done here rather than by nodejieba, whose dictionary took ~80 ms to load at every
 * start and in every worker; the words and tags are nodejieba's (test/tokenizer.test.ts).
 */
import type { WordIndex } from '../wordIndex.js';
import { cutUnknown, NEVER, type CharModel } from './charModel.js';
import { tagOf, weightOf, type Dictionary } from './dictionary.js';
import type { Token } from '../tokenizer.js';
import { countBelow, itself } from '../spans.js';

/** cppjieba's separators: each is a stretch of its own, and no word crosses one. */
const isSeparator = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;

/** A text as code points, each with its offset (and the text's length after the last). */
interface CodePoints {
  codes: number[];
  offsets: number[];
}

function codePointsOf(text: string): CodePoints {
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i)!;
    codes.push(c);
    offsets.push(i);
    i += c > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return { codes, offsets };
}

export class Segmenter {
  private readonly userSingles: Set<number>;

  /** `user`: the codes of the user's words, which outrank the dictionary's; one of a single character is never cut by the character model. */
  constructor(private readonly dictionary: Dictionary, private readonly user: WordIndex<number>, userWords: string[], private readonly model: CharModel) {
    this.userSingles = new Set(userWords.filter((w) => [...w].length === 1).map((w) => w.codePointAt(0)!));
  }

  /** The words of a text with their parts of speech and offsets. */
  tag(text: string): Token[] {
    const points = codePointsOf(text);
    const ranges: number[] = [];
    const n = points.codes.length;
    for (let cursor = 0; cursor < n;) {
      const begin = cursor;
      while (cursor < n && !isSeparator(points.codes[cursor]!)) cursor++;
      if (cursor === begin) cursor++;
      this.cutStretch(text, points, begin, cursor, ranges);
    }
    const words: Token[] = [];
    for (let k = 0; k < ranges.length; k += 2) {
      const [start, end] = [points.offsets[ranges[k]!]!, points.offsets[ranges[k + 1]!]!];
      const word = text.slice(start, end);
      words.push({ word, tag: this.tagOf(word, points.codes, ranges[k]!, ranges[k + 1]!), start, end });
    }
    return words;
  }

  /** Words of the code points [begin, end): dictionary words, and runs of single characters no user word is cut by the model. */
  private cutStretch(text: string, points: CodePoints, begin: number, end: number, words: number[]): void {
    const route = this.likeliestRoute(text, points, begin, end);
    for (let i = begin; i < end;) {
      const wordEnd = route[i - begin]!;
      if (wordEnd - i > 1 || this.userSingles.has(points.codes[i]!)) {
        words.push(i, wordEnd);
        i = wordEnd;
        continue;
      }
      let j = i;
      while (j < end && route[j - begin]! - j === 1 && !this.userSingles.has(points.codes[j]!)) j = route[j - begin]!;
      cutUnknown(this.model, points.codes, i, j, words);
      i = j;
    }
  }

  /**
   * For each code point of [begin, end), where the word that starts there on the likeliest route
   * ends: the route of greatest summed weight, found from the end back (cppjieba's CalcDP, ties
   * going to the shorter word, a character no word is weighing the dictionary's least).
   */
  private likeliestRoute(text: string, { codes, offsets }: CodePoints, begin: number, end: number): Int32Array {
    const n = end - begin;
    const wordEnd = new Int32Array(n);
    const weight = new Float64Array(n);
    const base = offsets[begin]!;
    const stretch = text.slice(base, offsets[end]);
    for (let i = n - 1; i >= 0; i--) {
      const at = offsets[begin + i]! - base;
      const charLength = codes[begin + i]! > 0xffff ? 2 : 1;
      const found = this.wordsAt(stretch, at);
      let best = NEVER;
      let bestEnd = i + 1;
      // the character alone first, a word or not, then the longer words in order of length
      for (const length of [charLength, ...[...found.keys()].filter((l) => l > charLength).sort((a, b) => a - b)]) {
        const next = length === charLength ? i + 1 : countBelow(offsets, base + at + length, itself) - begin;
        const code = found.get(length);
        const unitWeight = code === undefined ? this.dictionary.minWeight : weightOf(this.dictionary, code);
        const w = next < n ? weight[next]! + unitWeight : unitWeight;
        if (w > best) [best, bestEnd] = [w, next];
      }
      weight[i] = best;
      wordEnd[i] = begin + bestEnd;
    }
    return wordEnd;
  }

  /** The codes of the user's and the dictionary's words starting at `at`, by their length in code units (the user's outranking). */
  private wordsAt(stretch: string, at: number): Map<number, number> {
    const found = new Map<number, number>();
    for (const e of this.dictionary.words.allAt(stretch, at)) found.set(e.word.length, e.value);
    for (const e of this.user.allAt(stretch, at)) found.set(e.word.length, e.value);
    return found;
  }

  /** A word's part of speech: the user's or the dictionary's, else m (ASCII digits), eng (other ASCII) or x, as cppjieba's SpecialRule. */
  private tagOf(word: string, codes: number[], from: number, to: number): string {
    const code = this.user.get(word)?.value ?? this.dictionary.words.get(word)?.value;
    const tag = code === undefined ? '' : tagOf(this.dictionary, code);
    if (tag) return tag;
    const length = to - from;
    let ascii = 0;
    let digits = 0;
    // cppjieba stops counting once half of the characters (rounded down) are ASCII
    for (let i = from; i < to && ascii < Math.floor(length / 2); i++) {
      if (codes[i]! < 0x80) {
        ascii++;
        if (codes[i]! >= 0x30 && codes[i]! <= 0x39) digits++;
      }
    }
    return ascii === 0 ? 'x' : digits === ascii ? 'm' : 'eng';
  }
}
