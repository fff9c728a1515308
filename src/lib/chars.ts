/** Character classes tested by code, for loops over every character of a text. */

/** JavaScript's white space and line terminators: what /\s/ matches; letters, digits and Chinese characters told in two tests. */
export const isWhiteSpace = (c: number): boolean => (c <= 0x20 ? c === 0x20 || (c >= 9 && c <= 13)
  : c < 0xa0 ? false
  : c > 0x3000 ? c === 0xfeff
  : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000);

/** A character of the CJK Unified Ideographs block, the characters of Chinese words: \u4e00-\u9fff by code, no string made. */
export const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** A Latin letter, A-Z or a-z. */
export const isLatinLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * text.charCodeAt(i), NaN before or past the text, read without asking charCodeAt for what lies
 * outside: once a call of it has read past a text, V8 calls it there from then on instead of
 * reading the code unit in place, some fifty instructions a character in a loop.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : NaN);

/** 0-9 (NaN: no). */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Whether text[i] is 0-9 (none before or past the text). */
export const isDigitAt = (text: string, i: number): boolean => isAsciiDigit(codeAt(text, i));

/** A test for the code points of some characters, with the tables it reads. */
export interface CharClass {
  (code: number): boolean;
  /** a bit for each code unit of the BMP */
  readonly bmp: Int32Array;
  /** the characters past the BMP */
  readonly astral: ReadonlySet<number>;
}

const hasCode = (bmp: Int32Array, code: number): boolean => (bmp[code >> 5]! & (1 << (code & 31))) !== 0;

/**
 * A test for the code points of some characters, with a bit for each code unit of the BMP: one
 * load a test. NaN (charCodeAt before or past the end of a text) is none of them.
 */
export function charClass(chars: Iterable<string>): CharClass {
  const bmp = new Int32Array(0x10000 >> 5);
  const astral = new Set<number>();
  for (const ch of chars) {
    const c = ch.codePointAt(0)!;
    if (c > 0xffff) astral.add(c);
    else bmp[c >> 5] = bmp[c >> 5]! | (1 << (c & 31));
  }
  const test = (code: number): boolean => (code > 0xffff ? astral.has(code) : code >= 0 && hasCode(bmp, code));
  return Object.assign(test, { bmp, astral });
}

const isLeadSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Whether some character of a text is one of a character class's: its tables read in the loop, where a call of the test for each character costs more than the test. */
function holdsCharOf(text: string, { bmp, astral }: CharClass): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (hasCode(bmp, code) || (astral.size > 0 && isLeadSurrogate(code) && astral.has(text.codePointAt(i)!))) return true;
  }
  return false;
}

/** Whether some character of a text passes `test`: a code unit each, a surrogate pair also read whole; a loop, where a pattern costs more. */
export function holdsChar(text: string, test: (code: number) => boolean): boolean {
  if ('bmp' in test) return holdsCharOf(text, test as CharClass);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (test(code) || (isLeadSurrogate(code) && test(text.codePointAt(i)!))) return true;
  }
  return false;
}
