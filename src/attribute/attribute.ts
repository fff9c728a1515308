import type { Figure, Measure, Qualifier, Status, ZoneRef } from '../types.js';
import { holdsWordIn, siteOf, type DocContext, type FigureSite } from './context.js';
import { attributeMetric, type MetricReading } from './metric.js';
import { attributeMeasure, type MeasureReading } from './measure.js';
import { attributeStatus } from './status.js';
import { attributePeriod } from './period.js';
import { attributeZone } from './zone.js';
import { attributePark } from './park.js';
import { distributeRespectively } from './respectively.js';

/** A figure with everything attribution found out about it. */
export interface Attributed {
  figure: Figure;
  site: FigureSite;
  zone: ZoneRef | null;
  park: string | null;
  metric: MetricReading;
  measure: Measure;
  status: Status;
  period: string | null;
  value: number;
  qualifier: Qualifier | null;
}

/** what ends an item of a list: the items after it have subjects of their own */
const SEMICOLONS = ['；', ';'];

/** The figure measures what the one before it in its sentence does (营收将超N亿元,较上年增长M%). */
function goesOn(metric: MetricReading, previous: MetricReading | null): boolean {
  if (!previous || !metric.metric) return false;
  return metric.metric === previous.metric || metric.metric === previous.comparable || (!!metric.subject && metric.subject === previous.subject);
}

/** Attribute every figure of a document, in order: each may carry its subject to the next. */
export function attributeFigures(ctx: DocContext): Attributed[] {
  const out: Attributed[] = [];
  let previousMetric: MetricReading | null = null;
  let previousPercent: MeasureReading | null = null;
  let previousSentence = -1;
  let previousStatus: Status | null = null;
  let previousInSentence: MetricReading | null = null;
  let parts: { whole: MetricReading; count: number } | null = null;
  // a loop, not forEach: what carries from figure to figure stays in locals, not in a closure's context
  for (let index = 0; index < ctx.figures.length; index++) {
    const figure = ctx.figures[index]!;
    const site = siteOf(ctx, index);
    if (site.sentence.start !== previousSentence) { previousMetric = null; previousPercent = null; previousInSentence = null; parts = null; previousSentence = site.sentence.start; }
    // items after a semicolon have subjects of their own
    if (index > 0 && holdsWordIn(ctx, SEMICOLONS, ctx.figures[index - 1]!.end, figure.start)) { previousMetric = null; parts = null; }
    const measure = attributeMeasure(ctx, site, previousPercent);
    const previousEnd = index > 0 ? ctx.figures[index - 1]!.end : site.sentence.start;
    if (previousMetric && holdsWordIn(ctx, ctx.rules.patterns.cues.measure.share.part_words, previousEnd, figure.start)) parts = { whole: previousMetric, count: 0 };
    let metric = attributeMetric(ctx, site, measure, previousMetric);
    // after a list of parts (其中A 5个,B 7个,完成投资N亿元) an attribute is the whole's, not the last part's
    const carried = previousMetric !== null && metric.subject === (previousMetric as MetricReading).subject;
    if (parts && parts.count >= 2 && carried && previousMetric !== parts.whole) metric = attributeMetric(ctx, site, measure, parts.whole);
    else if (parts && metric.subject && !carried) parts.count++;
    if (figure.family === 'percent' && !site.inParens) previousPercent = measure;
    const status = attributeStatus(ctx, site, measure, goesOn(metric, previousInSentence) ? previousStatus : null);
    out.push({
      figure, site, metric,
      zone: attributeZone(ctx, site),
      park: attributePark(ctx, site),
      measure: measure.measure,
      status,
      period: attributePeriod(ctx, site),
      value: measure.negative ? -figure.value : figure.value,
      qualifier: figure.qualifier,
    });
    if (metric.subject) previousMetric = metric;
    previousStatus = status;
    previousInSentence = metric;
  }
  return distributeRespectively(ctx, out);
}
