import type { Patterns } from './schema.js';
import { buildLexicon, wordsLongestFirst, type Lexicon } from '../recognise/lexicon.js';
import { buildGazetteer, type Gazetteer } from '../segment/gazetteer.js';
import { initTokenizer, type UserWord } from '../lib/tokenizer.js';

/** Every rule, compiled once and shared by all stages. */
export interface Rules {
  patterns: Patterns;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  /** metric terms, longest first: masked while looking for cue words inside them (增加值 ≠ 增加) */
  terms: string[];
  placeStems: Set<string>;
}

/** The stems of zone and city names (高平 of 高平经济技术开发区), for telling place names in text. */
export function placeStemsOf(gazetteer: Gazetteer, cities: string[]): Set<string> {
  const placeStems = new Set<string>();
  for (const name of gazetteer.canonical.keys()) {
    const suffix = gazetteer.suffixes.find((s) => name.endsWith(s));
    if (suffix && name.length > suffix.length) placeStems.add(name.slice(0, -suffix.length));
  }
  for (const city of cities) placeStems.add(city.replace(/市$/, ''));
  return placeStems;
}

/** The words jieba keeps whole, with their part of speech: metric terms, zone names, place stems. */
export function tokenizerWords(terms: string[], gazetteer: Gazetteer, placeStems: Set<string>): UserWord[] {
  return [
    ...terms.map((word) => ({ word, tag: 'n' })),
    ...[...gazetteer.canonical.keys()].map((word) => ({ word, tag: 'nt' })),
    ...[...placeStems].map((word) => ({ word, tag: 'ns' })),
  ];
}

export function compileRules(patterns: Patterns): Rules {
  const gazetteer = buildGazetteer(patterns.zones);
  const placeStems = placeStemsOf(gazetteer, patterns.zones.cities);
  initTokenizer(tokenizerWords(patterns.metrics.terms, gazetteer, placeStems));
  return {
    patterns,
    lexicon: buildLexicon(patterns),
    gazetteer,
    terms: wordsLongestFirst(patterns.metrics.terms),
    placeStems,
  };
}
