import { stringify } from 'csv-stringify/sync';
import type { FigureRecord } from '../types.js';

export const formats = ['json', 'jsonl', 'csv'] as const;
export type Format = (typeof formats)[number];

export const recordFields: (keyof FigureRecord)[] = [
  'file', 'zone', 'zone_level', 'park', 'metric', 'metric_text', 'value', 'unit', 'base_value', 'base_unit',
  'qualifier', 'value_max', 'measure', 'status', 'period', 'start', 'end', 'line', 'column', 'text', 'rule', 'quality',
];

/** Records grouped per zone, zones in order of first appearance. */
export function groupByZone(records: FigureRecord[]): { zone: string | null; zone_level: string | null; figures: FigureRecord[] }[] {
  const groups = new Map<string, { zone: string | null; zone_level: string | null; figures: FigureRecord[] }>();
  for (const r of records) {
    const key = `${r.zone_level}:${r.zone}`;
    if (!groups.has(key)) groups.set(key, { zone: r.zone, zone_level: r.zone_level, figures: [] });
    groups.get(key)!.figures.push(r);
  }
  return [...groups.values()];
}

export function render(records: FigureRecord[], format: Format): string {
  switch (format) {
    case 'json':
      return JSON.stringify(groupByZone(records), null, 2) + '\n';
    case 'jsonl':
      return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
    case 'csv':
      return stringify(records.map((r) => recordFields.map((f) => r[f])), { header: true, columns: recordFields as string[] });
  }
}
