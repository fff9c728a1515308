import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** nodejieba's native binding, required directly: its wrapper spends ~150 ms finding it with node-pre-gyp. */
interface Jieba {
  load(dict: string, hmmDict: string, userDict: string, idfDict: string, stopWordDict: string): boolean;
  tag(text: string): { word: string; tag: string }[];
}
const jiebaDir = dirname(require.resolve('nodejieba/package.json'));
const jiebaDict = (name: string): string => join(jiebaDir, 'submodules', 'cppjieba', 'dict', name);

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

/** Dictionaries `npm run build` writes (scripts/build-dict.mjs). */
const dictDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'dict');
/** A trimmed main dictionary derived from jieba's own; loads ~10x faster. */
const trimmedDict = join(dictDir, 'jieba.trimmed.utf8');
/** The user dictionary of the built-in rules. */
export const builtUserDict = join(dictDir, 'user.utf8');
/** Keyword extraction is never used: tiny stand-ins for its dictionaries keep start-up fast. */
export const standIns = { idfDict: join(dictDir, 'idf.utf8'), stopWordDict: join(dictDir, 'stop.utf8') };

/** A user dictionary's text: each word with a high frequency and its part of speech. */
export const userDictText = (words: UserWord[]): string => words.map((w) => `${w.word} 100000 ${w.tag}`).join('\n') + '\n';

let jieba: Jieba | null = null;

/**
 * Load jieba once per process with the domain words of patterns/ as its user dictionary
 * (word and part of speech). Later calls keep the first dictionary.
 */
export function initTokenizer(userWords: UserWord[]): void {
  if (jieba) return;
  const lib = require(join(jiebaDir, 'build', 'Release', 'nodejieba.node')) as Jieba;
  const text = userDictText(userWords);
  // rules other than the built-in ones (--patterns): a file of our own, gone once jieba has read it
  const built = existsSync(builtUserDict) && readFileSync(builtUserDict, 'utf8') === text;
  const userDict = built ? builtUserDict : join(tmpdir(), `zone-extract-user-${process.pid}-${threadId}.utf8`);
  if (!built) writeFileSync(userDict, text);
  const dictsBuilt = existsSync(standIns.idfDict);
  try {
    lib.load(
      existsSync(trimmedDict) ? trimmedDict : jiebaDict('jieba.dict.utf8'),
      jiebaDict('hmm_model.utf8'),
      userDict,
      dictsBuilt ? standIns.idfDict : jiebaDict('idf.utf8'),
      dictsBuilt ? standIns.stopWordDict : jiebaDict('stop_words.utf8'),
    );
  } finally {
    if (!built) rmSync(userDict, { force: true });
  }
  jieba = lib;
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
  if (!jieba) initTokenizer([]);
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba!.tag(text)) {
    const start = text.indexOf(word, at);
    const from = start < 0 ? at : start;
    out.push({ word, tag, start: from, end: from + word.length });
    at = from + word.length;
  }
  return out;
}
