import type { FigureRecord } from '../types.js';
import { namesZone } from '../segment/zoneNames.js';

export interface RecordFilter {
  zone?: string[];
  metric?: string[];
  status?: string[];
  measure?: string[];
}

/**
 * Keep the records that match every filter given: zone by name as records resolve it (part of
 * it, or short or full: 长治高新区 = 长治高新技术产业开发区), metric by part of the name, status
 * and measure exactly.
 */
export function filterRecords(records: FigureRecord[], f: RecordFilter): FigureRecord[] {
  const part = (value: string | null, wanted?: string[]): boolean => !wanted?.length || (value !== null && wanted.some((w) => value.includes(w)));
  const zone = (value: string | null): boolean => !f.zone?.length || (value !== null && f.zone.some((w) => namesZone(w, value)));
  const exact = (value: string, wanted?: string[]): boolean => !wanted?.length || wanted.includes(value);
  return records.filter((r) => zone(r.zone) && part(r.metric, f.metric) && exact(r.status, f.status) && exact(r.measure, f.measure));
}
