import type { FigureRecord } from '../types.js';
import { lazyRequire } from '../lib/lazy.js';

const csv = lazyRequire<typeof import('csv-stringify/sync')>('csv-stringify/sync');

const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a
 * leading apostrophe; plain numbers, negative ones included, stay numbers.
 */
export function defuse(value: unknown): unknown {
  if (typeof value !== 'string' || PLAIN_NUMBER.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The header line of CSV or TSV in a stable column order; `bom` lets Excel see UTF-8. */
export function delimitedHeader(fields: (keyof FigureRecord)[], delimiter: ',' | '\t', bom: boolean): string {
  return (bom ? '\uFEFF' : '') + csv().stringify([], { header: true, columns: fields as string[], delimiter });
}

/** One record as a CSV or TSV line (RFC 4180 quoting). */
export function delimitedRow(record: FigureRecord, fields: (keyof FigureRecord)[], delimiter: ',' | '\t'): string {
  return csv().stringify([fields.map((f) => defuse(record[f]))], { delimiter });
}
