import type { FigureRecord } from '../types.js';

/** A printed number stands for an interval: 16.7 for 16.65..16.75, 209 for 208.5..209.5. */
export interface Interval {
  low: number;
  high: number;
}

/** Half a unit of the last printed digit, read from the text the record points into; counts are exact. */
export function halfUnit(r: FigureRecord, text: string): number {
  if (r.rule.endsWith('-count')) return 0;
  const printed = /^[-－−]?[\d,，]+(\.(\d+))?/.exec(text.slice(r.start, r.end));
  return printed ? 0.5 * 10 ** -(printed[2]?.length ?? 0) : 0.5;
}

export function interval(r: FigureRecord, text: string): Interval {
  const h = halfUnit(r, text);
  return { low: r.value - h, high: r.value + h };
}

export const sum = (xs: Interval[]): Interval => ({ low: xs.reduce((a, x) => a + x.low, 0), high: xs.reduce((a, x) => a + x.high, 0) });
export const overlap = (a: Interval, b: Interval): boolean => a.low <= b.high + 1e-9 && b.low <= a.high + 1e-9;
/** Two printings of one quantity: 15 and 16 touch at 15.5, but 15.5 rounds to 16, so they differ. */
export const samePrinting = (a: Interval, b: Interval): boolean => a.low < b.high - 1e-9 && b.low < a.high - 1e-9;
export const show = (x: number): string => String(Number(x.toFixed(2)));
