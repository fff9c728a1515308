import { readFileSync } from 'node:fs';
import type { ConverterFunction } from 'opencc-js/t2cn';
import type { NormalText, PrintedScript } from '../types.js';
import { RewriteBuilder, type Rewrite } from './rewrite.js';
import { lazyRequire } from '../lib/lazy.js';
import { builtTraditionalFile } from '../patterns/builtin.js';

// OpenCC's tables are loaded for a traditional text only
const opencc = lazyRequire<typeof import('opencc-js/t2cn')>('opencc-js/t2cn');

/**
 * A text is traditional when this share of its Chinese characters are traditional-only: a
 * simplified text holds a stray one at most, a traditional one a fifth or more.
 */
const TRADITIONAL_SHARE = 0.05;
/** Chinese characters: the blocks of the BMP that hold them ([first, last]), and every code point from the Supplementary Ideographic Plane on. */
const HAN_BLOCKS = [[0x3400, 0x9fff], [0xf900, 0xfaff]] as const;
const FIRST_ASTRAL_HAN = 0x20000;

/** What isTraditional counts of a code unit: nothing, a Chinese character, a traditional-only one, or the first half of a surrogate pair (read whole). */
const OTHER = 0;
const HAN = 1;
const TRADITIONAL_ONLY = 2;
const HIGH_SURROGATE = 3;

/** The characters isTraditional counts: a kind for each code unit of the BMP (one load a character), the traditional-only ones past it. */
interface ScriptTable {
  kinds: Uint8Array;
  astralTraditional: Set<number>;
}

let scriptTable: ScriptTable | undefined;
let converter: ConverterFunction | undefined;

/** GB2312, the simplified character set: its two-byte codes, rows 0xB0-0xF7 by cells 0xA1-0xFE. */
function gb2312Chars(): Set<string> {
  const gbk = new TextDecoder('gbk');
  const chars = new Set<string>();
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) chars.add(gbk.decode(Uint8Array.of(row, cell)));
  }
  return chars;
}

/**
 * Traditional-only characters: those OpenCC's table (traditional → mainland) rewrites that simplified
 * text never uses. The table also rewrites some simplified ones (乾隆 → 干隆, 著名 → 着名): GB2312 holds those.
 * `npm run build` writes them to builtTraditionalFile.
 */
export function traditionalOnlyChars(): string[] {
  const simplified = gb2312Chars();
  const traditionalChars: string[] = [];
  for (const group of opencc().Locale.to.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [from, to] = entry.split(' ');
        if (from && [...from].length === 1 && from !== to && !simplified.has(from)) traditionalChars.push(from);
      }
    }
  }
  return traditionalChars;
}

/** The table of the traditional-only characters as the build wrote them, or worked out now where there is no build. */
function traditionalOnly(): ScriptTable {
  if (scriptTable) return scriptTable;
  let chars: string[];
  try { chars = [...readFileSync(builtTraditionalFile, 'utf8')]; } catch { chars = traditionalOnlyChars(); }
  const kinds = new Uint8Array(0x10000);
  for (const [first, last] of HAN_BLOCKS) kinds.fill(HAN, first, last + 1);
  kinds.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  const astralTraditional = new Set<number>();
  for (const ch of chars) {
    const code = ch.codePointAt(0)!;
    if (code > 0xffff) astralTraditional.add(code);
    else if (kinds[code] === HAN) kinds[code] = TRADITIONAL_ONLY;
  }
  scriptTable = { kinds, astralTraditional };
  return scriptTable;
}

/**
 * Whether a text is written in traditional characters (decided for the whole text): one pass that
 * reads each code unit's kind from a table, where a test called for each character costs several times more.
 */
export function isTraditional(text: string): boolean {
  const { kinds, astralTraditional } = traditionalOnly();
  let han = 0;
  let traditional = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const kind = kinds[text.charCodeAt(i)];
    if (kind === OTHER) continue;
    if (kind === HIGH_SURROGATE) {
      const code = text.codePointAt(i)!;
      if (code <= 0xffff) continue;
      i++;
      if (code < FIRST_ASTRAL_HAN) continue;
      if (astralTraditional.has(code)) traditional++;
    } else if (kind === TRADITIONAL_ONLY) traditional++;
    han++;
  }
  return traditional > 0 && traditional >= han * TRADITIONAL_SHARE;
}

