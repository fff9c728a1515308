import type { Patterns } from '../patterns/schema.js';
import type { ZoneRef } from '../types.js';
import { paragraphs, type Paragraph } from '../lib/paragraphs.js';
import type { ZoneMention } from './gazetteer.js';
import { refOf, resolveAggregate, type DocPlaces } from './scope.js';
import { oncePer } from '../lib/oncePer.js';
import { charClass, isHanCode } from '../lib/chars.js';

export interface Heading {
  start: number;
  end: number;
  text: string;
  /** a Markdown heading or a 【…】 line: it opens a section */
  major: boolean;
}

export interface ArticleSpan {
  start: number;
  end: number;
  zone: ZoneRef | null;
  headings: Heading[];
}

type Kind = 'heading' | 'dateline' | 'byline' | 'body';

interface Draft {
  titles: Paragraph[];
  body: Paragraph[];
  headings: Heading[];
  byline: Paragraph | null;
  closed: boolean;
  trailer: Paragraph[];
}

interface Signals {
  byline: RegExp;
  dateline: RegExp;
  nameEnd: RegExp;
}

/** the brackets a byline name in nameEnd closes with (its other ending is a Chinese character) */
const NAME_CLOSING_BRACKETS = ')）';
const isNameClosingBracket = charClass(NAME_CLOSING_BRACKETS);

/** The article signals of patterns/articles.yaml as regular expressions. */
export function articleSignals(rules: Patterns['articles']): Signals {
  const { min, max } = rules.byline_name;
  return {
    byline: new RegExp(`^(${rules.byline_prefixes.join('|')})\\s*[:：]`),
    dateline: new RegExp(`^【?(${rules.datelines.join('|')}|[\\u4e00-\\u9fff]{2,8}讯)[\\s】]`),
    nameEnd: new RegExp(`[。！？”"](\\s*[（(][\\u4e00-\\u9fff]{${min},${max}}[${NAME_CLOSING_BRACKETS}]|\\s+[\\u4e00-\\u9fff]{${min},${max}})$`),
  };
}

/** The signals of each set of rules, compiled once. */
const signalsOf = oncePer(articleSignals);

/** Whether the last char could end nameEnd: a closing bracket or a Chinese char. Most paragraphs end with a full stop, and the regex, which cannot start from the end, is spared them. */
function mayEndWithName(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return isNameClosingBracket(last) || isHanCode(last);
}

function classifier(rules: Patterns['articles']) {
  const { byline, dateline, nameEnd } = signalsOf(rules);
  const kind = (p: Paragraph): Kind => {
    if (byline.test(p.text)) return 'byline';
    if (p.text.startsWith('#')) return 'heading';
    if (dateline.test(p.text)) return 'dateline';
    if (p.text.length <= rules.title_max_length && !/[。！？!?；;，,、：:]/.test(p.text)) return 'heading';
    return 'body';
  };
  return { kind, endsWithName: (p: Paragraph) => mayEndWithName(p.text) && nameEnd.test(p.text) };
}

const asHeading = (p: Paragraph): Heading => ({ start: p.start, end: p.end, text: p.text.replace(/^#+\s*/, ''), major: p.text.startsWith('#') || p.text.startsWith('【') });

/**
 * Split a bulletin into articles by the signals bulletins use: title lines before a dateline
 * (本刊讯), bylines that close an article (供稿: X, a reporter's name after the last sentence),
 * and page headers printed after an article, which are kept with it.
 */
export function splitArticles(text: string, rules: Patterns['articles']): Draft[] {
  const { kind, endsWithName } = classifier(rules);
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let pending: Paragraph[] = [];
  const open = (): Draft => {
    cur = { titles: pending, body: [], headings: pending.map(asHeading), byline: null, closed: false, trailer: [] };
    pending = [];
    drafts.push(cur);
    return cur;
  };
  for (const p of paragraphs(text)) {
    const k = kind(p);
    const current = cur as Draft | null;
    if (k === 'heading') {
      const level1 = /^#\s/.test(p.text);
      if (!current || current.closed || (level1 && current.body.length)) pending.push(p);
      else { current.headings.push(asHeading(p)); current.body.push(p); }
      continue;
    }
    if (k === 'byline') {
      const d = current && !current.closed ? current : open();
      d.byline = p;
      d.closed = true;
      continue;
    }
    if (k === 'dateline' && current && !current.closed && current.body.length) {
      // headings just before the dateline are its titles, not the end of the previous article
      while (current.body.length && kind(current.body[current.body.length - 1]!) === 'heading') {
        pending.unshift(current.body.pop()!);
        current.headings.pop();
      }
      current.closed = true;
    }
    const d = current && !current.closed && !pending.length ? current : open();
    d.body.push(p);
    if (endsWithName(p)) d.closed = true;
  }
  if (pending.length) {
    const last = drafts[drafts.length - 1];
    if (last) last.trailer.push(...pending); else { open(); }
  }
  return drafts;
}

/** How far into an article its opening sentences reach. */
const OPENING = 120;

/**
 * The zone of an article: named in its titles, else in its opening sentences, else in its
 * byline, else in a page header printed after it. An opening that starts with an aggregate word
 * (全省开发区…, 全市…) makes the article about that province or city; a title that names no
 * place (全省开发区动态) names no zone.
 */
export function articleZone(d: Draft, mentionsIn: (start: number, end: number) => ZoneMention[], doc: DocPlaces, compared: (ms: ZoneMention[]) => Set<ZoneMention>): ZoneRef | null {
  const named = (m: ZoneMention): boolean => !m.bare && !m.park && !m.aggregate;
  const first = (ps: Paragraph[], limit = Infinity): ZoneRef | null => {
    for (const p of ps) {
      const ms = mentionsIn(p.start, Math.min(p.end, p.start + limit));
      const others = compared(ms);
      const m = ms.find((x) => named(x) && !others.has(x));
      if (m) return refOf(m);
    }
    return null;
  };
  const opening = d.body.filter((p) => !p.text.startsWith('#')).slice(0, 2);
  const head = opening[0] ? mentionsIn(opening[0].start, opening[0].end).find((m) => !m.park && (named(m) || !!m.aggregate)) : undefined;
  const aggregateOpening = head?.aggregate && head.aggregate !== 'zone' ? head.aggregate : null;
  const title = first(d.titles);
  const zone = title
    ?? (aggregateOpening ? null : first(opening, OPENING))
    ?? first(d.byline ? [d.byline] : [])
    ?? first(d.trailer)
    ?? first(opening, OPENING);
  return aggregateOpening && !title ? resolveAggregate(aggregateOpening, zone, doc) : zone;
}

export function toArticleSpans(drafts: Draft[], textLength: number, zoneOf: (d: Draft) => ZoneRef | null): ArticleSpan[] {
  return drafts.map((d, i) => {
    const parts = [...d.titles, ...d.body, ...(d.byline ? [d.byline] : []), ...d.trailer];
    const start = i === 0 ? 0 : Math.min(...parts.map((p) => p.start));
    const next = drafts[i + 1];
    const nextStart = next ? Math.min(...[...next.titles, ...next.body, ...(next.byline ? [next.byline] : [])].map((p) => p.start)) : textLength;
    return { start, end: nextStart, zone: zoneOf(d), headings: d.headings };
  });
}
