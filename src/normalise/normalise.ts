import type { NormalText, Source } from '../types.js';

const FULL_WIDTH_DIGIT = /[０-９]/;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => c !== undefined && /[\s\u3000\u00a0]/.test(c);
const isLatinUnitStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z㎡%]/.test(c);
const MULTIPLIER = /[万亿千]/;

/** Map one character to its normalised form: full-width digits, letters and ％ become ASCII. */
function foldChar(c: string): string {
  if (FULL_WIDTH_DIGIT.test(c) || /[Ａ-Ｚａ-ｚ％＋．]/.test(c)) return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  return c;
}

/**
 * Whether a run of white space between `prev` and `next` sits inside a figure and should go:
 * "8800 万元", "近 60 万 m²", and across OCR line breaks "不到3\n\n个月".
 */
function joinsFigure(prev: string | undefined, next: string | undefined, hasBreak: boolean): boolean {
  if (prev === undefined || next === undefined) return false;
  if (isDigit(prev) && isDigit(next)) return false; // two numbers stay two numbers
  if (hasBreak) return isDigit(prev) && /[\u4e00-\u9fff%]/.test(next);
  if (isDigit(prev) || isDigit(next)) return true;
  return MULTIPLIER.test(prev) && isLatinUnitStart(next);
}

/** Normalise a source for recognition; every char keeps the offset it came from. */
export function normalise(source: Source): NormalText {
  const input = source.text;
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (isSpace(c)) {
      let j = i;
      while (j < input.length && isSpace(input[j])) j++;
      const run = input.slice(i, j);
      const hasBreak = run.includes('\n');
      if (!joinsFigure(out[out.length - 1], foldChar(input[j] ?? ''), hasBreak)) {
        for (let k = i; k < j; k++) { out.push(input[k]!); origin.push(k); }
      }
      i = j;
      continue;
    }
    out.push(foldChar(c));
    origin.push(i);
    i++;
  }
  origin.push(input.length);
  return { source, text: out.join(''), origin: Int32Array.from(origin) };
}

/** The source offset of a normalised offset (an end offset maps past its last char). */
export function toSourceOffset(norm: NormalText, at: number): number {
  return norm.origin[Math.min(Math.max(at, 0), norm.origin.length - 1)]!;
}

export function toSourceEnd(norm: NormalText, end: number): number {
  return end <= 0 ? 0 : toSourceOffset(norm, end - 1) + 1;
}
