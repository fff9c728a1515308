import type { Patterns } from './schema.js';
import { buildLexicon, wordsLongestFirst, type Lexicon } from '../recognise/lexicon.js';
import { buildGazetteer, indexPlaceNames, placeNamesFromBytes, type Gazetteer, type PlaceNames } from '../segment/gazetteer.js';
import { builtPlaceNames, loadPlaces } from './builtin.js';
import { useTokenizerWords, type UserWord } from '../lib/tokenizer.js';
import { compileChrome, type Chrome } from '../normalise/chrome.js';

/** Every rule, compiled once and shared by all stages. */
export interface Rules {
  patterns: Patterns;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  /** metric terms, longest first: masked while looking for cue words inside them (增加值 ≠ 增加) */
  terms: string[];
  /** whether a noun is only a place name (and so names no metric) */
  placeStems: { has: (noun: string) => boolean };
  chrome: Chrome;
}

/** The words jieba keeps whole, with their part of speech: metric terms and the project's own zone names. */
export function tokenizerWords(patterns: Patterns): UserWord[] {
  return [
    ...patterns.metrics.terms.map((word) => ({ word, tag: 'n' })),
    ...patterns.zones.zones.flatMap((z) => [z.name, ...z.aliases]).map((word) => ({ word, tag: 'nt' })),
  ];
}

/** The place names of a set of rules: compiled at build time for the built-in zone rules, else (or where that file is damaged) indexed now. */
export function placeNamesFor(patterns: Patterns): PlaceNames {
  const built = builtPlaceNames(patterns.zones);
  if (built) {
    try { return placeNamesFromBytes(built); } catch { /* a cut-off file: index the names as for other rules */ }
  }
  return indexPlaceNames(patterns.zones, loadPlaces());
}

export function compileRules(patterns: Patterns, names: PlaceNames = placeNamesFor(patterns)): Rules {
  const gazetteer = buildGazetteer(patterns.zones, names);
  const placeStems = { has: (noun: string) => gazetteer.place(noun) !== undefined };
  useTokenizerWords(tokenizerWords(patterns));
  return {
    patterns,
    lexicon: buildLexicon(patterns),
    gazetteer,
    terms: wordsLongestFirst(patterns.metrics.terms),
    placeStems,
    chrome: compileChrome(patterns.chrome),
  };
}
