import { stringify } from 'csv-stringify/sync';
import type { FigureRecord } from '../types.js';

const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a
 * leading apostrophe; plain numbers, negative ones included, stay numbers.
 */
export function defuse(value: unknown): unknown {
  if (typeof value !== 'string' || PLAIN_NUMBER.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV or TSV (RFC 4180 quoting) in a stable column order; `bom` lets Excel see UTF-8. */
export function delimited(records: FigureRecord[], fields: (keyof FigureRecord)[], delimiter: ',' | '\t', bom: boolean): string {
  const body = stringify(records.map((r) => fields.map((f) => defuse(r[f]))), { header: true, columns: fields as string[], delimiter });
  return (bom ? '\uFEFF' : '') + body;
}
