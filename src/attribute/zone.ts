import type { ZoneRef } from '../types.js';
import type { ZoneMention } from '../segment/gazetteer.js';
import { cityOwn, comparisons, refOf, resolveAggregate } from '../segment/scope.js';
import { spanAt } from '../segment/sentences.js';
import { indexAt, type Span } from '../lib/spans.js';
import { clauseStartAt, firstBracketIn, isClosingParen, lineStartOf, mentionsWithin, type DocContext, type FigureSite } from './context.js';
import type { ArticleSpan } from '../segment/articles.js';
import { memoPer, oncePer } from '../lib/oncePer.js';
import { charClass, isWhiteSpace } from '../lib/chars.js';
import { wordsEnding, wordsStarting } from '../lib/wordSearch.js';

/** Whether a mention opens its clause (leadsClause), worked out once a mention: a sentence's figures ask of the same ones. */
const opensClause = memoPer(leadsClause);

/** Whether a mention opens its clause, time words and lead words aside: "2024年,长治市…", "其中,大同市…". */
function leadsClause(ctx: DocContext, m: ZoneMention): boolean {
  const clauseStart = clauseStartAt(ctx, spanAt(ctx.sentences, m.start).start, m.start);
  if (clauseStart === m.start) return true;
  // 各开发区, 20个高新区: the words that make a zone word many zones belong to the subject
  const lead = ctx.text.slice(clauseStart, m.start).replace(ctx.rules.gazetteer.zoneSetBefore, '').replace(ctx.times.pattern, '').replace(/[\s\d年月日号至到—\-~“”"‘’《》【】]/g, '');
  return !lead || ctx.rules.patterns.zones.subject_lead.includes(lead);
}

/** Whether `at` lies inside brackets that close before `end` (the first bracket after it closes): 20个高新区(未含X高新区)实现… */
function inClosedBrackets(ctx: DocContext, at: number, end: number): boolean {
  const bracket = firstBracketIn(ctx, at, end);
  return bracket >= 0 && isClosingParen(ctx.text.charCodeAt(bracket));
}

/** The mentions of the sentence that starts at `start`, and those of them that are compared with. */
const sentenceComparisons = memoPer((ctx: DocContext, start: number): { mentions: ZoneMention[]; compared: Set<ZoneMention> } => {
  const mentions = mentionsWithin(ctx, start, spanAt(ctx.sentences, start).end);
  return { mentions, compared: comparisons(ctx.text, ctx.rules.gazetteer, mentions, start) };
});

/** Which of `mentions`, the first of a sentence's, are compared with (占A的…, 高于B): worked out once for the whole sentence. */
function comparedIn(ctx: DocContext, sentence: Span, mentions: ZoneMention[]): Set<ZoneMention> {
  const whole = sentenceComparisons(ctx, sentence.start);
  // a mention is compared or not by itself and the mentions before it
  return opensWith(whole.mentions, mentions) ? whole.compared : comparisons(ctx.text, ctx.rules.gazetteer, mentions, sentence.start);
}

/** Whether a list starts with the items of `first`, in order. */
function opensWith<T>(list: T[], first: T[]): boolean {
  if (first.length > list.length) return false;
  for (let i = 0; i < first.length; i++) if (list[i] !== first[i]) return false;
  return true;
}

/** Whether a mention of a sentence can be its subject: not compared with, no park, not in brackets that close before `end`. */
const canBeSubject = (ctx: DocContext, m: ZoneMention, compared: Set<ZoneMention>, end: number): boolean =>
  !compared.has(m) && !m.park && !inClosedBrackets(ctx, m.end, end);

/** What a mention stands for in its article: aggregates and bare zone words resolved; null if it names no subject here. */
function resolve(ctx: DocContext, m: ZoneMention, article: ZoneRef | null): ZoneRef | null {
  if (m.aggregate) return resolveAggregate(m.aggregate, article, ctx.places);
  if (!m.bare) return refOf(m);
  if (article?.level === 'province') return article;
  if (article?.level === 'city' && ctx.rules.patterns.zones.bare_in_city.includes(m.printed)) return cityOwn(ctx.rules.gazetteer, m.printed, article);
  return null;
}

/**
 * The subject the figure's own sentence names before it: the nearest zone, or a city, province or
 * aggregate word that opens its clause (a city in mid-clause, 完成晋城市下达的任务, is an object),
 * names its zones (阳泉市开发区), is the figure's own clause's aggregate, or stands right before the figure.
 */
function sentenceSubject(ctx: DocContext, site: FigureSite): ZoneMention | null {
  const { figure, sentence } = site;
  const mentions = mentionsWithin(ctx, sentence.start, figure.start);
  if (!mentions.length) return null;
  const compared = comparedIn(ctx, sentence, mentions);
  const suffixEnding = wordsEnding(ctx.rules.gazetteer.suffixes);
  // the nearest first: comparisons, parks and parentheticals left out; those before it are not looked at
  for (let i = mentions.length - 1; i >= 0; i--) if (canBeSubject(ctx, mentions[i]!, compared, figure.start) && usable(ctx, site, mentions[i]!, suffixEnding)) return mentions[i]!;
  return null;
}

/** Whether a mention before a figure in its sentence is one the figure can be about, as sentenceSubject says. */
function usable(ctx: DocContext, site: FigureSite, m: ZoneMention, suffixEnding: (text: string, end: number) => string | undefined): boolean {
  // in a province's report a bare 高新区 is its zones as a whole where it is the subject
  if (m.bare && !m.aggregate) return resolve(ctx, m, site.article.zone) !== null && (site.article.zone?.level !== 'province' || opensClause(ctx, m));
  if (m.level === 'zone' && !m.aggregate) return true;
  const namesZones = !m.aggregate && suffixEnding(m.printed, m.printed.length) !== undefined;
  return namesZones || opensClause(ctx, m) || (!!m.aggregate && m.start >= site.clause.start) || !ctx.text.slice(m.end, site.figure.start).trim();
}

/**
 * The place that opens a sentence (any of its clauses), if any; a place that names a body or an
 * office (X经开区党工委书记) opens none.
 */
function sentenceHead(ctx: DocContext, s: Span): ZoneMention | undefined {
  const mentions = mentionsWithin(ctx, s.start, s.end);
  if (!mentions.length) return undefined;
  const organAt = wordsStarting(ctx.rules.gazetteer.organWords);
  const organ = (m: ZoneMention): boolean => organAt(ctx.text, m.end) !== undefined;
  // the comparisons of the sentence are worked out only for a mention that opens its clause
  let compared: Set<ZoneMention> | undefined;
  return mentions.find((m) => (!m.bare || m.aggregate) && !organ(m)
    && opensClause(ctx, m) && canBeSubject(ctx, m, (compared ??= comparedIn(ctx, s, mentions)), s.end));
}

/** Nothing but white space stands between a line's start and `at`: read back from `at`, not along a long line. */
function opensLine(text: string, lineStart: number, at: number): boolean {
  let i = at;
  while (i > lineStart && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i === lineStart;
}

/**
 * The subject each sentence carries from before it: the place opening an earlier sentence of its
 * paragraph ("大同市…。其中,签约项目20个"), else the place opening an earlier paragraph of its
 * article, up to a heading ("大同市…\n其中…\n阳泉市…"). In a zone's report only a zone carries on.
 * One pass over the document, kept for all its figures.
 */
const carriedSubjects = oncePer((ctx: DocContext): (ZoneMention | null)[] => {
  const out: (ZoneMention | null)[] = [];
  let article: ArticleSpan | null = null;
  let line = -1;
  let across: ZoneMention | null = null;
  let inParagraph: ZoneMention | null | undefined;
  let opening: ZoneMention | null | undefined;
  for (const s of ctx.sentences) {
    const a = spanAt(ctx.articles, s.start) as ArticleSpan;
    const lineStart = lineStartOf(ctx, s.start);
    if (a !== article) [article, across, inParagraph, opening, line] = [a, null, undefined, undefined, lineStart];
    if (lineStart !== line) [across, inParagraph, opening, line] = [opening !== undefined ? opening : across, undefined, undefined, lineStart];
    const heading = a.headings[indexAt(a.headings, s.start)];
    if (heading && s.start < heading.end) {
      [across, inParagraph, opening] = [null, undefined, undefined];
      out.push(null);
      continue;
    }
    out.push(inParagraph !== undefined ? inParagraph : across);
    const zoneReport = a.zone?.level === 'zone';
    const carries = (m: ZoneMention): ZoneMention | null => (!zoneReport || (m.level === 'zone' && !m.aggregate) || m.aggregate === 'zone' ? m : null);
    const head = sentenceHead(ctx, s);
    if (head) inParagraph = carries(head);
    // the place opening the sentence's first clause, on a line it opens: mentions come in order, so it is the head or none
    if (head && opensLine(ctx.text, lineStart, s.start) && clauseStartAt(ctx, s.start, head.start) === s.start) opening = carries(head);
  }
  return out;
});

/**
 * In a city's report a sentence about one zone may name it after the figure, as the subject of
 * a later clause ("在…5亿元的基金基础上,X高新区稳步推进…"), not as an object (推动X、Y经开区调区).
 */
function laterSubject(ctx: DocContext, site: FigureSite): ZoneRef | null {
  const later = mentionsWithin(ctx, site.figure.end, site.sentence.end).filter((m) => !m.bare && !m.park && !m.aggregate && m.level === 'zone');
  if (!later.some((m) => /[，,；;：:]/.test(ctx.text[m.start - 1] ?? ''))) return null;
  return new Set(later.map((m) => m.name)).size === 1 ? refOf(later[0]!) : null;
}

const isApproximation = charClass('超近约');
const ENUMERATION_END = '等'.charCodeAt(0);

/** 等 ends text[floor, end), an approximation word after it aside (…等超N个): read by char code. */
function closesEnumeration(text: string, floor: number, end: number): boolean {
  let at = end;
  if (at > floor && isApproximation(text.charCodeAt(at - 1))) at--;
  return at > floor && text.charCodeAt(at - 1) === ENUMERATION_END;
}

/**
 * The zone, city or province a figure is about: the most specific place its sentence names for
 * it (in a city's report, also after it); else the place that opens an earlier sentence of its
 * paragraph, or an earlier paragraph; else the article's zone; else the document's one zone. A figure about several places (…等N个) belongs to the article.
 */
export function attributeZone(ctx: DocContext, site: FigureSite): ZoneRef | null {
  const { figure, sentence } = site;
  const article = site.article.zone ?? ctx.places.zone;
  if (closesEnumeration(ctx.text, Math.max(sentence.start, figure.start - 2), figure.start)) return article;
  const own = sentenceSubject(ctx, site);
  if (own) return resolve(ctx, own, article) ?? article;
  const later = article?.level === 'city' ? laterSubject(ctx, site) : null;
  if (later) return later;
  const carried = carriedSubjects(ctx)[site.sentenceIndex] ?? null;
  return (carried && resolve(ctx, carried, article)) ?? article;
}
