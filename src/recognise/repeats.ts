import type { Figure } from '../types.js';
import type { Span } from '../lib/spans.js';
import { isWhiteSpace } from '../lib/chars.js';

const GRAM = 10;
const MIN_REPEATS = 4;
/** the most characters between one printing and the next: damage repeats back to back */
const MAX_GAP = 40;
/** how far back a printing counts as the one before */
const REACH = MAX_GAP + GRAM;
const BUCKETS = 1024;
/** what is kept of each run, by its offset modulo this power of two above REACH: no run further back is read */
const WINDOW = 2 ** Math.ceil(Math.log2(REACH + 1));

function sameGram(text: string, a: number, b: number): boolean {
  for (let k = 0; k < GRAM; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** 31 to the power GRAM in 32 bits: the weight of the character a run's hash drops as it rolls on */
const DROPPED = Array.from({ length: GRAM }).reduce<number>((x) => Math.imul(x, 31), 1);

/**
 * Where a 10-character run is printed MIN_REPEATS times or more back to back: from its second
 * printing to the end of each printing from the MIN_REPEATS-th on, in order of their ends. Each
 * printing is found as the last one in the characters just before it, along a chain of the runs
 * before it with the same hash bucket. Runs with white space, or of one character (a rule line,
 * a masked number), repeat no phrase and are left out.
 */
function repeatedRuns(text: string): Span[] {
  // for the printing at each offset in reach: the printings of its run so far, where the run's second one is, and the run before it in its bucket
  const count = new Int32Array(WINDOW);
  const second = new Int32Array(WINDOW);
  const bucketChain = new Int32Array(WINDOW);
  const lastInBucket = new Int32Array(BUCKETS).fill(-1);
  const found: Span[] = [];
  let lastSpace = -1;
  let sameRun = 0;
  let before = -1;
  let hash = 0;
  for (let end = 0; end < text.length; end++) {
    const c = text.charCodeAt(end);
    hash = (Math.imul(hash, 31) + c - (end >= GRAM ? Math.imul(text.charCodeAt(end - GRAM), DROPPED) : 0)) | 0;
    if (isWhiteSpace(c)) lastSpace = end;
    sameRun = c === before ? sameRun + 1 : 1;
    before = c;
    const at = end - GRAM + 1;
    if (at < 0 || lastSpace >= at || sameRun >= GRAM) continue;
    const bucket = hash & (BUCKETS - 1);
    const slot = at & (WINDOW - 1);
    count[slot] = 1;
    for (let p = lastInBucket[bucket]!; p >= 0 && at - p <= REACH; p = bucketChain[p & (WINDOW - 1)]!) {
      if (!sameGram(text, at, p)) continue;
      const previous = p & (WINDOW - 1);
      count[slot] = count[previous]! + 1;
      second[slot] = count[previous] === 1 ? at : second[previous]!;
      if (count[slot]! >= MIN_REPEATS) found.push({ start: second[slot]!, end: at + GRAM });
      break;
    }
    bucketChain[slot] = lastInBucket[bucket]!;
    lastInBucket[bucket] = at;
  }
  return found;
}

/**
 * Stretches of OCR damage where a phrase repeats itself: a 10-character run printed four or
 * more times back to back. Ordinary prose repeats terms, but not a whole run at such short gaps.
 * The first printing is sound; the rest is damage.
 */
export function repeatedSpans(text: string): Span[] {
  // the stretches of one run share their start: merging keeps the longest
  const spans = repeatedRuns(text).sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const top = merged[merged.length - 1];
    if (top && s.start <= top.end + GRAM) top.end = Math.max(top.end, s.end); else merged.push({ ...s });
  }
  return merged;
}

/**
 * Mark figures inside repeated OCR text as `ocr_repeat`, and drop those that only repeat a
 * figure printed before them (same number, unit and lead-in), so each is reported once.
 */
export function markRepeats(text: string, figures: Figure[]): Figure[] {
  const damaged = repeatedSpans(text);
  if (!damaged.length) return figures;
  const key = (f: Figure): string => `${text.slice(Math.max(0, f.start - 2), f.start)}|${f.numberText}|${f.unit}`;
  const seen = new Set<string>();
  const out: Figure[] = [];
  for (const f of figures) {
    const inDamage = damaged.some((s) => s.start <= f.start && f.start < s.end);
    if (inDamage && seen.has(key(f))) continue;
    seen.add(key(f));
    out.push(inDamage ? { ...f, quality: 'ocr_repeat' } : f);
  }
  return out;
}
