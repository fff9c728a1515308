import type { Figure } from '../types.js';
import type { Span } from '../lib/spans.js';

const GRAM = 10;
const MIN_REPEATS = 4;
/** the most characters between one printing and the next: damage repeats back to back */
const MAX_GAP = 40;

/**
 * Stretches of OCR damage where a phrase repeats itself: a 10-character run printed four or
 * more times back to back. Ordinary prose repeats terms, but not a whole run at such short gaps.
 * The first printing is sound; the rest is damage.
 */
export function repeatedSpans(text: string): Span[] {
  const seen = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= text.length; i++) {
    const gram = text.slice(i, i + GRAM);
    // a run of one character (a rule line, a masked number) repeats no phrase
    if (/\s/.test(gram) || gram === gram[0]!.repeat(GRAM)) continue;
    const list = seen.get(gram);
    if (list) list.push(i); else seen.set(gram, [i]);
  }
  const spans: Span[] = [];
  for (const positions of seen.values()) {
    if (positions.length < MIN_REPEATS) continue;
    let runStart = 0;
    for (let k = 1; k <= positions.length; k++) {
      if (k < positions.length && positions[k]! - positions[k - 1]! <= MAX_GAP + GRAM) continue;
      if (k - runStart >= MIN_REPEATS) spans.push({ start: positions[runStart + 1]!, end: positions[k - 1]! + GRAM });
      runStart = k;
    }
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
