import { tokenize, type Token } from '../lib/tokenizer.js';
import { oncePer } from '../lib/oncePer.js';
import { charClass, holdsChar, isAsciiDigit, isHanCode, isLatinLetter, isWhiteSpace } from '../lib/chars.js';

export const QUOTE_CHARS = '“”"「」‘’\'';
export const QUOTES = new RegExp(`[${QUOTE_CHARS}]`, 'g');
const isQuote = charClass(QUOTE_CHARS);
const NAME_JOINER = '·';
/** part-of-speech tags that make a noun phrase's words (x: a word jieba does not know) */
const NOUN = new Set(['n', 'ng', 'nz', 'nt', 'ns', 'nr', 'nrt', 'j', 'l', 'eng', 'b', 'an', 'x']);
/** tags of a morpheme or verbal noun that, after the first word, is a suffix of the noun (处理厂: 厂) */
const SUFFIX = new Set(['vn', 'zg', 'g']);
/** tags of a word that modifies the noun after it */
const MODIFIER = new Set(['v', 'vn', 'a', 'k']);

/** A list of words as a set, made once per list: one cache for the breakers, one for the starters, each asked for the same list in a row. */
const [breakerSet, starterSet] = [oncePer((words: string[]) => new Set(words)), oncePer((words: string[]) => new Set(words))];

const isNameChar = (code: number): boolean => isHanCode(code) || isLatinLetter(code);

/** A text without its quotation marks (most have none: the pattern runs only where one is). */
export const withoutQuotes = (text: string): string => (holdsChar(text, isQuote) ? text.replace(QUOTES, '') : text);

/** Whether a word is written in digits and points alone (8, 2.5). */
function isNumeral(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isAsciiDigit(c) && c !== 0x2e) return false;
  }
  return word.length > 0;
}

/** what ends the stretch a noun phrase is read from, with white space (tested apart): clause marks and brackets */
const isPieceMark = charClass(',，。；;、：:()（）');

/** The text up to the first mark that ends a noun phrase. */
function firstPiece(text: string): string {
  // each character read once, and the length once: the texts are strings of many kinds, each read of a property a lookup
  const length = text.length;
  let end = 0;
  while (end < length) {
    const c = text.charCodeAt(end);
    if (isPieceMark(c) || isWhiteSpace(c)) break;
    end++;
  }
  return text.slice(0, end);
}

/** The words of a piece of text as jieba tags them. */
type Words = readonly Token[];

const isNumber = (words: Words, i: number): boolean => isNumeral(words[i]?.word ?? '');

/** A word of a noun phrase: a noun, or after the first word a morpheme that is a suffix of the noun (处理厂: 厂). */
function isNoun(words: Words, breakers: Set<string>, i: number): boolean {
  const w = words[i];
  if (!w || breakers.has(w.word)) return false;
  return (NOUN.has(w.tag) && holdsChar(w.word, isNameChar)) || (SUFFIX.has(w.tag) && i > 0);
}

const isCount = (words: Words, i: number): boolean => isNumber(words, i) || words[i]?.tag === 'm';
const isUnit = (words: Words, i: number): boolean => words[i]?.tag === 'q' || words[i]?.word === '/';

function nextNonCount(words: Words, i: number): number {
  let j = i;
  while (isCount(words, j)) j++;
  return j;
}

/** A verb or adjective that modifies the noun after it; a verb before a verbal noun is a predicate (项目开工建设), not a modifier. */
function modifies(words: Words, breakers: Set<string>, i: number): boolean {
  if (!MODIFIER.has(words[i]?.tag ?? '') || breakers.has(words[i]!.word)) return false;
  const next = nextNonCount(words, i + 1);
  return isNoun(words, breakers, next) && !(words[i]!.tag === 'v' && words[next]!.tag === 'vn');
}

/** The words [0, end] joined (none if end < 0), without an array copy or a closure. */
function wordsUpTo(words: Words, end: number): string {
  let phrase = '';
  for (let i = 0; i <= end; i++) phrase += words[i]!.word;
  return phrase;
}

/**
 * The noun phrase at the start of `text`: 运营公司,均… → 运营公司; 重点储备项目开工建设 → 重点储备项目;
 * 园区管网的改造 → 园区管网. A verb or adjective stays inside only when a noun follows it
 * (检测研发楼, 高效N型电池); numbers stay inside names (8GW电池); a name
 * joined by · stays whole; `breakers` end it.
 */
export function nounPhraseAt(text: string, breakerList: string[], starterList: string[], leadingFigure = false): string {
  const piece = firstPiece(text);
  if (!piece) return ''; // most texts after a figure start with a mark
  const breakers = breakerSet(breakerList);
  const starters = starterSet(starterList);
  const tokens = tokenize(withoutQuotes(piece).slice(0, 40));
  // 建成园区安防监控系统 → 园区安防监控系统
  const words = starters.has(tokens[0]?.word ?? '') ? tokens.slice(1) : tokens;
  if (isNumber(words, 0) && !leadingFigure) return ''; // 4宗230亩: the next figure, not a name
  let first = nextNonCount(words, 0);
  if (leadingFigure) while (isUnit(words, first) || isCount(words, first)) first++; // 的5000吨/年电解液

  if (!isNoun(words, breakers, first) && !modifies(words, breakers, first) && !(first > 0 && words[first]?.tag === 'vn')) return '';
  let end = -1;
  for (let i = leadingFigure ? first : 0; i < words.length; i++) {
    if (i > 0 && starters.has(words[i]!.word)) break;
    // a verb before a preposition is the predicate (孵化器集中在园区)
    if (end >= 0 && words[i]!.tag.startsWith('v') && words[i + 1]?.tag === 'p') break;
    if (isNoun(words, breakers, i)) { end = i; continue; }
    // a name joined by · stays whole (甲乙·星河项目)
    if (words[i]!.word === NAME_JOINER && end === i - 1 && isNoun(words, breakers, i + 1)) continue;
    if (isCount(words, i) || modifies(words, breakers, i) || (words[i]!.tag === 'vn' && end < 0)) continue;
    break;
  }
  return wordsUpTo(words, end);
}

/** The noun phrase that ends `text`: 在园中园自建定制厂房 → 厂房. */
export function nounPhraseEnding(text: string): string {
  const words = tokenize(withoutQuotes(text));
  let start = words.length;
  while (start > 0 && NOUN.has(words[start - 1]!.tag) && holdsChar(words[start - 1]!.word, isHanCode)) start--;
  return words.slice(start).map((w) => w.word).join('');
}

/** Where, in `text`, the first `length` characters that are not quotes end. */
export function endSkippingQuotes(text: string, length: number): number {
  let seen = 0;
  let i = 0;
  for (; i < text.length && seen < length; i++) if (!isQuote(text.charCodeAt(i))) seen++;
  return i;
}

/** Whether jieba puts a word boundary at `at` of `text`. */
export function endsAWord(text: string, at: number): boolean {
  if (at === 0) return true;
  for (const t of tokenize(text)) if (t.start === at || t.end === at) return true;
  return false;
}
