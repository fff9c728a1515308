import type { Figure } from '../types.js';
import { firstWithin, indexAt, lastEndingBy, spansWithin, type Span } from '../lib/spans.js';
import type { ZoneMention } from '../segment/gazetteer.js';
import type { DocPlaces } from '../segment/scope.js';
import type { ArticleSpan } from '../segment/articles.js';
import { clauseSpans, isClauseEnd, spanAt } from '../segment/sentences.js';
import type { Rules } from '../patterns/compile.js';
import type { TimeReader } from '../segment/timeExpressions.js';
import type { DocumentDate } from '../segment/documentDate.js';
import { memoPer, oncePer } from '../lib/oncePer.js';
import { WordIndex } from '../lib/wordIndex.js';
import { charClass, codeAt, holdsChar } from '../lib/chars.js';

/** capacities and ratings (7GW光伏项目): a project's spec, named by what follows it and never a target by section */
export const SPEC_FAMILIES = new Set(['power', 'energy', 'voltage']);

/** What attribution knows of one document. Offsets are normalised. */
export interface DocContext {
  text: string;
  sentences: Span[];
  figures: Figure[];
  mentions: ZoneMention[];
  /** the province, city and zone of the whole document */
  places: DocPlaces;
  articles: ArticleSpan[];
  rules: Rules;
  times: TimeReader;
  /** what each article says of its own date, by article */
  dates: DocumentDate[];
  /** the text with metric terms blanked out, for cue words that also occur inside terms (增加值 ≠ 增加) */
  masked: string;
}

/** Where one figure stands: its sentence, its clause, and the text around it. */
export interface FigureSite {
  figure: Figure;
  index: number;
  sentence: Span;
  /** where the sentence stands in the document's list */
  sentenceIndex: number;
  clause: Span;
  article: ArticleSpan;
  /** clause text before the number (from the clause start or the previous figure), qualifier cut */
  before: string;
  beforeStart: number;
  /** clause text after the unit and any trailing qualifier, up to the next figure */
  after: string;
  /** the same, up to the end of the clause */
  afterInClause: string;
  inParens: boolean;
}

export const [isOpeningParen, isClosingParen] = [charClass('(（'), charClass(')）')];

/** Skip past a bracket that opens or closes without its partner before `end`: 累计8家(占… */
function afterUnbalancedParen(text: string, start: number, end: number): number {
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isOpeningParen(c)) depth++;
    else if (isClosingParen(c)) { if (depth) depth--; else from = i + 1; }
  }
  if (depth) from = Math.max(text.lastIndexOf('(', end - 1), text.lastIndexOf('（', end - 1)) + 1;
  return from;
}

/** The clauses of each sentence of a document, by its index, split when first asked for: most sentences hold no figure. */
const clausesBySentence = oncePer((ctx: DocContext): (Span[] | undefined)[] => new Array(ctx.sentences.length));
const sentenceClauses = (ctx: DocContext, i: number): Span[] => (clausesBySentence(ctx)[i] ??= clauseSpans(ctx.text, ctx.sentences[i]!));

/** The clauses of a stretch of the sentence `i` of a document, as clauseSpans splits them (a whole sentence's are the kept list: not to be changed). */
export function clausesIn(ctx: DocContext, i: number, span: Span): Span[] {
  const whole = span.start === ctx.sentences[i]!.start && span.end === ctx.sentences[i]!.end;
  return whole ? sentenceClauses(ctx, i) : clauseSpans(ctx.text, span);
}

/** the marks that end a clause before a cue or a subject: commas, semicolons and colons (not 、) */
const CLAUSE_MARKS = '，,；;：:';
export const isClauseMark = charClass(CLAUSE_MARKS);

/** Where the clause that holds `at` starts, of the clauses clausesIn gives of a stretch from `from`: read back from `at`. */
export const clauseStartAt = (ctx: DocContext, from: number, at: number): number => afterLastMark(ctx.text, at, from, isClauseEnd);

/** Where the stretch that ends at `at` starts: after the last mark (isClauseMark, isClauseEnd) in text[floor, at), else at `floor`. */
export function afterLastMark(text: string, at: number, floor: number, isMark: (code: number) => boolean): number {
  let i = at - 1;
  while (i >= floor && !isMark(text.charCodeAt(i))) i--;
  return i + 1;
}

