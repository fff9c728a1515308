import type { Patterns } from '../patterns/schema.js';
import { oncePer } from '../lib/oncePer.js';
import { indexAt, spansWithin } from '../lib/spans.js';
import { firstEndingAt, holdsAny } from '../lib/wordSearch.js';
import { anyOf } from '../lib/regex.js';
import { wordsLongestFirst } from '../recognise/lexicon.js';

type PeriodRules = Patterns['periods'];

/**
 * A time expression as printed. `period` states what it covers, given the year in force for one
 * printed without its year (一季度, 今年); `year` is the year it prints, if any.
 */
export interface TimeMention {
  at: number;
  end: number;
  /** whether it prints its year */
  dated: boolean;
  /** the year an expression without its year takes after it: not the start of a span (2023年以来) */
  year: number | null;
  /** 全年: the whole of the year in force, which a bulletin looking back takes as the year it reports on */
  whole: boolean;
  /** period: what figures cover; base: what a change is measured against (比去年同期);
   *  event: the date of a founding or an approval (1996年设立), never a period of figures */
  kind: 'period' | 'base' | 'event';
  period: (yearInForce: number | null) => string | null;
}

/** The time expressions of one document's text. */
export interface TimeReader {
  /** the time expressions, global, their groups capturing nothing */
  pattern: RegExp;
  /** the time expressions of text[start, end) of the document's text the reader was built for, offsets into it; with `kind`, those of that kind */
  mentions: (start: number, end: number, kind?: TimeMention['kind']) => TimeMention[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const CLAUSE_END = /[，,、；;：:。！？!?\n]/;
/** how far after a year an event word may stand: 2017年9月13日经省政府批复设立 */
const EVENT_REACH = 12;
/** how far after 自2019年 its 以来 may stand: 自2019年迁入新址以来 */
const SINCE_REACH = 16;

/** Months a to b of year y as GUIDE.md writes them: 2023 for all twelve, else as printed, 2024-01..2024-05. */
export function monthSpan(y: number, a: number, b: number): string {
  return a === 1 && b === 12 ? `${y}` : `${y}-${pad(a)}..${y}-${pad(b)}`;
}

/** Words as one alternation, the longest first; a list left empty (--patterns) matches nothing, not the empty string before every other alternative. */
const alternatives = (words: string[]): string => anyOf(wordsLongestFirst(words));

/** The time expressions of patterns/periods.yaml as one regular expression. */
export function timePattern(p: PeriodRules): RegExp {
  const sub = alternatives([...Object.keys(p.quarters.names), ...Object.keys(p.halves.names)]);
  const toDate = alternatives(Object.keys(p.to_date.months));
  const to = `\\s?(?:${alternatives(p.ranges.connectors)})\\s?`;
  const since = alternatives(p.since.words);
  return new RegExp([
    `(?<plan>${alternatives(Object.keys(p.plans.first_years))})[”"」』]?(?<planSpan>${alternatives([...p.plans.spans, ...p.since.words])})`,
    `(?<toDate>${toDate})`,
    `(?<y1>\\d{4})年?${to}(?<y2>\\d{4})年`,
    `(?<year>\\d{4})年度?(?:(?<sub>${sub})|(?<yearToDate>${toDate})|(?<ym1>\\d{1,2})月?${to}(?<ym2>\\d{1,2})月|\\d{1,2}月(?:份|\\d{1,2}[日号]|[底末初])?)?(?<since>${since})?`,
    `(?<m1>\\d{1,2})月?${to}(?<m2>\\d{1,2})月`,
    `(?<base>${alternatives(p.comparison_bases.words)})`,
    `(?<thisYear>${alternatives(p.this_year.words)})(?:(?<sub2>${sub})|(?<thisToDate>${toDate})|(?<tm1>\\d{1,2})月?${to}(?<tm2>\\d{1,2})月)?(?<since2>${since})?`,
    `(?<lastYear>${alternatives(p.last_year.words)})`,
    `(?<whole>${alternatives(p.whole_year.words)})`,
    `(?<sub3>${sub})`,
  ].join('|'), 'g');
}

type Reading = Pick<TimeMention, 'dated' | 'year' | 'whole' | 'kind' | 'period'>;

// the helpers of reading, made once: made in it, each call of it would make them anew
const fixed = (period: string, year: number | null = null): Reading => ({ dated: true, year, whole: false, kind: 'period', period: () => period });
const inYear = (f: (y: number) => string, whole = false): Reading => ({ dated: false, year: null, whole, kind: 'period', period: (y) => (y === null ? null : f(y)) });
const subCode = (p: PeriodRules, s: string | undefined): string => (s ? (p.quarters.names[s] ?? p.halves.names[s] ?? '') : '');

/** What one match of the time pattern states, before event words and openers are looked at. */
function reading(g: Record<string, string | undefined>, p: PeriodRules): Reading {
  if (g.plan) {
    const first = p.plans.first_years[g.plan]!;
    return fixed(p.since.words.includes(g.planSpan!) ? `${first}..` : `${first}..${first + 4}`);
  }
  const toDate = g.toDate ?? g.thisToDate;
  if (toDate) { const months = p.to_date.months[toDate]!; return inYear((y) => monthSpan(y, 1, months)); }
  if (g.y1) return fixed(`${g.y1}..${g.y2}`);
  if (g.year) {
    const y = Number(g.year);
    if (g.since) return fixed(`${y}..`);
    if (g.ym1) return fixed(monthSpan(y, Number(g.ym1), Number(g.ym2)), y);
    if (g.yearToDate) return fixed(monthSpan(y, 1, p.to_date.months[g.yearToDate]!), y);
    return fixed(`${y}${subCode(p, g.sub)}`, y);
  }
  const [m1, m2] = [g.m1 ?? g.tm1, g.m2 ?? g.tm2];
  if (m1) return inYear((y) => monthSpan(y, Number(m1), Number(m2)));
  if (g.base) return { dated: false, year: null, whole: false, kind: 'base', period: () => null };
  if (g.thisYear) return inYear((y) => (g.since2 ? `${y}..` : `${y}${subCode(p, g.sub2)}`));
  if (g.lastYear) return inYear((y) => `${y - 1}`);
  if (g.whole) return inYear((y) => `${y}`, true);
  return inYear((y) => `${y}${subCode(p, g.sub3)}`);
}

/** The rest of the clause after `end`, at most `reach` characters. */
function clauseAfter(text: string, end: number, reach: number): string {
  const rest = text.slice(end, end + reach);
  const stop = rest.search(CLAUSE_END);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** Whether the rest of the clause after `end`, at most `reach` characters, holds one of `words`. */
function clauseAfterHolds(text: string, end: number, reach: number, words: string[]): boolean {
  return holdsAny(clauseAfter(text, end, reach), words);
}

/** An event word and a joiner (成立于), that a year after them dates: each joined once per rules, not for each year read. */
const eventEndings = oncePer((events: PeriodRules['events']): string[] => events.words.flatMap((w) => events.joiners.map((j) => w + j)));

/** 1996年经省政府批准设立, 成立于1992年: a year that dates an event. */
function isEventDate(text: string, mention: TimeMention, events: PeriodRules['events']): boolean {
  return clauseAfterHolds(text, mention.end, EVENT_REACH, events.words)
    || firstEndingAt(text, mention.at, eventEndings(events), mention.at - EVENT_REACH) !== undefined;
}

/** One match of the time pattern: where it lies, and what it states if it is a date a bulletin may print. */
interface TimeMatch {
  start: number;
  end: number;
  mention: TimeMention | null;
}

/** What a match of the pattern in text (at offset `start` of it) states, with the text around it read. */
function mentionOf(text: string, m: RegExpMatchArray, start: number, p: PeriodRules): TimeMention | null {
  for (const printed of [m.groups!.year, m.groups!.y1, m.groups!.y2]) {
    if (printed && (Number(printed) < p.years.from || Number(printed) > p.years.to)) return null; // 5000年历史 is no date
  }
  const at = start + m.index!;
  const mention: TimeMention = { at, end: at + m[0].length, ...reading(m.groups!, p) };
  const opened = mention.year !== null && p.since.openers.includes(text[at - 1] ?? '');
  if (opened && clauseAfterHolds(text, mention.end, SINCE_REACH, p.since.words)) {
    const since = `${mention.year}..`;
    Object.assign(mention, { year: null, period: () => since });
  } else if (mention.year !== null && isEventDate(text, mention, p.events)) {
    mention.kind = 'event';
  } else if (firstEndingAt(text, at, p.comparison_bases.openers) !== undefined) {
    mention.kind = 'base'; // 比2022年增长12%
  }
  return mention;
}

/**
 * The time patterns of a set of period rules, built once per set: one whose groups capture
 * nothing finds the matches (a try that fails costs less, with no groups to clear), and one
 * anchored where a match was found reads its groups.
 */
const patternsOf = oncePer((p: PeriodRules) => {
  const pattern = timePattern(p);
  return { finder: new RegExp(pattern.source.replace(/\(\?<\w+>/g, '(?:'), 'g'), reader: new RegExp(pattern.source, 'y') };
});

function matchesOf(text: string, start: number, end: number, p: PeriodRules): TimeMatch[] {
  const { finder, reader } = patternsOf(p);
  const stretch = text.slice(start, end);
  const matches: TimeMatch[] = [];
  finder.lastIndex = 0;
  for (let found = finder.exec(stretch); found; found = finder.exec(stretch)) {
    if (!found[0]) finder.lastIndex++; // an empty match: on, as matchAll goes
    reader.lastIndex = found.index;
    const m = reader.exec(stretch)!;
    matches.push({ start: start + m.index, end: start + m.index + m[0].length, mention: mentionOf(text, m, start, p) });
  }
  return matches;
}

/**
 * The reader of one document's text: it scans the text whole once and reads a stretch of it from
 * that scan, except where a match of the whole text runs across the stretch's start or end: only
 * there may a scan of the stretch alone match otherwise, and it is scanned alone.
 */
export function timeReader(text: string, p: PeriodRules): TimeReader {
  const matches = matchesOf(text, 0, text.length, p);
  const runsAcross = (at: number): boolean => (matches[indexAt(matches, at - 1)]?.end ?? at) > at;
  const mentions = (start: number, end: number, kind?: TimeMention['kind']): TimeMention[] => {
    const within = runsAcross(start) || runsAcross(end) ? matchesOf(text, start, end, p) : spansWithin(matches, start, end);
    const out: TimeMention[] = [];
    for (const { mention } of within) if (mention && (!kind || mention.kind === kind)) out.push(mention);
    return out;
  };
  return { pattern: patternsOf(p).finder, mentions };
}
