import type { FigureRecord } from '../types.js';

export interface RecordFilter {
  zone?: string[];
  metric?: string[];
  status?: string[];
  measure?: string[];
}

/** Keep the records that match every filter given: zone and metric by part of the name, status and measure exactly. */
export function filterRecords(records: FigureRecord[], f: RecordFilter): FigureRecord[] {
  const part = (value: string | null, wanted?: string[]): boolean => !wanted?.length || (value !== null && wanted.some((w) => value.includes(w)));
  const exact = (value: string, wanted?: string[]): boolean => !wanted?.length || wanted.includes(value);
  return records.filter((r) => part(r.zone, f.zone) && part(r.metric, f.metric) && exact(r.status, f.status) && exact(r.measure, f.measure));
}
