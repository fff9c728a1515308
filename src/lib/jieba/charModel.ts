/**
 * jieba's hidden Markov model of how characters make words, and its cut of a run of characters
 * the dictionary does not join: each character Begins, Ends or is in the Middle of a word, or is
 * a Single one. The same arithmetic as cppjieba's (HMMSegment.hpp), so that it cuts alike.
 */
import { countBelow, itself } from '../spans.js';

/** A log probability nothing reaches: cppjieba's MIN_DOUBLE. */
export const NEVER = -3.14e100;
const STATES = 4;
const END = 1;
const SINGLE = 3;

export interface CharModel {
  /** the log probability of each state at a run's first character */
  start: Float64Array;
  /** from state × 4 + to state */
  transition: Float64Array;
  /** each state's characters, by code point in order, and their log probabilities */
  chars: Int32Array[];
  emits: Float64Array[];
}

/** A line without the ASCII white space at its ends, as cppjieba's Trim strips it. */
function trimAscii(line: string): string {
  const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
  let [start, end] = [0, line.length];
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  return line.slice(start, end);
}

/** The model from jieba's hmm_model.utf8: the start line, four transition lines, four emission lines (`char:logp,…`). */
export function parseCharModel(text: string): CharModel {
  const lines = text.split('\n').map(trimAscii).filter((line) => line && !line.startsWith('#'));
  if (lines.length < 1 + 2 * STATES) throw new Error(`a character model has ${1 + 2 * STATES} lines; this one ${lines.length}`);
  const numbers = (line: string): number[] => line.split(' ').map(Number);
  const emitted = lines.slice(1 + STATES, 1 + 2 * STATES).map((line) => {
    const byChar = new Map<number, number>();
    for (const item of line.split(',')) {
      const [char, p] = item.split(':') as [string, string];
      byChar.set(char.codePointAt(0)!, Number(p));
    }
    const chars = Int32Array.from([...byChar.keys()].sort((a, b) => a - b));
    return { chars, emits: Float64Array.from(chars, (c) => byChar.get(c)!) };
  });
  return {
    start: Float64Array.from(numbers(lines[0]!)),
    transition: Float64Array.from(lines.slice(1, 1 + STATES).flatMap(numbers)),
    chars: emitted.map((e) => e.chars),
    emits: emitted.map((e) => e.emits),
  };
}

/** The model as bytes: the count of each state's characters, every log probability, then the characters. */
export function charModelToBytes(model: CharModel): Buffer {
  const counts = Int32Array.from(model.chars, (c) => c.length);
  const floats = [model.start, model.transition, ...model.emits];
  return Buffer.concat([counts, ...floats, ...model.chars].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)));
}

/** A model read back from charModelToBytes. */
export function charModelFromBytes(bytes: Buffer): CharModel {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength); // aligned for the typed arrays
  const counts = [...new Int32Array(buffer, 0, STATES)];
  let at = 4 * STATES;
  const floats = (n: number): Float64Array => { const a = new Float64Array(buffer, at, n); at += 8 * n; return a; };
  const ints = (n: number): Int32Array => { const a = new Int32Array(buffer, at, n); at += 4 * n; return a; };
  const start = floats(STATES);
  const transition = floats(STATES * STATES);
  const emits = counts.map(floats);
  return { start, transition, emits, chars: counts.map(ints) };
}

/** The log probability that `state` emits the character (NEVER: not in the model). */
function emit(model: CharModel, state: number, code: number): number {
  const chars = model.chars[state]!;
  const at = countBelow(chars, code, itself);
  return chars[at] === code ? model.emits[state]![at]! : NEVER;
}

/** The likeliest states of codes[from, to), by Viterbi: cppjieba's, down to its order of additions and its ties. */
function likeliestStates(model: CharModel, codes: number[], from: number, to: number): Int8Array {
  const n = to - from;
  const weight = new Float64Array(n * STATES);
  const path = new Int8Array(n * STATES);
  for (let y = 0; y < STATES; y++) {
    weight[y * n] = model.start[y]! + emit(model, y, codes[from]!);
    path[y * n] = -1;
  }
  for (let x = 1; x < n; x++) {
    for (let y = 0; y < STATES; y++) {
      const now = x + y * n;
      weight[now] = NEVER;
      path[now] = END;
      const e = emit(model, y, codes[from + x]!);
      for (let before = 0; before < STATES; before++) {
        const w = weight[x - 1 + before * n]! + model.transition[before * STATES + y]! + e;
        if (w > weight[now]!) {
          weight[now] = w;
          path[now] = before;
        }
      }
    }
  }
  const states = new Int8Array(n);
  let state = weight[n - 1 + END * n]! >= weight[n - 1 + SINGLE * n]! ? END : SINGLE;
  for (let x = n - 1; x >= 0; x--) {
    states[x] = state;
    state = path[x + state * n]!;
  }
  return states;
}

/** Words of codes[from, to) by the model: each ends where its character Ends a word or is a Single one. */
function cutByModel(model: CharModel, codes: number[], from: number, to: number, words: number[]): void {
  const states = likeliestStates(model, codes, from, to);
  let start = from;
  for (let x = 0; x < states.length; x++) {
    if (states[x]! % 2 === 1) {
      words.push(start, from + x + 1);
      start = from + x + 1;
    }
  }
}

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The end of a run of ASCII letters and digits starting with a letter at `at` (at: none). */
function lettersEnd(codes: number[], at: number, to: number): number {
  if (!isLetter(codes[at]!)) return at;
  let end = at + 1;
  while (end < to && (isLetter(codes[end]!) || isDigit(codes[end]!))) end++;
  return end;
}

/** The end of a number (digits and points) starting with a digit at `at` (at: none). */
function numberEnd(codes: number[], at: number, to: number): number {
  if (!isDigit(codes[at]!)) return at;
  let end = at + 1;
  while (end < to && (isDigit(codes[end]!) || codes[end] === 0x2e)) end++;
  return end;
}

/**
 * Words of the characters codes[from, to), pushed to `words` as pairs of indexes (start, end): an
 * ASCII run of letters and digits, a number, or another ASCII character is a word; the stretches
 * between are cut by the model.
 */
export function cutUnknown(model: CharModel, codes: number[], from: number, to: number, words: number[]): void {
  let left = from;
  let right = from;
  while (right < to) {
    if (codes[right]! >= 0x80) {
      right++;
      continue;
    }
    if (left < right) cutByModel(model, codes, left, right, words);
    left = right;
    right = lettersEnd(codes, left, to);
    if (right === left) right = numberEnd(codes, left, to);
    if (right === left) right++;
    words.push(left, right);
    left = right;
  }
  if (left < right) cutByModel(model, codes, left, right, words);
}
