import type { FigureRecord } from '../types.js';
import type { Patterns } from '../patterns/schema.js';
import { cleanMetric, withSynonyms } from '../attribute/metricWords.js';
import { namesZone, zoneWords } from '../segment/zoneNames.js';

export interface RecordFilter {
  zone?: string[];
  metric?: string[];
  status?: string[];
  measure?: string[];
}

/** How a query's names are read: the way records write them, with the rules in use. */
export interface QueryResolver {
  /** a metric asked for, written as records write it: no punctuation, synonyms replaced (规上 → 规模以上) */
  metric: (name: string) => string;
  /** whether a zone asked for names a record's zone (长治高新区 = 长治高新技术产业开发区) */
  namesZone: (asked: string, zone: string) => boolean;
}

export function queryResolver(patterns: Patterns): QueryResolver {
  const synonyms = Object.entries(patterns.metrics.synonyms);
  const words = zoneWords(patterns.zones);
  return {
    metric: (name) => withSynonyms(cleanMetric(name), synonyms),
    namesZone: (asked, zone) => namesZone(asked, zone, words),
  };
}

/**
 * Keep the records that match every filter given: zone by name as records resolve it (part of
 * it, or short or full: 长治高新区 = 长治高新技术产业开发区), metric by part of the name written
 * as records write it, status and measure exactly.
 */
export function filterRecords(records: FigureRecord[], f: RecordFilter, resolve: QueryResolver): FigureRecord[] {
  const part = (value: string | null, wanted?: string[]): boolean => !wanted?.length || (value !== null && wanted.some((w) => value.includes(w)));
  const zone = (value: string | null): boolean => !f.zone?.length || (value !== null && f.zone.some((w) => resolve.namesZone(w, value)));
  const exact = (value: string, wanted?: string[]): boolean => !wanted?.length || wanted.includes(value);
  const metrics = f.metric?.map(resolve.metric);
  return records.filter((r) => zone(r.zone) && part(r.metric, metrics) && exact(r.status, f.status) && exact(r.measure, f.measure));
}
