/** Offsets [start, end) into a text. */
export interface Span {
  start: number;
  end: number;
}

/** How many of a sorted list's items have `key` below `at` (binary search). */
export function countBelow<T>(sorted: ArrayLike<T>, at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// the keys made once: an arrow written in the call would be a new closure at every call
/** The key of a list of numbers sorted as they are. */
export const itself = (n: number): number => n;
const startOf = (s: Span): number => s.start;
const endOf = (s: Span): number => s.end;

/** The index of the last span starting at or before `at`, in a list sorted by start; -1 if none. */
export const indexAt = (sorted: Span[], at: number): number => countBelow(sorted, at + 1, startOf) - 1;

/** The last span ending at or before `at`, in a list of spans apart from each other sorted by start. */
export const lastEndingBy = <T extends Span>(sorted: T[], at: number): T | undefined => sorted[countBelow(sorted, at + 1, endOf) - 1];

/** The spans lying within [start, end), from a list sorted by start, found by binary search. */
export function spansWithin<T extends Span>(sorted: T[], start: number, end: number): T[] {
  const lo = countBelow(sorted, start, startOf);
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** The index of the first span lying within [start, end), from a list sorted by start; -1 if none: spansWithin's first, no list made. */
export function firstWithin(sorted: Span[], start: number, end: number): number {
  for (let i = countBelow(sorted, start, startOf); i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) return i;
  return -1;
}
