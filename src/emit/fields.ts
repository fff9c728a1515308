import type { FigureRecord } from '../types.js';

export const recordFields: (keyof FigureRecord)[] = [
  'file', 'zone', 'zone_level', 'park', 'metric', 'metric_text', 'value', 'unit', 'base_value', 'base_unit',
  'qualifier', 'value_max', 'measure', 'status', 'period', 'start', 'end', 'line', 'column', 'text', 'rule', 'quality',
];

/** The columns a table shows when none are asked for. */
export const tableFields: (keyof FigureRecord)[] = ['metric', 'value', 'unit', 'qualifier', 'measure', 'status', 'period', 'park', 'line'];

/** Parse --fields a,b,c, refusing a name that is not a field. */
export function parseFields(list: string): (keyof FigureRecord)[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(recordFields as string[]).includes(n));
  if (unknown.length) throw new Error(`unknown field ${unknown.join(', ')} (fields: ${recordFields.join(',')})`);
  return names as (keyof FigureRecord)[];
}

/** A record with only the fields asked for, in their order. */
export function pick(record: FigureRecord, fields: (keyof FigureRecord)[]): Partial<FigureRecord> {
  return Object.fromEntries(fields.map((f) => [f, record[f]]));
}
