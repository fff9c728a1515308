import type { Patterns } from '../patterns/schema.js';
import type { Qualifier } from '../types.js';
import { WordIndex } from '../lib/wordIndex.js';
import { charClass } from '../lib/chars.js';
import { oncePer } from '../lib/oncePer.js';

export interface UnitForm {
  form: string;
  base: string;
  factor: number;
  family: string;
}

export interface Worded<T> {
  word: string;
  value: T;
}

/** The number and unit rules of patterns/, arranged for scanning (longest form first). */
export interface Lexicon {
  digits: Map<string, number>;
  smallUnits: Map<string, number>;
  largeUnits: Map<string, number>;
  /** whether a code unit is a Chinese numeral character */
  isNumeral: (code: number) => boolean;
  loneNumerals: Map<string, Set<string>>;
  /** the multipliers, by the word printed */
  multipliers: WordIndex<number>;
  /** the unit forms, by the form printed */
  units: WordIndex<UnitForm>;
  compoundSeparator: string;
  qualifiersBefore: Worded<Qualifier>[];
  qualifiersBetween: WordIndex<Qualifier>;
  qualifiersAfter: Worded<Qualifier>[];
  rangeConnectors: string[];
}

const longestFirst = <T extends { word: string }>(items: T[]): T[] => [...items].sort((a, b) => b.word.length - a.word.length);

export function wordsLongestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function qualifierList(groups: { words: string[]; qualifier: Qualifier }[]): Worded<Qualifier>[] {
  return longestFirst(groups.flatMap((g) => g.words.map((word) => ({ word, value: g.qualifier }))));
}

export function buildLexicon(p: Patterns): Lexicon {
  const n = p.numbers;
  const digits = new Map(Object.entries(n.digits));
  const smallUnits = new Map(Object.entries(n.small_units));
  const largeUnits = new Map(Object.entries(n.large_units));
  const units: UnitForm[] = p.units.units.flatMap((u) =>
    u.forms.map((form) => ({ form, base: u.base ?? form, factor: u.factor ?? 1, family: u.family })));
  return {
    digits, smallUnits, largeUnits,
    isNumeral: charClass([...digits.keys(), ...smallUnits.keys(), ...largeUnits.keys()]),
    loneNumerals: new Map(n.lone_numerals.map((l) => [l.numeral, new Set(l.only_before)])),
    multipliers: new WordIndex(Object.entries(p.units.multipliers).map(([word, value]) => ({ word, value }))),
    units: new WordIndex(units.map((u) => ({ word: u.form, value: u }))),
    compoundSeparator: p.units.compound_separator,
    qualifiersBefore: qualifierList(n.qualifiers.before),
    qualifiersBetween: new WordIndex(qualifierList(n.qualifiers.between)),
    qualifiersAfter: qualifierList(n.qualifiers.after),
    rangeConnectors: n.range_connectors,
  };
}

// the qualifier lists that attribution reads too stay lists: searched for every figure through a trie, or past a test of the last character, each built once per list
const startIndex = oncePer((list: { word: string }[]) => new WordIndex(list.map((w) => ({ word: w.word, value: w }))));
const isLastChar = oncePer((list: { word: string }[]) => charClass(list.map((w) => w.word.slice(-1))));

/** The first entry whose word the text has at `at` (the longest: lists are longest first). */
export function wordAt<T extends { word: string }>(text: string, at: number, list: T[]): T | undefined {
  return startIndex(list).longestAt(text, at)?.value as T | undefined;
}

/** The first entry whose word the text has ending at `end`. */
export function wordBefore<T extends { word: string }>(text: string, end: number, list: T[]): T | undefined {
  if (!isLastChar(list)(text.charCodeAt(end - 1))) return undefined;
  return list.find((w) => end - w.word.length >= 0 && text.startsWith(w.word, end - w.word.length));
}
