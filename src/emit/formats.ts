import type { ChalkInstance } from 'chalk';
import type { FigureRecord } from '../types.js';
import { groupByZone } from './group.js';
import { delimited } from './delimited.js';
import { table } from './table.js';
import { workbook } from './xlsx.js';
import { recordFields, tableFields } from './fields.js';

export const formats = ['json', 'jsonl', 'csv', 'tsv', 'table', 'xlsx'] as const;
export type Format = (typeof formats)[number];

export interface RenderOptions {
  fields?: (keyof FigureRecord)[];
  bom: boolean;
  paint: ChalkInstance;
}

/** The records in a format: text for most, bytes for xlsx. */
export async function render(records: FigureRecord[], format: Format, o: RenderOptions): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return JSON.stringify(groupByZone(records), null, 2) + '\n';
    case 'jsonl':
      return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
    case 'csv':
      return delimited(records, o.fields ?? recordFields, ',', o.bom);
    case 'tsv':
      return delimited(records, o.fields ?? recordFields, '\t', o.bom);
    case 'table':
      return table(records, o.fields ?? tableFields, o.paint);
    case 'xlsx':
      return workbook(records, o.fields ?? recordFields);
  }
}
