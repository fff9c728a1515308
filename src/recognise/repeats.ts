import type { Figure } from '../types.js';
import type { Span } from '../lib/spans.js';
import { isWhiteSpace } from '../lib/chars.js';

const GRAM = 10;
const MIN_REPEATS = 4;
/** the most characters between one printing and the next: damage repeats back to back */
const MAX_GAP = 40;
/** how far back a printing counts as the one before */
const REACH = MAX_GAP + GRAM;
/** what is kept of each printing, by its offset modulo this power of two above REACH: no printing further back is read */
const WINDOW = 2 ** Math.ceil(Math.log2(REACH + 1));
/** the characters of a probe, and the stride of probes: each run holds exactly one whole probe */
const PROBE = 4;
const STRIDE = GRAM - PROBE + 1;

/** A run of one character, or with white space, repeats no phrase. */
function phraseAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  let one = true;
  for (let k = 0; k < GRAM; k++) {
    const c = text.charCodeAt(at + k);
    if (isWhiteSpace(c)) return false;
    if (c !== first) one = false;
  }
  return !one;
}

/**
 * Where a 10-character run is printed MIN_REPEATS times or more back to back: from its second
 * printing to the end of each printing from the MIN_REPEATS-th on, in order of their ends. The
 * printing before a run's is the nearest one in the REACH before it. Runs with white space, or
 * of one character (a rule line, a masked number), repeat no phrase and are left out.
 *
 * Most runs are printed once, and are passed over a probe at a time: a probe is PROBE characters
 * every STRIDE, so each run holds one, and a run printed before holds the same probe at the same
 * distance. A probe found in the REACH before it by indexOf (native, where a loop in JavaScript
 * costs some fifty instructions a character) is then compared at each distance, nearest first.
 */
function repeatedRuns(text: string): Span[] {
  const n = text.length;
  // for the printings with one before them, by offset modulo WINDOW: the offset, its printings so far, where its second one is
  const owner = new Int32Array(WINDOW).fill(-1);
  const count = new Int32Array(WINDOW);
  const second = new Int32Array(WINDOW);
  // for each run holding the probe, the distance of its nearest printing before (0: none)
  const nearest = new Int32Array(STRIDE);
  const found: Span[] = [];
  for (let probe = STRIDE - 1; probe + PROBE <= n; probe += STRIDE) {
    if (text.indexOf(text.slice(probe, probe + PROBE), Math.max(0, probe - REACH)) === probe) continue;
    const first = probe - STRIDE + 1;
    nearest.fill(0);
    let open = STRIDE;
    for (let d = 1; d <= REACH && d <= probe && open > 0; d++) {
      let k = 0;
      while (k < PROBE && text.charCodeAt(probe + k - d) === text.charCodeAt(probe + k)) k++;
      if (k < PROBE) continue;
      // the characters around the probe equal to those d before, as far as the runs holding it reach
      let from = probe;
      while (from > first && from > d && text.charCodeAt(from - 1) === text.charCodeAt(from - 1 - d)) from--;
      let to = probe + PROBE;
      while (to < probe + GRAM && to < n && text.charCodeAt(to) === text.charCodeAt(to - d)) to++;
      for (let at = from; at + GRAM <= to; at++) if (nearest[at - first] === 0) { nearest[at - first] = d; open--; }
    }
    for (let at = first; at <= probe && at + GRAM <= n; at++) {
      const d = nearest[at - first]!;
      if (d === 0 || !phraseAt(text, at)) continue;
      const before = (at - d) & (WINDOW - 1);
      const printings = owner[before] === at - d ? count[before]! + 1 : 2;
      const slot = at & (WINDOW - 1);
      owner[slot] = at;
      count[slot] = printings;
      second[slot] = printings === 2 ? at : second[before]!;
      if (printings >= MIN_REPEATS) found.push({ start: second[slot]!, end: at + GRAM });
    }
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
