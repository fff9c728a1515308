import type { DocContext, FigureSite } from './context.js';
import type { Rules } from '../patterns/compile.js';
import { spanAt } from '../segment/sentences.js';

interface TimeMention {
  at: number;
  end: number;
  /** a period such as 2023, 2024Q1, 2023.., or a partial one waiting for its year */
  resolve: (year: number | null) => string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const SPANS: Record<string, string> = { '1-12': '', '1-6': 'H1', '7-12': 'H2', '1-3': 'Q1', '4-6': 'Q2', '7-9': 'Q3', '10-12': 'Q4' };

/** Months a to b of year y, as GUIDE.md writes periods: 2023, 2024H1, 2024Q3, 2024-01..2024-09. */
function monthSpan(y: number, a: number, b: number): string {
  const code = SPANS[`${a}-${b}`];
  return code === undefined ? `${y}-${pad(a)}..${y}-${pad(b)}` : `${y}${code}`;
}

/** The time expressions of patterns/cues.yaml as one regular expression. */
export function timePattern(rules: Rules): RegExp {
  const p = rules.patterns.cues.period;
  const words = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-—]/g, '[-—]')).join('|');
  const quarter = Object.keys(p.quarters).sort((a, b) => b.length - a.length).join('|');
  const half = Object.keys(p.halves).join('|');
  const toDate = Object.keys(p.to_date).sort((a, b) => b.length - a.length).join('|');
  return new RegExp([
    `(?<toDate>${toDate})`,
    `(?<year>\\d{4})年(?:度)?(?:(?<sub>${quarter}|${half})|(?<ym1>\\d{1,2})[-—~至](?<ym2>\\d{1,2})月)?(?<since>${words(p.since)})?`,
    `(?<m1>\\d{1,2})[-—~至](?<m2>\\d{1,2})月`,
    `(?<thisYear>${words(p.this_year)})(?<sub2>${quarter}|${half})?(?<since2>${words(p.since)})?`,
    `(?<base>${words(p.comparison_bases)})`,
    `(?<lastYear>${words(p.last_year)})`,
    `(?<whole>${words(p.whole_year)})`,
    `(?<sub3>${quarter}|${half})`,
  ].join('|'), 'g');
}

/** Time expressions in a stretch of text, in order, as patterns/cues.yaml words them. */
export function timeMentions(text: string, offset: number, ctx: DocContext): TimeMention[] {
  const p = ctx.rules.patterns.cues.period;
  const out: TimeMention[] = [];
  for (const m of text.matchAll(ctx.timePattern)) {
    const g = m.groups!;
    const sub = g.sub ?? g.sub2 ?? g.sub3;
    const subCode = sub ? (p.quarters[sub] ?? p.halves[sub]) : '';
    const since = g.since ?? g.since2;
    const at = offset + m.index!;
    const end = at + m[0].length;
    if (g.base) continue; // 比去年同期: a comparison, not a period
    if (g.toDate) {
      const months = p.to_date[g.toDate]!;
      out.push({ at, end, resolve: (y) => (y === null ? null : monthSpan(y, 1, months)) });
    } else if (g.year && g.ym1) {
      const [y, a, b] = [Number(g.year), Number(g.ym1), Number(g.ym2)];
      out.push({ at, end, resolve: () => monthSpan(y, a, b) });
    } else if (g.year) {
      const y = Number(g.year);
      out.push({ at, end, resolve: () => (since ? `${y}..` : `${y}${subCode}`) });
    } else if (g.m1) {
      const [a, b] = [Number(g.m1), Number(g.m2)];
      out.push({ at, end, resolve: (y) => (y === null ? null : monthSpan(y, a, b)) });
    } else if (g.thisYear) {
      out.push({ at, end, resolve: (y) => (y === null ? null : since ? `${y}..` : `${y}${subCode}`) });
    } else if (g.lastYear) {
      out.push({ at, end, resolve: (y) => (y === null ? null : `${y - 1}`) });
    } else if (g.whole) {
      out.push({ at, end, resolve: (y) => (y === null ? null : `${y}`) });
    } else {
      out.push({ at, end, resolve: (y) => (y === null ? null : `${y}${subCode}`) });
    }
  }
  return out;
}

/** The year a bulletin speaks from: its latest full date, else the latest year it names. */
export const FULL_DATE = /(\d{4})(?:年\d{1,2}月\d{1,2}日|[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d))/g;

export function bulletinYear(text: string): number | null {
  const dated = [...text.matchAll(FULL_DATE)].map((m) => Number(m[1]));
  const named = [...text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1])).filter((y) => y >= 1990 && y <= 2100);
  const pool = dated.length ? dated : named;
  return pool.length ? Math.max(...pool) : null;
}

/**
 * The period a figure covers: a time expression in its own clause, else the nearest one
 * before it in its sentence, else its section heading's; a year-less expression takes the
 * year of the section or, failing that, the bulletin's. Cumulative stocks (累计) have none.
 */
export function attributePeriod(ctx: DocContext, site: FigureSite): string | null {
  const { text } = ctx;
  const { figure, clause, sentence } = site;
  const noPeriod = ctx.rules.patterns.cues.period.no_period;
  if (noPeriod.some((w) => text.slice(clause.start, figure.start).includes(w))) return null;
  const headings = site.article.headings.filter((h) => h.major && h.start < figure.start);
  const heading = headings[headings.length - 1];
  const headingTime = heading ? timeMentions(heading.text, 0, ctx)[0] : undefined;
  const sectionYear = (() => {
    const m = heading && /(\d{4})\s*年/.exec(heading.text);
    return m ? Number(m[1]) : null;
  })();
  let sentenceTimes = timeMentions(text.slice(sentence.start, sentence.end), sentence.start, ctx);
  // "…上半年,全市…。其中,X经开区…": a sentence that goes on with the one before keeps its period
  const continues = ctx.rules.patterns.cues.period.continues.some((w) => text.slice(sentence.start, sentence.end).trimStart().startsWith(w));
  const previous = continues ? spanAt(ctx.sentences, sentence.start - 1) : undefined;
  if (!sentenceTimes.some((t) => t.end <= figure.start) && previous && previous !== sentence && !/\n\s*\n/.test(text.slice(previous.end - 1, sentence.start))) {
    sentenceTimes = [...timeMentions(text.slice(previous.start, previous.end), previous.start, ctx), ...sentenceTimes];
  }
  // the year in force for 今年, 一季度, 1—9月: the last plain year named before the figure in its
  // sentence (not a 以来 start), else the section's, else the bulletin's own
  const contextYear = (() => {
    const years = sentenceTimes.filter((t) => t.at < figure.start).map((t) => /^(\d{4})(?:Q\d|H\d)?$/.exec(t.resolve(null) ?? '')?.[1]).filter(Boolean);
    return years.length ? Number(years[years.length - 1]) : sectionYear ?? ctx.bulletinYear;
  })();
  const inClause = sentenceTimes.filter((t) => t.at >= clause.start && t.end <= clause.end);
  const beforeIt = sentenceTimes.filter((t) => t.end <= figure.start);
  const chosen = inClause[inClause.length - 1] ?? beforeIt[beforeIt.length - 1] ?? headingTime;
  return chosen?.resolve(contextYear) ?? null;
}
