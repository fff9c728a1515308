import type { FigureRecord } from '../types.js';
import type { Patterns } from '../patterns/schema.js';
import { cleanMetric } from '../attribute/metricWords.js';

export interface RecordFilter {
  zone?: string[];
  metric?: string[];
  status?: string[];
  measure?: string[];
}

/** A metric asked for, written the way records write it: no punctuation, synonyms replaced (规上 → 规模以上). */
export function metricNormaliser(patterns: Patterns): (name: string) => string {
  const synonyms = Object.entries(patterns.metrics.synonyms);
  return (name) => synonyms.reduce((acc, [from, to]) => acc.split(from).join(to), cleanMetric(name));
}

/** Keep the records that match every filter given: zone and metric by part of the name, status and measure exactly. */
export function filterRecords(records: FigureRecord[], f: RecordFilter, normaliseMetric: (name: string) => string = (name) => name): FigureRecord[] {
  const part = (value: string | null, wanted?: string[]): boolean => !wanted?.length || (value !== null && wanted.some((w) => value.includes(w)));
  const exact = (value: string, wanted?: string[]): boolean => !wanted?.length || wanted.includes(value);
  const metrics = f.metric?.map(normaliseMetric);
  return records.filter((r) => part(r.zone, f.zone) && part(r.metric, metrics) && exact(r.status, f.status) && exact(r.measure, f.measure));
}