/** Where each of `words` stands in a document, in order of start: found by indexOf, no match object made. */
function wordSpans(ctx: DocContext, words: Iterable<string>): Span[] {
  const found: Span[] = [];
  let count = 0;
  for (const w of words) {
    for (let at = ctx.text.indexOf(w); at >= 0; at = ctx.text.indexOf(w, at + 1)) found.push({ start: at, end: at + w.length });
    count++;
  }
  // one word's are found in order
  return count > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

const lineBreaks = oncePer((ctx: DocContext): Span[] => wordSpans(ctx, '\n'));
const colons = oncePer((ctx: DocContext): Span[] => wordSpans(ctx, '：:'));
const brackets = oncePer((ctx: DocContext): Span[] => wordSpans(ctx, '(（)）'));

/** Where the first bracket, opening or closing, stands in text[from, to) of a document, or -1: read from where they stand, not by a scan. */
export function firstBracketIn(ctx: DocContext, from: number, to: number): number {
  const i = firstWithin(brackets(ctx), from, to);
  return i < 0 ? -1 : brackets(ctx)[i]!.start;
}

/** Where the words of a list stand in a document: found once per document and list. */
const wordsOf = memoPer(wordSpans);

/** Whether one of `words` lies within text[from, to) of a document: read from where they stand in it, no slice searched. */
export const holdsWordIn = (ctx: DocContext, words: string[], from: number, to: number): boolean => firstWithin(wordsOf(ctx, words), from, to) >= 0;

/** Where the line that holds text[at - 1] starts (as text.lastIndexOf('\n', at - 1) + 1 reads it). */
export const lineStartOf = (ctx: DocContext, at: number): number => (lastEndingBy(lineBreaks(ctx), Math.max(1, at))?.end ?? 0);

/** Where the last colon in text[from, to) stands, or -1. */
export function lastColonIn(ctx: DocContext, from: number, to: number): number {
  const colon = lastEndingBy(colons(ctx), to);
  return colon && colon.start >= from ? colon.start : -1;
}

/** The most characters of a record's `text`. */
export const EXCERPT_MAX = 200;

/**
 * What a record shows of its figure's context: the sentence, or where that is long the
 * figure's clause with as many clauses before it (then after it) as fit; a long clause is cut
 * around the figure.
 */
export function excerptOf(text: string, site: FigureSite): Span {
  const { sentence, clause, figure } = site;
  if (sentence.end - sentence.start <= EXCERPT_MAX) return sentence;
  if (clause.end - clause.start > EXCERPT_MAX) {
    const start = Math.max(clause.start, Math.min(figure.start - EXCERPT_MAX / 2, clause.end - EXCERPT_MAX));
    return { start, end: Math.min(clause.end, start + EXCERPT_MAX) };
  }
  let start = Math.max(sentence.start, clause.end - EXCERPT_MAX);
  while (start > sentence.start && start < clause.start && !isClauseEnd(text.charCodeAt(start - 1))) start++;
  let end = Math.min(sentence.end, start + EXCERPT_MAX);
  while (end < sentence.end && end > clause.end && !isClauseEnd(text.charCodeAt(end))) end--;
  return { start, end };
}

/** How long the qualifier after a figure that ends at `end` is (以上), 0 if none. */
const qualifierAfter = (ctx: DocContext, end: number): number => ctx.rules.lexicon.qualifiersAfter.longestAt(ctx.text, end)?.word.length ?? 0;

/** a closed bracketed aside */
const ASIDE = /[(（][^()（）]*[)）]/g;

/** A text without its closed bracketed asides: 20个高新区(含X) → 20个高新区. */
export const withoutAsides = (text: string): string => (holdsChar(text, isOpeningParen) ? text.replace(ASIDE, '') : text);

const ENUMERATION_COMMA = '、'.charCodeAt(0);

export function siteOf(ctx: DocContext, index: number): FigureSite {
  const figure = ctx.figures[index]!;
  const sentenceIndex = Math.max(0, indexAt(ctx.sentences, figure.start));
  const sentence = ctx.sentences[sentenceIndex]!;
  const clause = spanAt(sentenceClauses(ctx, sentenceIndex), figure.start);
  const prev = ctx.figures[index - 1];
  // the figure before ends after its own trailing qualifier (5000万元以上的项目: 以上 is its)
  const prevEnd = prev ? Math.min(figure.start, prev.end + qualifierAfter(ctx, prev.end)) : 0;
  let beforeStart = Math.max(clause.start, prev && prev.end <= figure.start ? prevEnd : 0);
  // 签约、开工、投产项目40个: an enumeration before the figure belongs to its phrase
  if (beforeStart === clause.start && codeAt(ctx.text, clause.start - 1) === ENUMERATION_COMMA) {
    const head = afterLastMark(ctx.text, clause.start - 1, sentence.start, isClauseMark);
    if (clause.start - head <= 24 && !(prev && prev.end > head)) beforeStart = head;
  }
  // codeAt, not charCodeAt: a figure may start or end its text
  const inParens = isOpeningParen(codeAt(ctx.text, figure.start - 1)) && isClosingParen(codeAt(ctx.text, figure.end));
  if (!inParens) beforeStart = afterUnbalancedParen(ctx.text, beforeStart, figure.start);
  const q = ctx.rules.lexicon.qualifierBefore(ctx.text, figure.start)?.word;
  const beforeEnd = q && figure.start - q.length >= beforeStart ? figure.start - q.length : figure.start;
  const afterStart = figure.end + qualifierAfter(ctx, figure.end);
  const next = ctx.figures[index + 1];
  const afterEnd = Math.min(clause.end, next && next.start > afterStart ? next.start : clause.end);
  const article = spanAt(ctx.articles, figure.start) as ArticleSpan;
  const before = ctx.text.slice(beforeStart, beforeEnd);
  return {
    figure, index, sentence, sentenceIndex, clause, article, inParens,
    before: withoutAsides(before),
    beforeStart,
    after: ctx.text.slice(afterStart, Math.max(afterStart, afterEnd)).trim(),
    afterInClause: ctx.text.slice(afterStart, Math.max(afterStart, clause.end)).trim(),
  };
}

/** The zone mentions that lie within [start, end), in order. */
export const mentionsWithin = (ctx: DocContext, start: number, end: number): ZoneMention[] => spansWithin(ctx.mentions, start, end);

/** The terms as an index whose values are their ranks: where each first stands in the list. */
const rankedTerms = oncePer((terms: string[]) => new WordIndex(terms.map((word, rank) => ({ word, value: rank }))));

/** Every place in `text` where one of `terms` starts, found in one pass: the offsets of each rank, in order; null where none may start. */
function termOccurrences(text: string, terms: string[]): number[][] | null {
  const index = rankedTerms(terms);
  const starts = index.starts;
  // from one offset where a term may start to the next, each character read once: allAt makes an array at every offset it is asked about
  let at = starts.nextStart(text, 0);
  if (at >= text.length) return null; // most phrases start no term: no list made for them
  const byRank: number[][] = terms.map(() => []);
  for (; at < text.length; at = starts.nextStart(text, at + 1)) {
    for (const term of index.allAt(text, at)) byRank[term.value]!.push(at);
  }
  return byRank;
}

/**
 * `text` with every one of `terms` blanked out, lengths kept. Terms are blanked in turn: a term
 * is not found where one before it in the list was blanked, nor inside its own previous match.
 */
export function maskTerms(text: string, terms: string[]): string {
  let blank: Uint8Array | null = null;
  termOccurrences(text, terms)?.forEach((offsets, rank) => {
    const length = terms[rank]!.length;
    let end = 0;
    for (const at of offsets) {
      if (at < end || (blank && anyMarked(blank, at, at + length))) continue;
      mark((blank ??= new Uint8Array(text.length)), at, at + length);
      end = at + length;
    }
  });
  return blank ? blanked(text, blank) : text;
}

/** Whether any of blank[from, to) is marked: a loop, where a subarray would be made for each term found. */
function anyMarked(blank: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (blank[i] === 1) return true;
  return false;
}

/** Mark blank[from, to): a loop, where fill is a call into V8's runtime for each term found. */
function mark(blank: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) blank[i] = 1;
}

/** `text` with the characters marked in `blank` replaced by NUL. */
function blanked(text: string, blank: Uint8Array): string {
  // joined, not concatenated: a flat string, read character by character faster than a rope of pieces
  const parts: string[] = [];
  let from = 0;
  for (let at = blank.indexOf(1); at >= 0; at = blank.indexOf(1, from)) {
    let to = at;
    while (blank[to] === 1) to++;
    parts.push(text.slice(from, at), '\u0000'.repeat(to - at));
    from = to;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
