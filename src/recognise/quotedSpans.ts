import type { Span } from '../lib/spans.js';

const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']];
/** each curly quote mark by code: its pair, and whether it opens */
const CURLY = new Map(PAIRS.flatMap(([open, close], pair) => [[open.charCodeAt(0), { pair, opens: true }], [close.charCodeAt(0), { pair, opens: false }]]));
const STRAIGHT = 0x22;
const NEWLINE = 0x0a;
/** the quote marks and line breaks, found by the regex engine: a loop in JavaScript costs far more a character */
const QUOTE_OR_BREAK = new RegExp(`[${[...PAIRS.flat(), '"', '\\n'].join('')}]`, 'g');
const CLAUSE_BREAK = /[。；;，,]/;

/**
 * Spans of quoted text (the quotes excluded). Curly quotes pair by nesting; straight
 * quotes pair in order within a line, since OCR mixes both; a pair that would hold a
 * clause break is no quotation, so its second quote opens the next one (OCR drops quotes).
 * Read from `start` to `end` only: quotes pair within a line, so the spans of whole lines are those the whole text has there.
 */
export function quotedSpans(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const opened: number[][] = PAIRS.map(() => []);
  let straightAt = -1;
  QUOTE_OR_BREAK.lastIndex = start;
  while (QUOTE_OR_BREAK.test(text)) {
    const at = QUOTE_OR_BREAK.lastIndex - 1;
    if (at >= end) break;
    const code = text.charCodeAt(at);
    const curly = CURLY.get(code);
    if (curly) {
      const stack = opened[curly.pair]!;
      if (curly.opens) stack.push(at);
      else if (stack.length) spans.push({ start: stack.pop()! + 1, end: at });
    } else if (code === STRAIGHT) {
      if (straightAt >= 0 && !CLAUSE_BREAK.test(text.slice(straightAt + 1, at))) { spans.push({ start: straightAt + 1, end: at }); straightAt = -1; }
      else straightAt = at;
    } else if (code === NEWLINE) {
      for (const stack of opened) if (stack.length) stack.length = 0;
      straightAt = -1;
    }
  }
  return spans;
}

/** Spans between an open and a close mark, such as 《…》. */
export function bracketSpans(text: string, open: string, close: string): Span[] {
  const spans: Span[] = [];
  let from = text.indexOf(open);
  while (from >= 0) {
    const to = text.indexOf(close, from + 1);
    if (to < 0) break;
    spans.push({ start: from + 1, end: to });
    from = text.indexOf(open, to + 1);
  }
  return spans;
}
