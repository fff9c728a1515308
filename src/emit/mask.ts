import type { FigureRecord } from '../types.js';
import { maskPersonalNumbers } from '../lib/personalNumbers.js';

/** A record with personal numbers starred in every text field it prints (not its file name). */
export function maskRecord(record: FigureRecord): FigureRecord {
  const masked: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(record)) if (key !== 'file' && typeof value === 'string') masked[key] = maskPersonalNumbers(value);
  return masked as unknown as FigureRecord;
}
