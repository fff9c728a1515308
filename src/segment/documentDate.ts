import type { Patterns } from '../patterns/schema.js';
import type { Span } from '../lib/spans.js';
import type { ArticleSpan } from './articles.js';
import { paragraphs, type Paragraph } from '../lib/paragraphs.js';
import { oncePer } from '../lib/oncePer.js';
import { escapeRegExp } from '../lib/regex.js';
import { charClass } from '../lib/chars.js';
import type { TimeMention, TimeReader } from './timeExpressions.js';

/**
 * What a bulletin (or one article of it) says of its own time: the date it was published
 * and the period it reports on, with the year that 今年 and 全年 mean there.
 */
export interface DocumentDate {
  published: { year: number; month: number } | null;
  /** the period its figures cover where nothing nearer says otherwise */
  reported: string | null;
  /** the year in force for an expression without its year (今年) */
  year: number | null;
  /** the year 全年 means: the year reported on */
  reportedYear: number | null;
  /** where the header (titles, datelines, first sentence) ends */
  headerEnd: number;
  /** the section heads after the header that state a period, in order */
  sections: SectionHead[];
}

/** A heading, or a short line opening with a list number (二、2024年工作计划), that states a period. */
export interface SectionHead {
  start: number;
  end: number;
  periods: TimeMention[];
}

/**
 * A full date as datelines print it: 2023年12月1日, 2024-07-15, 2018年06月28日. Its first digit is
 * matched before the look behind that no digit precedes it: a pattern that opens with a digit is
 * searched for fast.
 */
export const FULL_DATE = /(\d(?<!\d\d)\d{3})(?:年(\d{1,2})月\d{1,2}日|[-/.](0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d))/g;
/** The numerals of a year written digit by digit in Chinese: 二〇二三. */
const YEAR_NUMERALS = '〇○零一二三四五六七八九';
const isYearNumeral = charClass(YEAR_NUMERALS);
/** A full date in Chinese numerals, as official documents sign off: 二〇二三年十二月一日 (read where its year starts). */
export const CHINESE_DATE = new RegExp(`([${YEAR_NUMERALS}]{4})年([一二三四五六七八九十]{1,3})月[一二三四五六七八九十]{1,3}日`, 'y');
const CHINESE_YEAR_LENGTH = 4;

/**
 * The full dates in Chinese numerals within text[start, end), read at each 年 after a numeral: a
 * scan that tries every character is slow on Chinese text, where numerals abound, and most 年
 * follow an Arabic year or a word.
 */
function chineseDates(text: string, start: number, end: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let year = text.indexOf('年', start + CHINESE_YEAR_LENGTH); year >= 0 && year < end; year = text.indexOf('年', year + 1)) {
    if (!isYearNumeral(text.charCodeAt(year - 1))) continue;
    CHINESE_DATE.lastIndex = year - CHINESE_YEAR_LENGTH;
    const m = CHINESE_DATE.exec(text);
    if (m && m.index + m[0].length <= end) found.push(m);
  }
  return found;
}

/** 二〇二三 → 2023 (digit by digit), 十二 → 12. */
function chineseNumber(printed: string, digits: Record<string, number>): number {
  const value = (c: string): number => digits[c] ?? (c === '○' ? 0 : NaN);
  if (!printed.includes('十')) return Number([...printed].map(value).join(''));
  const [tens, ones] = printed.split('十');
  return (tens ? value(tens) : 1) * 10 + (ones ? value(ones) : 0);
}

/** How many lines before the first sentence may hold titles and datelines. */
const HEADER_LINES = 8;
const SENTENCE_END = /[。！？!?]/;
/** a title or dateline line: short, without the punctuation of running text */
const TITLE_LENGTH = 48;
const BODY_PUNCTUATION = /[。；;，,]/;

/** The latest full date in text[start, end) that is not the date of an event (批复设立). */
function latestDate(text: string, start: number, end: number, times: TimeReader, digits: Record<string, number>): DocumentDate['published'] {
  const events = new Set(times.mentions(start, end, 'event').map((m) => m.at));
  const stretch = text.slice(start, end);
  const dates = [
    ...[...stretch.matchAll(FULL_DATE)].filter((m) => !events.has(start + m.index!)).map((m) => ({ year: Number(m[1]), month: Number(m[2] ?? m[3]) })),
    ...chineseDates(text, start, end).map((m) => ({ year: chineseNumber(m[1]!, digits), month: chineseNumber(m[2]!, digits) })),
  ].filter((d) => d.month >= 1 && d.month <= 12);
  return dates.reduce<DocumentDate['published']>((best, d) => (!best || d.year * 12 + d.month > best.year * 12 + best.month ? d : best), null);
}

