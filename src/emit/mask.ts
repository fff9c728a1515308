import type { FigureRecord } from '../types.js';
import { maskPersonalNumbers } from '../lib/personalNumbers.js';

/** The record with personal numbers starred in every text field it prints (not its file name): changed in place, so given a fresh one. */
export function maskRecord(record: FigureRecord): FigureRecord {
  const fields = record as unknown as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (key !== 'file' && typeof value === 'string') fields[key] = maskPersonalNumbers(value);
  }
  return record;
}
