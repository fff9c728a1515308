import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charModelFromBytes } from './jieba/charModel.js';
import { dictionaryFromBytes, withUserWords } from './jieba/dictionary.js';
import { Segmenter } from './jieba/segmenter.js';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface UserWord {
  word: string;
  tag: string;
}

/** Dictionaries `npm run build` compiles (scripts/build-dict.mjs). */
const dictDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'dict');
/** jieba's main dictionary, trimmed to its frequent words, as text and as compiled for a fast start. */
export const builtDictionary = { text: join(dictDir, 'jieba.trimmed.utf8'), bytes: join(dictDir, 'jieba.bin') };
/** jieba's character model, compiled. */
export const builtCharModel = join(dictDir, 'hmm.bin');
/** The frequency a user word is given: high enough to keep it whole. */
export const USER_WORD_FREQUENCY = 100000;

function readBuilt(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`${path}: ${(error as NodeJS.ErrnoException).code ?? error}: the tokenizer's dictionaries are built by npm run build`);
  }
}

/** The segmenter with jieba's dictionary and model, and these words of the user's. */
export function loadSegmenter(userWords: UserWord[]): Segmenter {
  const { dictionary, user } = withUserWords(dictionaryFromBytes(readBuilt(builtDictionary.bytes)), userWords.map((w) => ({ ...w, frequency: USER_WORD_FREQUENCY })));
  return new Segmenter(dictionary, user, userWords.map((w) => w.word), charModelFromBytes(readBuilt(builtCharModel)));
}

let pendingWords: UserWord[] | null = null;
let segmenter: Segmenter | null = null;

/**
 * The domain words of patterns/ (word and part of speech) that the tokenizer keeps whole. Its
 * dictionary is loaded when it is first asked for tokens; the first words given are kept.
 */
export function useTokenizerWords(userWords: UserWord[]): void {
  pendingWords ??= userWords;
}

/** Fragments tokenized already: bulletins repeat their phrases, and jieba is the costly part. */
const tokenCache = new Map<string, readonly Readonly<Token>[]>();
const CACHE_LIMIT = 50_000;

/** Tokens of a text with their offsets and part-of-speech tags (shared with every caller that asks for the same text: not to be changed). */
export function tokenize(text: string): readonly Readonly<Token>[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = tag(text);
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

function tag(text: string): Token[] {
  segmenter ??= loadSegmenter(pendingWords ?? []);
  return segmenter.tag(text);
}
