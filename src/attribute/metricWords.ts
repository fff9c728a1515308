import type { Rules } from '../patterns/compile.js';
import type { DocContext } from './context.js';
import { oncePer } from '../lib/oncePer.js';
import { cueSearch, wordsEnding, wordsStarting, type CueSearch } from '../lib/wordSearch.js';
import { charClass } from '../lib/chars.js';
import { escapeRegExp } from '../lib/regex.js';

/** the marks that end a metric phrase besides white space; · and 《》 join the parts of a name and stay in one */
const PHRASE_MARKS = '"“”‘’\'「」()（）【】[].,，。、:：;；!?！？#*…';
/**
 * What ends a metric phrase, white space or one of PHRASE_MARKS, as the inside of a pattern's
 * character class. Phrases and metrics are read with patterns, not loops over their characters:
 * they are strings of many kinds (sliced, joined, flat), and a loop's s.charCodeAt then looks the
 * method up anew at each character.
 */
export const PHRASE_ENDS = `\\s${escapeRegExp(PHRASE_MARKS)}`;
/**
 * A text of Chinese characters alone, which holds no mark: most phrases and metrics. It is tested
 * first, in one range of codes, where a class of the many marks is a search of a table at each character.
 */
export const ONLY_HAN = /^[\u4e00-\u9fff]*$/;

/** What cleanMetric takes out of a metric: white space and marks, 《》 included. */
export const EVERY_STRIPPED = new RegExp(`[${PHRASE_ENDS}《》]`, 'g');

/** A metric without punctuation or spaces (most have none, and are returned as they are). */
export const cleanMetric = (s: string): string => (ONLY_HAN.test(s) ? s : s.replace(EVERY_STRIPPED, ''));

export interface Vocabulary {
  verbs: string[];
  /** the nearest word that cuts a phrase before its metric (a stop word, a cue of plan, a gap), and verb, before an offset */
  lastCutBefore: CueSearch;
  lastVerb: CueSearch;
  /** cut verbs and leading words: a noun phrase after a figure skips one that opens it and ends at the next */
  starters: string[];
  empty: Set<string>;
  /** (sets: a phrase is looked up in them whole) */
  prefixSubject: Set<string>;
  /** the words of prefixSubject that end with the last character of a text, in their order */
  prefixSubjectEndingLike: (text: string) => string[];
  replaceBySubject: Set<string>;
  generic: string[];
  capacity: Record<string, string>;
  capacityWords: string[];
  capacityTrailing: string[];
  breakers: string[];
  zoneWords: string[];
  levels: string[];
  diffCues: string[];
  comparisonTail: RegExp;
  /** whether a phrase's last character may end a comparisonTail: most end none, and are not searched */
  mayEndComparison: (code: number) => boolean;
  /** words that say a metric is a count (总数): redundant for a count */
  countWords: string[];
  /** a city's or province's zones as a whole (全市): a whole a share may be of */
  citywide: string[];
  /** the zone's word for itself (全区): redundant in the whole a share is of */
  ownScope: string[];
  /** 分别占到, 占了: the verb of a share, read as 占 */
  shareVerb: RegExp;
  /** a numeral and classifier inside a quoted slogan: 两批 in “签约两批” */
  sloganCounter: RegExp;
  /** 新增 or 累计 written just before the metric: an increment or a running total, not a stock */
  scopeOf: (before: string) => string | undefined;
  future: string[];
  terms: string[];
  synonyms: [string, string][];
  /** the searches strip makes (it runs several times for each figure); leadingAt also finds the words that open a phrase */
  trailingAt: (text: string, end: number) => string | undefined;
  leadingAt: (text: string, at: number) => string | undefined;
  termAt: (text: string, at: number) => string | undefined;
  /** the longest term a text ends with at `end` */
  termEnding: (text: string, end: number) => string | undefined;
  /** the designation level (省级) and the share word (占比) a text ends with at `end` */
  levelEnding: (text: string, end: number) => string | undefined;
  shareWordEnding: (text: string, end: number) => string | undefined;
}