/** Taiwan and Hong Kong variants to OpenCC's standard forms, then to mainland simplified: one code point for one. */
function simplify(text: string): string {
  const { Converter } = opencc();
  converter ??= ((tw, hk) => (s: string) => hk(tw(s)))(Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' }));
  return converter(text);
}

/**
 * A traditional text in simplified characters, each code point from the one it replaces (a few
 * move between Unicode planes, so one UTF-16 char may become two or the reverse), with the
 * characters as printed; null for a text that is not traditional, which stays as it is.
 */
export function toSimplified(text: string): { rewrite: Rewrite; printedAt: Map<number, string> } | null {
  if (!isTraditional(text)) return null;
  const converted = simplify(text);
  return inPlace(text, converted) ?? realigned(text, converted);
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * The simplified text where the conversion wrote each char of the BMP as one char of the BMP
 * (most texts): each char comes from the one at its offset, and the text is the converted one
 * as it is. Null where a surrogate pair is read or written.
 */
function inPlace(text: string, converted: string): { rewrite: Rewrite; printedAt: Map<number, string> } | null {
  const length = text.length;
  if (converted.length !== length) return null;
  const printedAt = new Map<number, string>();
  const from = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const simpleCode = converted.charCodeAt(i);
    if (isSurrogate(code) || isSurrogate(simpleCode)) return null;
    if (simpleCode !== code) printedAt.set(i, text[i]!);
    from[i] = i;
  }
  from[length] = length;
  return { rewrite: { text: converted, from }, printedAt };
}

/** The simplified text, each code point from the one it replaces, read code point by code point. */
function realigned(text: string, converted: string): { rewrite: Rewrite; printedAt: Map<number, string> } {
  const out = new RewriteBuilder(text.length);
  const printedAt = new Map<number, string>();
  let j = 0;
  // a run of characters of one UTF-16 char each that the conversion left alone is kept whole, from `unchanged` on
  let unchanged = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const simpleCode = converted.codePointAt(j)!;
    if (simpleCode === code && code <= 0xffff) { i++; j++; continue; }
    out.keep(text, unchanged, i);
    const simple = String.fromCodePoint(simpleCode);
    const printed = String.fromCodePoint(code);
    if (simple !== printed) printedAt.set(out.length, printed);
    out.put(simple, i);
    i += printed.length;
    j += simple.length;
    unchanged = i;
  }
  out.keep(text, unchanged, text.length);
  if (j !== converted.length) throw new Error('script conversion did not map one character to one');
  return { rewrite: out.done(text.length), printedAt };
}

/** The printed characters of a script conversion, by position in the final text and by simplified form. */
export function printedScript(printedAt: Map<number, string>, text: string): PrintedScript {
  const printedOf = new Map<string, string>();
  for (const [at, printed] of printedAt) {
    const simple = String.fromCodePoint(text.codePointAt(at)!);
    if (!printedOf.has(simple)) printedOf.set(simple, printed);
  }
  return { printedAt, printedOf };
}

/**
 * A string read from the normalised text, in the characters the bulletin printed: found in
 * text[from, to) it takes the characters printed there, else each character its printed form.
 */
export function asPrinted(norm: NormalText, s: string, from: number, to: number): string {
  const script = norm.script;
  if (!script || !s) return s;
  // searched within [from, to) only: a search on to the end of the text for each record would grow with the text
  const within = norm.text.slice(from, to).indexOf(s);
  if (within >= 0) {
    const at = from + within;
    let out = '';
    for (let i = at; i < at + s.length;) {
      const simple = String.fromCodePoint(norm.text.codePointAt(i)!);
      out += script.printedAt.get(i) ?? simple;
      i += simple.length;
    }
    return out;
  }
  return [...s].map((c) => script.printedOf.get(c) ?? c).join('');
}
