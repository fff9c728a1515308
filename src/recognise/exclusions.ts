import type { Patterns } from '../patterns/schema.js';
import type { Lexicon } from './lexicon.js';
import { bracketSpans, quotedSpans } from './quotedSpans.js';
import { indexAt, type Span } from '../lib/spans.js';
import type { NumberToken } from './numerals.js';
import { charClass, codeAt, isDigitAt, isLatinLetter } from '../lib/chars.js';
import { wordsEnding, wordsStarting } from '../lib/wordSearch.js';
import { oncePer } from '../lib/oncePer.js';

/** What an exclusion rule sees of a candidate figure. */
export interface Candidate {
  number: NumberToken;
  unitStart: number;
  unitEnd: number;
  unit: string;
  family: string;
}

type Rule = Patterns['exclusions']['rules'][number];
export type Exclusion = (c: Candidate) => boolean;

interface TextContext {
  text: string;
  lex: Lexicon;
  /** the line quotes were last read on (quotes pair within a line, and candidates come in order) and its quoted spans */
  lineStart: number;
  lineEnd: number;
  quotes: Span[];
}

/** Whether an offset lies inside a quoted span of at most `maxLength` chars; the spans of its line are read when a candidate on a new line asks. */
function insideQuotes(ctx: TextContext, at: number, maxLength: number): boolean {
  if (at < ctx.lineStart || at >= ctx.lineEnd) {
    const { text } = ctx;
    ctx.lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
    const newline = text.indexOf('\n', at);
    ctx.lineEnd = newline < 0 ? text.length : newline;
    ctx.quotes = quotedSpans(text, ctx.lineStart, ctx.lineEnd);
  }
  for (const s of ctx.quotes) if (s.start <= at && at < s.end && s.end - s.start <= maxLength) return true;
  return false;
}

/** A test of whether an offset lies between an open and a close mark, the spans found the first time a candidate asks. */
function insideBrackets(text: string, open: string, close: string): (at: number) => boolean {
  let spans: Span[] | undefined;
  return (at) => {
    spans ??= bracketSpans(text, open, close);
    const i = indexAt(spans, at);
    return i >= 0 && at < spans[i]!.end;
  };
}

const isJoiner = charClass([' ', '\u3000', '\u00a0', '-', '－', '‐']);

/** the longest written phone or identity number, groups and joiners included */
const JOINED_REACH = 40;

/** The digits of a number and of the digit groups joined to it by single spaces or hyphens: 138 1234 5678. */
function joinedDigits(text: string, number: NumberToken): number {
  let count = 0;
  for (let i = number.start; i < number.end; i++) if (isDigitAt(text, i)) count++;
  for (let i = number.start - 1; i >= Math.max(0, number.start - JOINED_REACH); i--) {
    if (isDigitAt(text, i)) count++;
    else if (!(isJoiner(text.charCodeAt(i)) && isDigitAt(text, i - 1))) break;
  }
  for (let i = number.end; i < Math.min(text.length, number.end + JOINED_REACH); i++) {
    if (isDigitAt(text, i)) count++;
    else if (!(isJoiner(text.charCodeAt(i)) && isDigitAt(text, i + 1))) break;
  }
  return count;
}

const FOUR_DIGITS = /^\d{4}$/;
const NONE: string[] = [];

/** A class of the characters of a list (single characters: the schema refuses longer entries), made once per list. */
const charsOf = oncePer((list: string[]): ((code: number) => boolean) => charClass(list));

// word lists are looked up through indexes (lib/wordSearch.ts) and chars by code: each test runs for every number with a unit
function compile(rule: Rule, ctx: TextContext): Exclusion {
  const { text, lex } = ctx;
  const words = rule.words ?? NONE;
  switch (rule.kind) {
    case 'year_before': {
      const followed = wordsStarting(words);
      return (c) => c.number.kind === 'arabic' && FOUR_DIGITS.test(c.number.text) && c.number.value >= 1900 && c.number.value <= 2100
        && followed(text, c.number.end) !== undefined;
    }
    case 'followed_by': {
      const followed = wordsStarting(words);
      return (c) => followed(text, c.number.end) !== undefined;
    }
    case 'preceded_by': {
      const preceded = wordsEnding(words);
      return (c) => preceded(text, c.number.start) !== undefined;
    }
    case 'unit_followed_by': {
      const followed = wordsStarting(words);
      return (c) => (!rule.families || rule.families.includes(c.family)) && followed(text, c.unitEnd) !== undefined;
    }
    case 'unit_followed_by_numeral':
      return (c) => c.family === 'count' && lex.isNumeral(codeAt(text, c.unitEnd)) && !lex.largeUnits.has(text[c.unitEnd] ?? '');
    case 'adjacent_chars': {
      const [before, after] = [charsOf(rule.before ?? NONE), charsOf(rule.after ?? NONE)];
      return (c) => before(codeAt(text, c.number.start - 1)) || after(codeAt(text, c.number.end));
    }
    case 'preceded_by_letter':
      return (c) => isLatinLetter(codeAt(text, c.number.start - 1));
    case 'inside_quotes': {
      const maxLength = rule.max_length ?? Infinity;
      return (c) => insideQuotes(ctx, c.number.start, maxLength);
    }
    case 'inside_brackets': {
      const inside = insideBrackets(text, rule.open ?? '《', rule.close ?? '》');
      return (c) => inside(c.number.start);
    }
    case 'min_digits':
      return (c) => c.number.kind === 'arabic' && joinedDigits(text, c.number) >= (rule.digits ?? 11);
  }
}

/** The exclusion rules, ready to test candidates found in one text. */
export function exclusionsFor(text: string, rules: Rule[], lex: Lexicon): { id: string; test: Exclusion }[] {
  const ctx: TextContext = { text, lex, lineStart: 0, lineEnd: 0, quotes: [] };
  return rules.map((rule) => ({ id: rule.id, test: compile(rule, ctx) }));
}
