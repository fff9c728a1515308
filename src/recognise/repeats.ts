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

function sameGram(text: string, a: number, b: number): boolean {
  for (let k = 0; k < GRAM; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** 31 to the power GRAM in 32 bits: the weight of the character a run's hash drops as it rolls on */
const DROPPED = Array.from({ length: GRAM }).reduce<number>((x) => Math.imul(x, 31), 1);

/** For the 10-character run at each offset, what the printings of it just before it tell. */
interface Printings {
  /** the printings of the run so far, this one included (0: a run left out) */
  count: Int32Array;
  /** where the run's second printing is */
  second: Int32Array;
  /** whether the run is printed again after this printing */
  continued: Uint8Array;
  /** the most printings of any run */
  most: number;
}

/**
 * How many times each 10-character run is printed back to back, each printing found as the last
 * one in the characters just before it, along a chain of the runs before it with the same hash
 * bucket. Runs with white space, or of one character (a rule line, a masked number), repeat no
 * phrase and are left out.
 */
function countPrintings(text: string): Printings {
  const runs = Math.max(0, text.length - GRAM + 1);
  const count = new Int32Array(runs);
  const second = new Int32Array(runs);
  const continued = new Uint8Array(runs);
  const lastInBucket = new Int32Array(BUCKETS).fill(-1);
  const bucketChain = new Int32Array(runs);
  let lastSpace = -1;
  let sameRun = 0;
  let before = -1;
  let hash = 0;
  let most = 0;
  for (let end = 0; end < text.length; end++) {
    const c = text.charCodeAt(end);
    hash = (Math.imul(hash, 31) + c - (end >= GRAM ? Math.imul(text.charCodeAt(end - GRAM), DROPPED) : 0)) | 0;
    if (isWhiteSpace(c)) lastSpace = end;
    sameRun = c === before ? sameRun + 1 : 1;
    before = c;
    const at = end - GRAM + 1;
    if (at < 0 || lastSpace >= at || sameRun >= GRAM) continue;
    const bucket = hash & (BUCKETS - 1);
    count[at] = 1;
    for (let p = lastInBucket[bucket]!; p >= 0 && at - p <= REACH; p = bucketChain[p]!) {
      if (!sameGram(text, at, p)) continue;
      count[at] = count[p]! + 1;
      second[at] = count[p] === 1 ? at : second[p]!;
      continued[p] = 1;
      most = Math.max(most, count[at]!);
      break;
    }
    bucketChain[at] = lastInBucket[bucket]!;
    lastInBucket[bucket] = at;
  }
  return { count, second, continued, most };
}

/**
 * Stretches of OCR damage where a phrase repeats itself: a 10-character run printed four or
 * more times back to back. Ordinary prose repeats terms, but not a whole run at such short gaps.
 * The first printing is sound; the rest is damage.
 */
export function repeatedSpans(text: string): Span[] {
  const { count, second, continued, most } = countPrintings(text);
  // as in most texts, no run is printed often enough
  if (most < MIN_REPEATS) return [];
  const spans: Span[] = [];
  for (let at = 0; at < count.length; at++) {
    if (!continued[at] && count[at]! >= MIN_REPEATS) spans.push({ start: second[at]!, end: at + GRAM });
  }
  spans.sort((x, y) => x.start - y.start);
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
