import { WordIndex } from '../wordIndex.js';

/**
 * jieba's dictionary, read as cppjieba reads it (DictTrie.hpp): each word's frequency and part of
 * speech packed in one whole number, its code (6 bits of tag, the frequency above them).
 */
export interface Dictionary {
  words: WordIndex<number>;
  /** the parts of speech, by the low bits of a code */
  tags: string[];
  /** the sum of the frequencies of its lines: a word's weight is the log of its share of it */
  frequencySum: number;
  /** the weight of a character no word of the dictionary is: the least weight of its lines */
  minWeight: number;
}

const TAG_BITS = 6;
const TAG_MASK = (1 << TAG_BITS) - 1;
const MAX_FREQUENCY = 2 ** (31 - TAG_BITS) - 1;

/** A word's weight: the log of its frequency's share of the dictionary's. */
export const weightOf = (dictionary: Dictionary, code: number): number => Math.log((code >>> TAG_BITS) / dictionary.frequencySum);
/** A word's part of speech. */
export const tagOf = (dictionary: Dictionary, code: number): string => dictionary.tags[code & TAG_MASK]!;

interface Packed {
  frequencySum: number;
  minFrequency: number;
  tags: string[];
}

interface Line {
  word: string;
  frequency: number;
  tag: string;
}

/** The code of a word, its part of speech added to `tags` where new. */
function codeOf({ frequency, tag }: Line, tags: string[]): number {
  if (!Number.isInteger(frequency) || frequency < 1 || frequency > MAX_FREQUENCY) throw new Error(`a word's frequency is a whole number from 1 to ${MAX_FREQUENCY}: ${frequency}`);
  let t = tags.indexOf(tag);
  if (t < 0) t = tags.push(tag) - 1;
  if (t > TAG_MASK) throw new Error(`more than ${TAG_MASK + 1} parts of speech`);
  return (frequency << TAG_BITS) | t;
}

/** Of a word listed twice the last line counts, as in cppjieba (a word index keeps the first). */
const lastOfEach = (lines: Line[]): Line[] => [...new Map(lines.map((l) => [l.word, l])).values()];

/**
 * A dictionary's lines (`word frequency tag`) as bytes for a fast start: a JSON line with the sum
 * and the least of the frequencies and the parts of speech, then the word index of the codes.
 */
export function dictionaryToBytes(text: string): Buffer {
  const lines = text.split('\n').filter(Boolean).map((line): Line => {
    const [word, frequency, tag] = line.split(' ');
    if (!word || tag === undefined) throw new Error(`not a dictionary line: ${line}`);
    return { word, frequency: Number(frequency), tag };
  });
  const tags: string[] = [];
  const index = new WordIndex(lastOfEach(lines).map((line) => ({ word: line.word, value: codeOf(line, tags) })));
  const head: Packed = { frequencySum: lines.reduce((sum, l) => sum + l.frequency, 0), minFrequency: lines.reduce((least, l) => Math.min(least, l.frequency), Infinity), tags };
  return Buffer.concat([Buffer.from(JSON.stringify(head) + '\n'), index.toBytes((code) => code)]);
}

/** A dictionary read back from dictionaryToBytes. */
export function dictionaryFromBytes(bytes: Buffer): Dictionary {
  const newline = bytes.indexOf(0x0a);
  const { frequencySum, minFrequency, tags } = JSON.parse(bytes.subarray(0, newline).toString()) as Packed;
  const words = WordIndex.fromBytes(bytes.subarray(newline + 1), (code) => code);
  return { words, tags, frequencySum, minWeight: Math.log(minFrequency / frequencySum) };
}

/**
 * The user's words, each with its frequency and part of speech, as codes of the dictionary (its
 * parts of speech extended with theirs): weighed against its sum, they outrank its own entry for
 * the same word.
 */
export function withUserWords(dictionary: Dictionary, words: Line[]): { dictionary: Dictionary; user: WordIndex<number> } {
  const tags = [...dictionary.tags];
  const user = new WordIndex(lastOfEach(words).map((line) => ({ word: line.word, value: codeOf(line, tags) })));
  return { dictionary: { ...dictionary, tags }, user };
}
