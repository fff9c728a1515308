import { clausesIn, holdsWordIn, type DocContext, type FigureSite } from './context.js';
import { countBelow, firstWithin, indexAt, lastEndingBy, type Span } from '../lib/spans.js';
import { lastRead, memoPer } from '../lib/oncePer.js';
import type { TimeMention } from '../segment/timeExpressions.js';
import type { DocumentDate } from '../segment/documentDate.js';
import { codeAt } from '../lib/chars.js';
import { firstEndingAt, firstStartingAt } from '../lib/wordSearch.js';

/** how long a clause of its own that marks a stock may be: 截至目前, 截至今年6月底 */
const STOCK_CLAUSE = 10;
const LINE_FEED = 10;
const UNDATED: DocumentDate = { published: null, reported: null, year: null, reportedYear: null, headerEnd: 0, sections: [] };

/** The last item of a list, or of its first `end`. */
const last = <T>(list: T[], end = list.length): T | undefined => (end > 0 ? list[end - 1] : undefined);

/** The last item of a list (or of its first `end`) that passes `test`, found from the end. */
function lastWhere<T>(list: T[], test: (item: T) => boolean, end = list.length): T | undefined {
  for (let i = end - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

const NONE: TimeMention[] = [];
const endOf = (m: TimeMention): number => m.end;
const anyPeriod = (): boolean => true;
const hasYear = (m: TimeMention): boolean => m.year !== null;
const lastYear = (mentions: TimeMention[], end = mentions.length): number | undefined => lastWhere(mentions, hasYear, end)?.year ?? undefined;

function periodsIn(ctx: DocContext, start: number, end: number): TimeMention[] {
  return ctx.times.mentions(start, end, 'period');
}

/** The periods in a figure's sentence (the part of it read), read once for the sentence's figures in a row. */
const sentencePeriods = lastRead(periodsIn);

/** The time expressions that open a sentence: those before its first figure (all, if it has none). */
function openingPeriods(ctx: DocContext, sentence: Span): TimeMention[] {
  const first = firstWithin(ctx.figures, sentence.start, sentence.end);
  return periodsIn(ctx, sentence.start, first >= 0 ? ctx.figures[first]!.start : sentence.end);
}

/** What passagePeriods found for each sentence of a document, by the header's end, then by sentence index. */
const passagesFor = memoPer((_ctx: DocContext, _headerEnd: number) => new Map<number, TimeMention[]>());

/** The periods a sentence opens with but an as-of date (截至2002年): that dates the stocks of its own sentence and goes no further. */
function openingFlowPeriods(ctx: DocContext, sentence: Span): TimeMention[] {
  const stocks = ctx.rules.patterns.periods.stocks.words;
  return openingPeriods(ctx, sentence).filter((m) => firstEndingAt(ctx.text, m.at, stocks) === undefined);
}

/** A sentence starts on a new line (white space before its first line break aside). */
const startsLine = (text: string, s: Span): boolean => /^\s*\n/.test(text.slice(s.start, s.end)) || codeAt(text, s.start - 1) === LINE_FEED || s.start === 0;

/**
 * The period an earlier sentence of the figure's passage opened with, the nearest first. A
 * passage ends where a sentence starts on a new line (a break inside a sentence is OCR's).
 * Each sentence is walked past once: the sentences walked get what the walk found.
 */
function passagePeriods(ctx: DocContext, sentenceIndex: number, headerEnd: number): TimeMention[] {
  const known = passagesFor(ctx, headerEnd);
  const walked: number[] = [];
  let found: TimeMention[] = [];
  for (let i = sentenceIndex; ; i--) {
    if (known.has(i)) { found = known.get(i)!; break; }
    walked.push(i);
    if (i <= 0 || startsLine(ctx.text, ctx.sentences[i]!) || ctx.sentences[i - 1]!.end <= headerEnd) break;
    const opening = openingFlowPeriods(ctx, ctx.sentences[i - 1]!);
    if (opening.length) { found = opening; break; }
  }
  for (const i of walked) known.set(i, found);
  return found;
}

/** The last period of the section heads that end by `at` that passes `test`: the latest holds, the earlier give its year. */
function lastSectionPeriod(date: DocumentDate, at: number, test: (m: TimeMention) => boolean): TimeMention | undefined {
  for (let i = date.sections.length - 1; i >= 0; i--) {
    const found = date.sections[i]!.end <= at ? lastWhere(date.sections[i]!.periods, test) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The last period of the clauses before the figure that state a time and no figure: 截至2023年底, 今年一季度, */
function lastTimeClausePeriod(ctx: DocContext, site: FigureSite, sentence: Span): TimeMention | undefined {
  const end = site.figure.start;
  const clauses = clausesIn(ctx, site.sentenceIndex, sentence);
  // read from the last clause back: the first that states a period gives its last
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (c.end > end || firstWithin(ctx.figures, c.start, c.end) >= 0) continue;
    const found = last(periodsIn(ctx, c.start, c.end));
    if (found) return found;
  }
  return undefined;
}

/** The size of a thing: a sum that describes it (总投资12亿元的项目), a plant's power (7GW), its capacity (年产1.5万吨). */
function isSize(ctx: DocContext, site: FigureSite): boolean {
  const { after, after_families: afterFamilies, units, before } = ctx.rules.patterns.periods.sizes;
  const { family, unit } = site.figure;
  return units.includes(unit)
    || (afterFamilies.includes(family) && firstStartingAt(site.after, 0, after) !== undefined)
    || firstEndingAt(site.before, site.before.length, before) !== undefined;
}

/** A stock, not a flow: 现有, 累计 before the figure in its clause, or a clause of its own before it (截至目前,) in its sentence (headings aside). */
function isStock(ctx: DocContext, site: FigureSite, sentence: Span): boolean {
  const words = ctx.rules.patterns.periods.stocks.words;
  if (holdsWordIn(ctx, words, site.clause.start, site.figure.start)) return true;
  // the clauses come in order: those before the figure's come first
  for (const c of clausesIn(ctx, site.sentenceIndex, sentence)) {
    if (c.end > site.clause.start) break;
    if (c.end - c.start <= STOCK_CLAUSE && holdsWordIn(ctx, words, c.start, c.end) && firstWithin(ctx.figures, c.start, c.end) < 0) return true;
  }
  return false;
}

/** The period a figure's clause states: its last before the figure, else its first after it (`endedByFigure`: how many of the sentence's mentions end by the figure). */
function ownPeriod(inSentence: TimeMention[], endedByFigure: number, clause: Span): TimeMention | undefined {
  if (endedByFigure && inSentence[endedByFigure - 1]!.at >= clause.start) return inSentence[endedByFigure - 1];
  for (let i = endedByFigure; i < inSentence.length && inSentence[i]!.end <= clause.end; i++) if (inSentence[i]!.at >= clause.start) return inSentence[i];
  return undefined;
}

/** The figure's sentence without the title or heading lines that run into it (they have no closing stop). */
function afterHeadings(site: FigureSite): Span {
  const start = Math.max(site.sentence.start, lastEndingBy(site.article.headings, site.figure.start)?.end ?? 0);
  return { start, end: site.sentence.end };
}

/**
 * The period a figure covers, from the nearest scope that states one: its clause, its sentence
 * before it, the opening of an earlier sentence of its passage, the section heading in force,
 * and last the period the article reports on. A stock keeps only a date stated in its clause
 * or in a clause of its own before it (截至2023年底,). A year-less expression (一季度, 今年) takes the
 * year in force at the figure.
 */
export function attributePeriod(ctx: DocContext, site: FigureSite): string | null {
  const { figure, clause } = site;
  const sentence = afterHeadings(site);
  const date = ctx.dates[indexAt(ctx.articles, site.article.start)] ?? UNDATED;
  const inSentence = sentencePeriods(ctx, sentence.start, sentence.end);
  // the mentions come in order, and so do their ends: those before the figure come first
  const endedByFigure = countBelow(inSentence, figure.start + 1, endOf);
  const stock = isStock(ctx, site, sentence) || isSize(ctx, site);
  const own = ownPeriod(inSentence, endedByFigure, clause) ?? (stock ? lastTimeClausePeriod(ctx, site, sentence) : last(inSentence, endedByFigure));
  const ownYear = lastYear(inSentence, endedByFigure);
  if (stock) return own ? own.period(ownYear ?? (own.whole ? date.reportedYear : date.year)) : null;
  // the passage is read only where the figure's own text leaves the period or its year open, the section heads where the passage does too
  const passage = own && ownYear !== undefined ? NONE : passagePeriods(ctx, site.sentenceIndex, date.headerEnd);
  const chosen = own ?? last(passage) ?? lastSectionPeriod(date, figure.start, anyPeriod);
  const year = ownYear ?? lastYear(passage) ?? lastSectionPeriod(date, figure.start, hasYear)?.year ?? (chosen?.whole ? date.reportedYear : date.year);
  return chosen ? chosen.period(year) : date.reported;
}