/** The header of an article (its lines given): its title lines, datelines and source lines, then its first sentence. */
function header(article: Span, lines: Paragraph[]): { titles: Span[]; first: Span | null } {
  const titles: Span[] = [];
  for (const p of lines.slice(0, HEADER_LINES)) {
    const span = { start: article.start + p.start, end: article.start + p.end };
    if (p.text.length <= TITLE_LENGTH && !BODY_PUNCTUATION.test(p.text)) { titles.push(span); continue; }
    const stop = p.text.search(SENTENCE_END);
    return { titles, first: { start: span.start, end: stop < 0 ? span.end : span.start + stop + 1 } };
  }
  return { titles, first: null };
}

/**
 * A date to the day (2018年06月28日) is when a bulletin was published, and a deadline (到2025年)
 * when a plan ends: neither is the period it reports on.
 */
const reportable = (text: string, deadlines: string[]) => (m: TimeMention): boolean =>
  m.kind === 'period' && !/[日号]$/.test(text.slice(m.at, m.end)) && !deadlines.some((w) => text.startsWith(w, m.at - w.length));

/** A title's period: a plan year (2023年工作打算) only where the title names no other. */
function titlePeriod(text: string, titles: Span[], times: TimeReader, planWords: string[], usable: (m: TimeMention) => boolean): TimeMention | undefined {
  const dated = titles.flatMap((t) => times.mentions(t.start, t.end).filter((m) => usable(m) && m.dated)
    .map((m, i, all) => ({ m, plan: planWords.some((w) => text.slice(m.end, all[i + 1]?.at ?? t.end).includes(w)) })));
  return (dated.find((d) => !d.plan) ?? dated[0])?.m;
}

/**
 * A list number as patterns/periods.yaml writes it, literally, with 一 for any Chinese numeral and
 * 1 for any number of one or two digits (not the start of a decimal): 一、 (一) 1. → one pattern,
 * built once per rules.
 */
export const sectionMarker = oncePer((rules: Patterns['periods']): RegExp => {
  const forms = rules.sections.markers.map((m) => escapeRegExp(m).replace(/一/g, '[一二三四五六七八九十]+').replace(/1/g, '\\d{1,2}') + (m.includes('1') ? '(?!\\d)' : ''));
  return new RegExp(`^(?:${forms.join('|')})`);
});

/** The article's headings and its short lines that open with a list number, after its header, each place once. */
function sectionHeads(text: string, article: ArticleSpan, lines: Paragraph[], headerEnd: number, times: TimeReader, rules: Patterns['periods']): SectionHead[] {
  const marker = sectionMarker(rules);
  const numbered = lines
    .filter((p) => p.text.length <= rules.sections.max_length && marker.test(p.text) && !SENTENCE_END.test(p.text))
    .map((p) => ({ start: article.start + p.start, end: article.start + p.end }));
  const seen = new Set<number>();
  const heads = [...article.headings, ...numbered].filter((h) => !seen.has(h.start) && seen.add(h.start) && h.start >= headerEnd);
  return heads.sort((a, b) => a.start - b.start)
    .map((h) => ({ start: h.start, end: h.end, periods: times.mentions(h.start, h.end, 'period') }))
    .filter((h) => h.periods.length);
}

/**
 * The date of each article: published from a dateline or a full date in its header (else the
 * bulletin's latest full date); reported from a dated title, else the first sentence's period,
 * else a title's year-less period, else, where the article speaks of a whole year, the published
 * year if published in its last months, or the year before if in its first.
 */
export function articleDates(text: string, articles: ArticleSpan[], times: TimeReader, patterns: Pick<Patterns, 'periods' | 'numbers'>): DocumentDate[] {
  const rules = patterns.periods;
  const digits = patterns.numbers.digits;
  const bulletinDate = latestDate(text, 0, text.length, times, digits);
  const usable = reportable(text, rules.deadlines.words);
  return articles.map((article) => {
    const lines = paragraphs(text.slice(article.start, article.end));
    const { titles, first } = header(article, lines);
    const headerEnd = first?.end ?? titles[titles.length - 1]?.end ?? article.start;
    const published = latestDate(text, article.start, headerEnd, times, digits) ?? bulletinDate;
    const firstPeriod = first ? times.mentions(first.start, first.end).find(usable) : undefined;
    const yearless = titles.flatMap((t) => times.mentions(t.start, t.end)).find(usable);
    const chosen = titlePeriod(text, titles, times, rules.plan_titles.words, usable) ?? firstPeriod ?? yearless;
    const statedYear = [chosen, firstPeriod].find((m) => m?.year != null)?.year ?? null;
    const year = statedYear ?? published?.year ?? null;
    const reported = chosen?.period(year) ?? null;
    const sections = sectionHeads(text, article, lines, headerEnd, times, rules);
    const { words, months } = rules.review;
    const lookingBack = published && (published.month <= months || published.month > 12 - months);
    if (!reported && lookingBack && words.some((w) => text.slice(article.start, article.end).includes(w))) {
      const reportedYear = published.month <= months ? published.year - 1 : published.year;
      return { published, reported: String(reportedYear), year, reportedYear, headerEnd, sections };
    }
    return { published, reported, year, reportedYear: year, headerEnd, sections };
  });
}