/** 比去年同期提高 at the end of a phrase: the base of a change, and the change word after it. */
export function comparisonTail(rules: Rules): RegExp {
  const cues = rules.patterns.cues;
  const alternatives = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(${alternatives(rules.patterns.periods.comparison_bases.words)})(${alternatives(cues.measure.growth.words)})?了?$`);
}

/** A numeral (digits of patterns/numbers.yaml) and a slogan classifier: 一批, 两个, 三大. */
export function sloganCounter(rules: Rules): RegExp {
  const numerals = Object.keys({ ...rules.patterns.numbers.digits, ...rules.patterns.numbers.small_units }).join('');
  return new RegExp(`[${numerals}]{1,4}(?:${rules.patterns.metrics.slogan_classifiers.join('|')})`, 'g');
}

/** 分别占到, 占了: a word for "respectively" and an ending around 占. */
export function shareVerb(rules: Rules): RegExp {
  const m = rules.patterns.metrics;
  return new RegExp(`(?:${rules.patterns.cues.respectively.join('|')})?占(?:${m.share_verb_endings.join('|')})?`);
}

/** 新增 or 累计 within a dozen characters before the number: the scope of what it counts. */
export function scopePatterns(words: string[]): { w: string; re: RegExp }[] {
  return words.map((w) => ({ w, re: new RegExp(`${w}[\\u4e00-\\u9fff“”"]{0,12}$`) }));
}

function scopeFinder(words: string[]): (before: string) => string | undefined {
  const patterns = scopePatterns(words);
  return (before) => {
    const phrase = before.trim();
    // the word itself is looked for first: most phrases hold none, and a search for it is cheaper than the pattern
    for (const p of patterns) if (phrase.includes(p.w) && p.re.test(phrase)) return p.w;
    return undefined;
  };
}

const vocabularyOf = oncePer(buildVocabulary);

export const vocabulary = (ctx: DocContext): Vocabulary => vocabularyOf(ctx.rules);

function buildVocabulary(rules: Rules): Vocabulary {
  const m = rules.patterns.metrics;
  const cues = rules.patterns.cues;
  const longest = (ws: string[]): string[] => [...new Set(ws)].sort((a, b) => b.length - a.length);
  const [leading, verbs] = [longest(m.strip_leading), longest(m.cut_verbs)];
  const trailing = longest([...m.strip_trailing, ...cues.measure.growth.words, ...cues.measure.diff.words]);
  const levels = longest(m.level_words);
  return {
    zoneWords: longest([...rules.gazetteer.suffixes, '园区']),
    verbs,
    lastCutBefore: cueSearch(longest([...m.stop_words, ...cues.status.target.governing, ...cues.measure.diff.words])),
    lastVerb: cueSearch(verbs),
    starters: [...verbs, ...leading],
    // a designation level (省级) is no place, but it grades the noun it goes with
    empty: new Set([...m.strip_leading, ...m.strip_trailing, ...rules.gazetteer.citywide, ...rules.gazetteer.notPlaces.filter((w) => !m.level_words.includes(w))]),
    prefixSubject: new Set(m.carried.prefix_subject),
    prefixSubjectEndingLike: endingLike(m.carried.prefix_subject),
    replaceBySubject: new Set(m.carried.replace_by_subject),
    generic: m.generic_heads,
    capacity: m.capacity_prefixes,
    capacityWords: Object.keys(m.capacity_prefixes),
    capacityTrailing: longest(m.capacity_strip_trailing),
    breakers: [...m.phrase_breakers, ...cues.status.target.governing],
    levels,
    diffCues: cues.measure.diff.words,
    comparisonTail: comparisonTail(rules),
    mayEndComparison: charClass(['了', ...rules.patterns.periods.comparison_bases.words, ...cues.measure.growth.words].map((w) => w.slice(-1))),
    sloganCounter: sloganCounter(rules),
    ownScope: m.own_scope,
    citywide: rules.gazetteer.citywide,
    countWords: longest(m.count_words),
    shareVerb: shareVerb(rules),
    scopeOf: scopeFinder(m.scope_words),
    future: [...cues.status.target.governing, ...cues.status.target.local, ...cues.status.target.before_verb],
    terms: rules.terms,
    synonyms: Object.entries(m.synonyms),
    trailingAt: wordsEnding(trailing),
    leadingAt: wordsStarting(leading),
    termAt: wordsStarting(rules.terms),
    termEnding: wordsEnding(rules.terms),
    levelEnding: wordsEnding(levels),
    shareWordEnding: wordsEnding(cues.measure.share.words),
  };
}

export function strip(phrase: string, v: Vocabulary): string {
  let s = phrase;
  for (let changed = true; changed && s;) {
    changed = false;
    const trail = v.trailingAt(s, s.length);
    if (trail) { s = s.slice(0, -trail.length); changed = true; continue; }
    // a word that opens a term (新建 in 新建项目) stays with it
    const lead = v.leadingAt(s, 0);
    if (lead && lead.length >= (v.termAt(s, 0)?.length ?? 0)) { s = s.slice(lead.length); changed = true; }
  }
  return s.length < 2 || v.empty.has(s) ? '' : s;
}

/**
 * The text after the last of the words `search` finds (empty when the phrase ends with one). With
 * `endsWord`, only a word that ends where it says a word may end cuts (asked only where one of the
 * words ends).
 */
export function afterLast(phrase: string, search: CueSearch, endsWord?: (text: string, at: number) => boolean): { head: string; tail: string } {
  const cut = search(phrase, phrase.length, endsWord);
  return cut ? { head: phrase.slice(0, cut.at), tail: phrase.slice(cut.at + cut.word.length) } : { head: '', tail: phrase };
}

/**
 * The words of a list that end with the last character of a text, in the list's order: the only
 * ones the text may end with, so that a search of the list in order (find) reads a few of them.
 */
function endingLike(words: string[]): (text: string) => string[] {
  const byLast = new Map<number, string[]>();
  for (const w of words) byLast.set(w.charCodeAt(w.length - 1), [...(byLast.get(w.charCodeAt(w.length - 1)) ?? []), w]);
  return (text) => byLast.get(text.charCodeAt(text.length - 1)) ?? [];
}

/** Any of the words synonyms replace: a pattern, which reads a metric faster than a word search calling charCodeAt on each character. */
const anySynonym = oncePer((synonyms: [string, string][]) => new RegExp(synonyms.map(([from]) => escapeRegExp(from)).join('|')));

/** A metric written with the synonyms of metrics.yaml replaced (规上 → 规模以上), each in turn where it occurs. */
export function withSynonyms(s: string, synonyms: [string, string][]): string {
  if (!anySynonym(synonyms).test(s)) return s;
  return synonyms.reduce((acc, [from, to]) => (acc.includes(from) ? acc.split(from).join(to) : acc), s);
}
