import type { NormalText, Source } from '../types.js';
import { removeGlosses } from './glosses.js';
import { removeChrome, type Chrome } from './chrome.js';
import { printedScript, toSimplified } from './script.js';
import { compose, RewriteBuilder, type Rewrite } from './rewrite.js';
import { charClass, codeAt, isAsciiDigit, isDigitAt, isHanCode, isLatinLetter, isWhiteSpace } from '../lib/chars.js';

// characters by code, NaN for none (before the start, past the end): a test of NaN is false
const isMultiplier = charClass('万亿千');
const NEWLINE = 0x0a;
const DOT = 0x2e;
const COMMA = 0x2c;
const PERCENT = 0x25;
const SQUARE_METRE = 0x33a1;
const isLatinUnitStart = (c: number): boolean => isLatinLetter(c) || c === SQUARE_METRE || c === PERCENT;

/** Full-width digits, letters, ％, ＋ and ．: normalised to ASCII. */
const isFoldable = (code: number): boolean => (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a)
  || (code >= 0xff41 && code <= 0xff5a) || code === 0xff05 || code === 0xff0b || code === 0xff0e;

/** A character's normalised form. */
const foldCode = (code: number): number => (isFoldable(code) ? code - 0xfee0 : code);

/** 2 100, 1 234 567: one space before a group of exactly three digits, after one to three, separates thousands. */
function separatesThousands(input: string, start: number, end: number): boolean {
  if (end - start !== 1 || input.charCodeAt(start) === NEWLINE) return false;
  let digits = 0;
  while (isAsciiDigit(codeAt(input, start - 1 - digits))) digits++;
  const before = codeAt(input, start - 1 - digits);
  if (digits === 0 || digits > 3 || before === DOT || before === COMMA) return false;
  return isDigitAt(input, end) && isDigitAt(input, end + 1) && isDigitAt(input, end + 2) && !isDigitAt(input, end + 3);
}

/** Across a line break a figure goes on: "不到3\n\n个月", "12.\n5亿元", "12\n.5亿元", "12.5亿\n元". */
function continuesAcrossBreak(prev: number, beforePrev: number, next: number, afterNext: number): boolean {
  if (isAsciiDigit(prev)) return isHanCode(next) || next === PERCENT || (next === DOT && isAsciiDigit(afterNext));
  if (prev === DOT && isAsciiDigit(beforePrev)) return isAsciiDigit(next);
  return isMultiplier(prev) && isAsciiDigit(beforePrev) && isHanCode(next);
}

function holdsNewline(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (input.charCodeAt(i) === NEWLINE) return true;
  return false;
}

/**
 * Whether the white space input[start, end) sits inside a figure and should go:
 * "8800 万元", "近 60 万 m²", "60 万 平方米", a thousands space "2 100", and a figure across an OCR line break.
 */
function joinsFigure(input: string, start: number, end: number, out: RewriteBuilder): boolean {
  const prev = out.codeBack(1);
  const next = foldCode(codeAt(input, end));
  if (Number.isNaN(prev)) return false;
  if (separatesThousands(input, start, end)) return true;
  if (isAsciiDigit(prev) && isAsciiDigit(next)) return false; // two numbers stay two numbers
  if (holdsNewline(input, start, end)) return continuesAcrossBreak(prev, out.codeBack(2), next, foldCode(codeAt(input, end + 1)));
  if (isAsciiDigit(prev) || isAsciiDigit(next)) return true;
  return isMultiplier(prev) && (isLatinUnitStart(next) || (isAsciiDigit(out.codeBack(2)) && isHanCode(next)));
}

/** What joinFigures does at a code unit: passes it (most: Chinese characters, punctuation, digits), reads the run of white space it opens, or folds it. */
const PASS = 0;
const WHITE_SPACE = 1;
const FOLD = 2;
const UNKNOWN = 3;
/**
 * The action at each code unit of the BMP, worked out the first time a text holds it (tests run
 * for all 65,536 at start-up would cost more than a bulletin): one load a character, where the
 * tests called for each cost several times more.
 */
const actionOf = new Uint8Array(0x10000).fill(UNKNOWN);
function actionFor(code: number): number {
  const known = actionOf[code]!;
  if (known !== UNKNOWN) return known;
  const action = isWhiteSpace(code) ? WHITE_SPACE : isFoldable(code) ? FOLD : PASS;
  actionOf[code] = action;
  return action;
}

/** Fold full-width characters and drop the white space inside figures. */
function joinFigures(input: string): Rewrite {
  const length = input.length;
  const out = new RewriteBuilder(length);
  let kept = 0;
  for (let at = 0; at < length;) {
    const code = input.charCodeAt(at);
    if (actionOf[code] === PASS) { at++; continue; }
    const action = actionFor(code);
    if (action === PASS) {
      at++;
    } else if (action === WHITE_SPACE) {
      let end = at + 1;
      while (end < length && actionFor(input.charCodeAt(end)) === WHITE_SPACE) end++;
      out.keep(input, kept, at);
      if (!joinsFigure(input, at, end, out)) out.keep(input, at, end);
      kept = at = end;
    } else {
      out.keep(input, kept, at);
      out.put(String.fromCharCode(foldCode(code)), at);
      kept = at = at + 1;
    }
  }
  out.keep(input, kept, length);
  return out.done(length);
}

/**
 * The printed characters of a simplified text, moved to their offsets in the final text: each to
 * the first final char that comes from it. Both go up (printedAt in the order it was written,
 * `from` as rewrites keep the order of chars), so one walk along `from` finds them all.
 */
function relocate(printedAt: Map<number, string>, from: Int32Array): Map<number, string> {
  const moved = new Map<number, string>();
  const chars = from.length - 1;
  let i = 0;
  for (const [at, printed] of printedAt) {
    while (i < chars && from[i]! < at) i++;
    if (i < chars && from[i] === at) moved.set(i, printed);
  }
  return moved;
}

/**
 * Normalise a source for recognition: pinyin glosses out, traditional characters simplified,
 * page chrome dropped, full-width characters folded, figures joined; every char keeps the offset
 * it came from.
 */
export function normalise(source: Source, chrome?: Chrome): NormalText {
  const glossless = removeGlosses(source.text);
  const plain = glossless?.text ?? source.text;
  const simplified = toSimplified(plain);
  const simple = simplified?.rewrite.text ?? plain;
  const content = chrome ? removeChrome(simple, chrome) : null;
  const joined = joinFigures(content?.text ?? simple);
  const fromSimple = content ? compose(content.from, joined.from) : joined.from;
  let origin = fromSimple;
  if (simplified) origin = compose(simplified.rewrite.from, origin);
  if (glossless) origin = compose(glossless.from, origin);
  const script = simplified && printedScript(relocate(simplified.printedAt, fromSimple), joined.text);
  return { source, text: joined.text, origin, ...(script ? { script } : {}) };
}

/** The source offset of a normalised offset (an end offset maps past its last char). */
export function toSourceOffset(norm: NormalText, at: number): number {
  return norm.origin[Math.min(Math.max(at, 0), norm.origin.length - 1)]!;
}

/** The source offset just past normalised char end - 1 (past both halves of a surrogate pair). */
export function toSourceEnd(norm: NormalText, end: number): number {
  if (end <= 0) return 0;
  const at = toSourceOffset(norm, end - 1);
  const code = norm.source.text.charCodeAt(at);
  return at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
}
