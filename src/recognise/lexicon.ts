import type { Patterns } from '../patterns/schema.js';
import type { Qualifier } from '../types.js';
import { WordIndex } from '../lib/wordIndex.js';
import { charClass } from '../lib/chars.js';
import { wordsEnding } from '../lib/wordSearch.js';

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
  /** the qualifier before a number (近, 超过) whose word ends at `end` of a text, the longest */
  qualifierBefore: (text: string, end: number) => Worded<Qualifier> | undefined;
  qualifiersBetween: WordIndex<Qualifier>;
  qualifiersAfter: WordIndex<Qualifier>;
  rangeConnectors: string[];
  /** whether a code unit can start what goes on from a number into a figure: a unit, a multiplier, a qualifier between, a range connector */
  followsNumber: (code: number) => boolean;
}


export function wordsLongestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

function qualifierList(groups: { words: string[]; qualifier: Qualifier }[]): Worded<Qualifier>[] {
  return groups.flatMap((g) => g.words.map((word) => ({ word, value: g.qualifier })));
}

export function buildLexicon(p: Patterns): Lexicon {
  const n = p.numbers;
  const digits = new Map(Object.entries(n.digits));
  const smallUnits = new Map(Object.entries(n.small_units));
  const largeUnits = new Map(Object.entries(n.large_units));
  const units: UnitForm[] = p.units.units.flatMap((u) =>
    u.forms.map((form) => ({ form, base: u.base ?? form, factor: u.factor ?? 1, family: u.family })));
  const between = qualifierList(n.qualifiers.between);
  const goesOn = [...units.map((u) => u.form), ...Object.keys(p.units.multipliers), ...between.map((q) => q.word), ...n.range_connectors];
  return {
    digits, smallUnits, largeUnits,
    isNumeral: charClass([...digits.keys(), ...smallUnits.keys(), ...largeUnits.keys()]),
    loneNumerals: new Map(n.lone_numerals.map((l) => [l.numeral, new Set(l.only_before)])),
    multipliers: new WordIndex(Object.entries(p.units.multipliers).map(([word, value]) => ({ word, value }))),
    units: new WordIndex(units.map((u) => ({ word: u.form, value: u }))),
    compoundSeparator: p.units.compound_separator,
    qualifierBefore: endingAt(qualifierList(n.qualifiers.before)),
    qualifiersBetween: new WordIndex(between),
    qualifiersAfter: new WordIndex(qualifierList(n.qualifiers.after)),
    rangeConnectors: n.range_connectors,
    followsNumber: charClass(goesOn.map((w) => w[0]!)),
  };
}

/** Finds the entry whose word ends at `end` of a text, the longest (of a word listed twice, the first). */
function endingAt<T>(entries: Worded<T>[]): (text: string, end: number) => Worded<T> | undefined {
  const ending = wordsEnding(entries.map((e) => e.word));
  const byWord = new Map([...entries].reverse().map((e) => [e.word, e]));
  return (text, end) => {
    const word = ending(text, end);
    return word === undefined ? undefined : byWord.get(word);
  };
}
