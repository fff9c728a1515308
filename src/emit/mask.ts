import type { FigureRecord } from '../types.js';
import { maskPersonalNumbers, SHORTEST_PERSONAL_NUMBER } from '../lib/personalNumbers.js';

/** Each field's last value and its masked form: the records of one sentence come in a row and share their excerpt. */
const lastMasked = new Map<string, { value: string; masked: string }>();

function maskedField(key: string, value: string): string {
  if (value.length < SHORTEST_PERSONAL_NUMBER) return value;
  const last = lastMasked.get(key);
  if (last?.value === value) return last.masked;
  const masked = maskPersonalNumbers(value);
  lastMasked.set(key, { value, masked });
  return masked;
}

/** The record with personal numbers starred in every text field it prints (not its file name): changed in place, so given a fresh one. */
export function maskRecord(record: FigureRecord): FigureRecord {
  const fields = record as unknown as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (key === 'file' || typeof value !== 'string') continue;
    // written back only where a number was starred: a store by a key that varies is slow
    const masked = maskedField(key, value);
    if (masked !== value) fields[key] = masked;
  }
  return record;
}
