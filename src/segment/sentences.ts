import type { Span } from '../lib/spans.js';

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[，,、；;：:]/;
const LINE_ENDS_SENTENCE = /[。！？!?；;：:）)」”"]$/;
const LINE_STARTS_BLOCK = /^(#|【|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是)/;

/**
 * Sentences of a text. A line break ends a sentence only where the line ends with closing
 * punctuation or the next line opens a heading or a list item: elsewhere it is an OCR break.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SENTENCE_END.test(c)) close(i + 1);
    else if (c === '\n') {
      const before = text.slice(start, i).trimEnd();
      const nextLine = text.slice(i + 1, i + 40).trimStart();
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const isHeading = /^\s*#/.test(text.slice(lineStart, i));
      if (!before || LINE_ENDS_SENTENCE.test(before) || LINE_STARTS_BLOCK.test(nextLine) || isHeading) close(i + 1);
    }
  }
  close(text.length);
  return spans;
}

/** Clauses of a sentence span: split at commas, enumeration commas, semicolons and colons. */
export function clauseSpans(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (CLAUSE_END.test(text[i]!)) { spans.push({ start, end: i }); start = i + 1; }
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
