import type { Patterns } from './schema.js';
import { buildLexicon, wordsLongestFirst, type Lexicon } from '../recognise/lexicon.js';
import { buildGazetteer, type Gazetteer } from '../segment/gazetteer.js';
import { initTokenizer } from '../lib/tokenizer.js';
import { compileChrome, type Chrome } from '../normalise/chrome.js';

/** Every rule, compiled once and shared by all stages. */
export interface Rules {
  patterns: Patterns;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  /** metric terms, longest first: masked while looking for cue words inside them (增加值 ≠ 增加) */
  terms: string[];
  placeStems: Set<string>;
  chrome: Chrome;
}

export function compileRules(patterns: Patterns): Rules {
  const gazetteer = buildGazetteer(patterns.zones);
  const placeStems = new Set<string>();
  for (const name of gazetteer.canonical.keys()) {
    const suffix = gazetteer.suffixes.find((s) => name.endsWith(s));
    if (suffix && name.length > suffix.length) placeStems.add(name.slice(0, -suffix.length));
  }
  for (const city of patterns.zones.cities) placeStems.add(city.replace(/市$/, ''));
  initTokenizer([
    ...patterns.metrics.terms.map((word) => ({ word, tag: 'n' })),
    ...[...gazetteer.canonical.keys()].map((word) => ({ word, tag: 'nt' })),
    ...[...placeStems].map((word) => ({ word, tag: 'ns' })),
  ]);
  return {
    patterns,
    lexicon: buildLexicon(patterns),
    gazetteer,
    terms: wordsLongestFirst(patterns.metrics.terms),
    placeStems,
    chrome: compileChrome(patterns.chrome),
  };
}
