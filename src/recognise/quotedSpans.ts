import type { Span } from '../lib/spans.js';

const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']];

/**
 * Spans of quoted text (the quotes excluded). Curly quotes pair by nesting; straight
 * quotes pair in order within a line, since OCR mixes both; a pair that would hold a
 * clause break is no quotation, so its second quote opens the next one (OCR drops quotes).
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close && stack.length) spans.push({ start: stack.pop()! + 1, end: i });
      else if (text[i] === '\n') stack.length = 0;
    }
  }
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') openAt = -1;
    else if (text[i] === '"') {
      if (openAt >= 0 && !/[。；;，,]/.test(text.slice(openAt + 1, i))) { spans.push({ start: openAt + 1, end: i }); openAt = -1; }
      else openAt = i;
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

/** A test for "is this offset inside one of the spans (of at most maxLength)", in constant time. */
export function insideAny(textLength: number, spans: Span[], maxLength = Infinity): (at: number) => boolean {
  const inside = new Uint8Array(textLength);
  for (const s of spans) if (s.end - s.start <= maxLength) inside.fill(1, s.start, s.end);
  return (at) => inside[at] === 1;
}
