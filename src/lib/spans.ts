/** Offsets [start, end) into a text. */
export interface Span {
  start: number;
  end: number;
}

/** The spans lying within [start, end), from a list sorted by start, found by binary search. */
export function spansWithin<T extends Span>(sorted: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}
