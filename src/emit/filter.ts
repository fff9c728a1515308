import type { FigureRecord } from '../types.js';
import type { Patterns } from '../patterns/schema.js';
import { cleanMetric, withSynonyms } from '../attribute/metricWords.js';
import { namesZone } from '../segment/zoneNames.js';

export interface RecordFilter {
  zone?: string[];
  metric?: string[];
  status?: string[];
  measure?: string[];
}

/** A metric asked for, written the way records write it: no punctuation, synonyms replaced (规上 → 规模以上). */
export function metricNormaliser(patterns: Patterns): (name: string) => string {
  const synonyms = Object.entries(patterns.metrics.synonyms);
  return (name) => withSynonyms(cleanMetric(name), synonyms);
}

/**
 * Keep the records that match every filter given: zone by name as records resolve it (part of
 * it, or short or full: 长治高新区 = 长治高新技术产业开发区), metric by part of the name written
 * as records write it, status and measure exactly.
 */
export function filterRecords(records: FigureRecord[], f: RecordFilter, normaliseMetric: (name: string) => string = (name) => name): FigureRecord[] {
  const part = (value: string | null, wanted?: string[]): boolean => !wanted?.length || (value !== null && wanted.some((w) => value.includes(w)));
  const zone = (value: string | null): boolean => !f.zone?.length || (value !== null && f.zone.some((w) => namesZone(w, value)));
  const exact = (value: string, wanted?: string[]): boolean => !wanted?.length || wanted.includes(value);
  const metrics = f.metric?.map(normaliseMetric);
  return records.filter((r) => zone(r.zone) && part(r.metric, metrics) && exact(r.status, f.status) && exact(r.measure, f.measure));
}
