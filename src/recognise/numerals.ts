import type { Lexicon } from './lexicon.js';
import { codeAt, isDigitAt } from '../lib/chars.js';

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number;
  kind: 'arabic' | 'chinese';
}

/** Read an Arabic number at `at`: 16.7, 1,229, 1，229. */
export function readArabic(text: string, at: number): NumberToken | null {
  if (!isDigitAt(text, at)) return null;
  let i = at;
  while (isDigitAt(text, i)) i++;
  const digitsEnd = i;
  // thousands groups: a separator followed by exactly three digits
  while ((text[i] === ',' || text[i] === '，') && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4)) i += 4;
  const grouped = i > digitsEnd;
  if (text[i] === '.' && isDigitAt(text, i + 1)) {
    i++;
    while (isDigitAt(text, i)) i++;
  }
  const printed = text.slice(at, i);
  return { start: at, end: i, text: printed, value: Number(grouped ? printed.replace(/[,，]/g, '') : printed), kind: 'arabic' };
}

/** The value of a Chinese numeral such as 一千二百三十, 二十, 百, 十亿; NaN when it is not one. */
export function chineseValue(numeral: string, lex: Lexicon): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of numeral) {
    const d = lex.digits.get(ch);
    if (d !== undefined) {
      if (digit !== null && d !== 0) return NaN; // 十四五, 一二期: digits in a row are a name
      digit = d === 0 ? null : d;
      continue;
    }
    const small = lex.smallUnits.get(ch);
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const large = lex.largeUnits.get(ch);
    if (large === undefined) return NaN;
    const part = section + (digit ?? 0) || 1;
    if (large >= 1e8) { total = (total + part) * large; section = 0; } else { section = part * large; }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Read a Chinese numeral run at `at`, leaving a trailing 万/亿 to the unit: 十亿袋 → 十 + 亿袋. */
export function readChinese(text: string, at: number, lex: Lexicon): NumberToken | null {
  let i = at;
  while (lex.isNumeral(codeAt(text, i))) i++;
  while (i - at > 1 && lex.largeUnits.has(text[i - 1]!)) i--;
  if (i === at || lex.largeUnits.has(text[at]!)) return null;
  const printed = text.slice(at, i);
  const value = chineseValue(printed, lex);
  return Number.isFinite(value) && value > 0 ? { start: at, end: i, text: printed, value, kind: 'chinese' } : null;
}
