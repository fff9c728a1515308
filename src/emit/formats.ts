import type { ChalkInstance } from 'chalk';
import type { FigureRecord } from '../types.js';
import { groupByZone } from './group.js';
import { delimited } from './delimited.js';
import { table } from './table.js';
import { workbook } from './xlsx.js';
import { pick, recordFields } from './fields.js';

export const formats = ['json', 'jsonl', 'csv', 'tsv', 'table', 'xlsx'] as const;
export type Format = (typeof formats)[number];

export interface RenderOptions {
  fields?: (keyof FigureRecord)[];
  bom: boolean;
  paint: ChalkInstance;
  /** the width of the terminal a table is shown on */
  width?: number;
}

const only = (fields?: (keyof FigureRecord)[]) => (r: FigureRecord): Partial<FigureRecord> => (fields ? pick(r, fields) : r);

/** The records in a format: text for most, bytes for xlsx. */
export async function render(records: FigureRecord[], format: Format, o: RenderOptions): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return JSON.stringify(groupByZone(records).map((g) => ({ ...g, figures: g.figures.map(only(o.fields)) })), null, 2) + '\n';
    case 'jsonl':
      return records.map(only(o.fields)).map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
    case 'csv':
      return delimited(records, o.fields ?? recordFields, ',', o.bom);
    case 'tsv':
      return delimited(records, o.fields ?? recordFields, '\t', o.bom);
    case 'table':
      return table(records, { fields: o.fields, paint: o.paint, width: o.width });
    case 'xlsx':
      return workbook(records, o.fields ?? recordFields);
  }
}
