import type { FigureRecord, NormalText } from '../types.js';
import { toSourceEnd, toSourceOffset } from '../normalise/normalise.js';
import { asPrinted } from '../normalise/script.js';
import type { Attributed } from '../attribute/attribute.js';
import { excerptOf } from '../attribute/context.js';
import { maskRecord } from './mask.js';
import type { Locate } from '../lib/position.js';
import { toTwelveDigits } from '../lib/significant.js';
import { lastRead } from '../lib/oncePer.js';

/** The source text of an excerpt (normalised offsets), trimmed: a sentence's records come in a row and share it (one string, compared at once where it is masked and written). */
const excerptText = lastRead((norm: NormalText, start: number, end: number): string =>
  norm.source.text.slice(toSourceOffset(norm, start), toSourceEnd(norm, end)).trim());

/** One output record, with every offset mapped back into the source text. */
export function toRecord(norm: NormalText, a: Attributed, locate: Locate): FigureRecord {
  const start = toSourceOffset(norm, a.figure.start);
  const end = toSourceEnd(norm, a.figure.end);
  const markup = norm.source.markup;
  const { line, column } = locate(markup ? markup.offsets[start] ?? 0 : start);
  const factor = a.figure.value === 0 ? 1 : a.figure.baseValue / a.figure.value;
  // zone, park and metric stay simplified so that both scripts group together; what is quoted is as printed
  const { sentence } = a.site;
  const excerpt = excerptOf(norm.text, a.site);
  return maskRecord({
    file: norm.source.file,
    zone: a.zone?.name ?? null,
    zone_level: a.zone?.level ?? null,
    park: a.park,
    metric: a.metric.metric || null,
    metric_text: asPrinted(norm, a.metric.printed, sentence.start, sentence.end) || null,
    value: a.value,
    unit: asPrinted(norm, a.figure.unit, a.figure.start, a.figure.end),
    base_value: toTwelveDigits(a.value * factor),
    base_unit: a.figure.baseUnit,
    qualifier: a.qualifier,
    value_max: a.figure.valueMax,
    measure: a.measure,
    status: a.status,
    period: a.period,
    start,
    end,
    line,
    column,
    text: excerptText(norm, excerpt.start, excerpt.end),
    rule: a.figure.rule,
    quality: a.figure.quality,
  });
}
