import type { Figure, Qualifier } from '../types.js';
import type { Lexicon, UnitForm } from './lexicon.js';
import { readArabic, readChinese, type NumberToken } from './numerals.js';
import type { Exclusion } from './exclusions.js';
import { toTwelveDigits } from '../lib/significant.js';
import { codeAt, isAsciiDigit } from '../lib/chars.js';

interface UnitMatch {
  end: number;
  printed: string;
  family: string;
  baseUnit: string;
  factor: number;
}

/** A unit at `at`: an optional multiplier, a unit form, and an optional "/unit" (万元/亩, 吨/年). */
function readUnit(text: string, at: number, lex: Lexicon): UnitMatch | null {
  const simple = (from: number): { end: number; form: UnitForm; multiplier: number } | null => {
    const direct = lex.units.longestAt(text, from)?.value;
    const mult = lex.multipliers.longestAt(text, from);
    const afterMult = mult ? lex.units.longestAt(text, from + mult.word.length)?.value : undefined;
    // 千瓦 is a unit, 千万元 is a multiplier and a unit: take the longer reading
    if (mult && afterMult && (!direct || mult.word.length + afterMult.form.length > direct.form.length)) {
      return { end: from + mult.word.length + afterMult.form.length, form: afterMult, multiplier: mult.value };
    }
    return direct ? { end: from + direct.form.length, form: direct, multiplier: 1 } : null;
  };
  const first = simple(at);
  if (!first) return null;
  let { end } = first;
  let family = first.form.family;
  let baseUnit = first.form.base;
  let factor = first.multiplier * first.form.factor;
  if (text[end] === lex.compoundSeparator) {
    const second = simple(end + 1);
    if (second) {
      family = `${family}/${second.form.family}`;
      baseUnit = `${baseUnit}/${second.form.base}`;
      factor /= second.multiplier * second.form.factor;
      end = second.end;
    }
  }
  return { end, printed: text.slice(at, end), family, baseUnit, factor };
}

/** A number starting at `at`, at a digit or a numeral: not inside a number, and a Chinese one not right after a numeral. */
function readNumber(text: string, at: number, digit: boolean, lex: Lexicon): NumberToken | null {
  const prev = codeAt(text, at - 1);
  if (isAsciiDigit(prev) || prev === 0x2e || (!digit && lex.isNumeral(prev))) return null;
  return digit ? readArabic(text, at) : readChinese(text, at, lex);
}

/** The first number at `from` or after: a loop of its own, since most characters start none. */
function nextNumber(text: string, from: number, lex: Lexicon): NumberToken | null {
  const { isNumeral } = lex;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const digit = isAsciiDigit(code);
    if (!digit && !isNumeral(code)) continue;
    const num = readNumber(text, at, digit, lex);
    if (num) return num;
  }
  return null;
}

/** A lone numeral such as 一 or 二 counts only before the classifiers patterns/ allow it. */
function loneNumeralAllowed(num: NumberToken, unit: UnitMatch, lex: Lexicon): boolean {
  const allowed = num.kind === 'chinese' && num.text.length === 1 ? lex.loneNumerals.get(num.text) : undefined;
  return !allowed || allowed.has(unit.printed);
}

/** 20万余平方米: the qualifier may sit between the multiplier and the unit. */
function readQualifiedUnit(text: string, at: number, lex: Lexicon): { unit: UnitMatch; qualifier: Qualifier } | null {
  const mid = lex.multipliers.longestAt(text, at);
  const q = mid && lex.qualifiersBetween.longestAt(text, at + mid.word.length);
  const rest = mid && q ? readUnit(text, at + mid.word.length + q.word.length, lex) : null;
  return mid && q && rest ? { unit: { ...rest, printed: mid.word + rest.printed, factor: rest.factor * mid.value }, qualifier: q.value } : null;
}

const MINUS = new Set(['-', '－', '−']);

/**
 * An explicit minus sign right before a number (增长-3%), not a range's or a code's hyphen
 * (1-6月, A-5); an ASCII hyphen opening a line is a list bullet, a typographic minus a sign.
 */
function hasMinus(text: string, num: NumberToken, lex: Lexicon): boolean {
  const mark = text[num.start - 1] ?? '';
  const before = text[num.start - 2];
  if (num.kind !== 'arabic' || !MINUS.has(mark)) return false;
  if (before === undefined || before === '\n') return mark !== '-';
  return !/[0-9A-Za-z.]/.test(before) && !lex.isNumeral(before.charCodeAt(0));
}

/** Find every number with a unit in the text, minus the excluded ones. */
export function scanFigures(text: string, lex: Lexicon, exclusions: { id: string; test: Exclusion }[]): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  for (let num = nextNumber(text, i, lex); num; num = nextNumber(text, i, lex)) {
    // most numbers (the 一 of 进一步, a numbered item) go on into nothing a figure is made of: no search for a unit after them
    if (!lex.followsNumber(codeAt(text, num.end))) { i = num.end; continue; }
    let at = num.end;
    let qualifier: Qualifier | null = null;
    const between = lex.qualifiersBetween.longestAt(text, at);
    let valueMax: number | null = null;
    const connector = lex.rangeConnectors.find((c) => text.startsWith(c, at));
    if (connector) {
      const upper = readArabic(text, at + connector.length) ?? readChinese(text, at + connector.length, lex);
      if (upper && upper.kind === num.kind && upper.value > num.value) { valueMax = upper.value; at = upper.end; }
    } else if (between) {
      qualifier = between.value;
      at += between.word.length;
    }
    let unit = readUnit(text, at, lex);
    if (!unit && !qualifier) {
      const qualified = readQualifiedUnit(text, at, lex);
      if (qualified) ({ unit, qualifier } = qualified);
    }
    if (!unit || !loneNumeralAllowed(num, unit, lex)) { i = num.end; continue; }
    const candidate = { number: num, unitStart: at, unitEnd: unit.end, unit: unit.printed, family: unit.family };
    if (exclusions.some((x) => x.test(candidate))) { i = unit.end; continue; }
    const sign = hasMinus(text, num, lex) ? -1 : 1;
    const baseValue = toTwelveDigits(sign * num.value * unit.factor);
    // 一亿一亿…一亿元: no quantity, and no finite value to print
    if (!Number.isFinite(baseValue)) { i = unit.end; continue; }
    const start = sign < 0 ? num.start - 1 : num.start;
    qualifier ??= lex.qualifierBefore(text, start)?.value ?? lex.qualifiersAfter.longestAt(text, unit.end)?.value ?? null;
    figures.push({
      start,
      end: unit.end,
      numberText: text.slice(start, num.end),
      value: sign * num.value,
      valueMax: valueMax === null ? null : sign * valueMax,
      unit: unit.printed,
      family: unit.family,
      baseValue,
      baseUnit: unit.family === 'count' ? unit.printed.replace(/^[万亿千百]+/, '') : unit.baseUnit,
      qualifier,
      rule: `${num.kind}-${unit.family.replace('/', '-per-')}`,
      quality: null,
    });
    i = unit.end;
  }
  return figures;
}
