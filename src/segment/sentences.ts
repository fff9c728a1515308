import type { Span } from '../lib/spans.js';
import { charClass, isHanCode, isWhiteSpace } from '../lib/chars.js';

const SENTENCE_ENDS = '。！？!?';
/** the marks clauseSpans splits a sentence at */
const CLAUSE_ENDS = '，,、；;：:';
export const isClauseEnd = charClass(CLAUSE_ENDS);

/** The marks the loops below read of a code unit, a bit each, from one table: one load a character, where tests called for each cost several times more. */
const SENTENCE_END = 1;
const CLAUSE_END = 2;
const PUNCTUATION = 4;
const kindsOf = new Uint8Array(0x10000);
const mark = (chars: string, kind: number): void => {
  for (let i = 0; i < chars.length; i++) kindsOf[chars.charCodeAt(i)] = kindsOf[chars.charCodeAt(i)]! | kind;
};
mark(SENTENCE_ENDS, SENTENCE_END);
mark(CLAUSE_ENDS, CLAUSE_END);
mark(`${SENTENCE_ENDS}${CLAUSE_ENDS}）)」”"`, PUNCTUATION);
const NEWLINE = 0x0a;
const TAB = 0x09;
const LINE_ENDS_SENTENCE = /[。！？!?；;：:）)」”"]$/;
const LINE_STARTS_BLOCK = /^(#|【|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是)/;
/** a line of a list or table: no punctuation at all, and a number (with a short unit) at its end */
const LIST_ROW = /\d[^\s\d]{0,4}$/;
const HEADING = /^\s*#/;
const isListRow = (text: string, lineStart: number, lineEnd: number): boolean => LIST_ROW.test(text.slice(lineStart, lineEnd).trimEnd().slice(-8));
const isHeading = (text: string, lineStart: number): boolean => HEADING.test(text.slice(lineStart, lineStart + 8));
/** how much of a line is read for the opening of a heading or a list item, leading white space included */
const OPENING_WINDOW = 39;
const opensBlock = (text: string, lineStart: number): boolean => LINE_STARTS_BLOCK.test(text.slice(lineStart, lineStart + OPENING_WINDOW).trimStart());
/** past this length a line break ends a sentence whatever the punctuation */
const LONG_SENTENCE = 300;
/** past this length a clause break ends a sentence, and past twice it any char: text with no stops */
const MAX_SENTENCE = 600;

/**
 * Sentences of a text. A line break ends a sentence where the line ends with closing
 * punctuation, the next line opens a heading or a list item, or the line is a table row (cells
 * apart by tabs) or a list row (a figure without punctuation); elsewhere it is an OCR break.
 * Sentences stay short (a few hundred chars) where the punctuation is missing, so that the
 * cost of reading a figure's sentence does not grow with the text.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let lineStart = 0;
  let lastSolid = -1;
  let linePunctuated = false;
  let lineTabbed = false;
  const length = text.length;
  // no closure to end a sentence: the variables it would share live in a context object, read and written there at each char
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    // most characters are Chinese ones, neither white space nor a mark; only a sentence too long ends at one
    if (isHanCode(c) && i - start < 2 * MAX_SENTENCE) { lastSolid = i; continue; }
    let ends: boolean;
    if (c === NEWLINE) {
      const before = lastSolid >= start ? text[lastSolid]! : '';
      // the tests that read no slice of the text first: most lines end with a full stop
      ends = !before || LINE_ENDS_SENTENCE.test(before) || i - start > LONG_SENTENCE || lineTabbed
        || (!linePunctuated && isListRow(text, lineStart, i)) || isHeading(text, lineStart) || opensBlock(text, i + 1);
      lineStart = i + 1;
      linePunctuated = false;
      lineTabbed = false;
    } else {
      const kinds = kindsOf[c]!;
      if (c === TAB) lineTabbed = true;
      else if (!isWhiteSpace(c)) lastSolid = i;
      if (kinds & PUNCTUATION) linePunctuated = true;
      ends = (kinds & SENTENCE_END) !== 0 || (i - start >= MAX_SENTENCE && (kinds & CLAUSE_END) !== 0) || (i - start >= 2 * MAX_SENTENCE && !/[\dA-Za-z.]/.test(text[i]!));
    }
    if (!ends) continue;
    // white space alone is no sentence
    if (lastSolid >= start) spans.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (lastSolid >= start) spans.push({ start, end: length });
  return spans;
}

/** Clauses of a sentence span: split at commas, enumeration commas, semicolons and colons. */
export function clauseSpans(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (kindsOf[text.charCodeAt(i)]! & CLAUSE_END) { spans.push({ start, end: i }); start = i + 1; }
  }
  spans.push({ start, end: sentence.end });
  return spans;
}

/** The span containing `at` (spans sorted and disjoint). */
export function spanAt(spans: Span[], at: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid; else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}
