import { QUOTES, QUOTE_CHARS, endsAWord } from './nounPhrase.js';
import { ONLY_HAN, PHRASE_ENDS, afterLast, strip, type Vocabulary } from './metricWords.js';
import { mentionsWithin, type DocContext, type FigureSite } from './context.js';
import { tokenize } from '../lib/tokenizer.js';
import { everyWordStarting, firstEndingAt } from '../lib/wordSearch.js';
import { charClass, holdsChar } from '../lib/chars.js';
import type { ZoneMention } from '../segment/gazetteer.js';

/** a dated time word ends the phrase before it; 全年 and 当年 stay inside one (产业全年产值) */
export const TIME = /(\d{4}年(以来|底前|底|末)?|[一二三四]季度|第[一二三四]季度|首季|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|今年以来|今年|去年|年内|年底前|开年以来)/g;
/** TIME without its g flag, to test a phrase for one first: most phrases hold none, and a global replace costs more than a test */
const HOLDS_TIME = new RegExp(TIME.source);
const STARTING_POINT = ['由', '从'];
const isStartingPoint = charClass(STARTING_POINT);
/** what the rewrites of a phrase act on: quotes, and the 、 of an enumeration */
const isRewrittenMark = charClass(`${QUOTE_CHARS}、`);
/** what opens a quoted number or slogan */
const OPENING_QUOTE = /[“"「]/;

/**
 * The text before the number cut to the phrase that can name it, by the cut rules of
 * patterns/metrics.yaml: a slogan in quotes keeps its action (“签约两批”项目 → 签约项目), an
 * enumeration closed by 等 gives way to the noun after it, punctuation and dates end it, and a
 * comparison base (比去年同期提高) is not part of it.
 */
function cutPhrase(text: string, v: Vocabulary): string {
  const phrase = rewritten(text, v);
  const chunk = lastChunk(HOLDS_TIME.test(phrase) ? phrase.replace(TIME, ' ') : phrase);
  return (holdsChar(text, isStartingPoint) && beforeStartingPoint(lastChunk(text))) || chunk;
}

/** the last stretch of a phrase between the marks that end one: after a mark or at the start, and nothing but marks after it */
export const LAST_CHUNK = new RegExp(`(?<![^${PHRASE_ENDS}])[^${PHRASE_ENDS}]+(?=[${PHRASE_ENDS}]*$)`);

/** The part of a phrase after the last mark that ends one. */
const lastChunk = (phrase: string): string => (ONLY_HAN.test(phrase) ? phrase : LAST_CHUNK.exec(phrase)?.[0] ?? '');

/** A phrase without its comparison base, its quoted numbers and quotes, and the enumeration before 等; each only where it occurs. */
function rewritten(text: string, v: Vocabulary): string {
  const phrase = v.mayEndComparison(text.charCodeAt(text.length - 1)) ? text.replace(v.comparisonTail, '') : text;
  if (!holdsChar(phrase, isRewrittenMark)) return phrase;
  const unquoted = OPENING_QUOTE.test(phrase) ? phrase
    .replace(/[“"][^“”"\d]*\d[^“”"]*[”"]/g, '')
    .replace(/[“"「]([^“”"「」]+)[”"」]/g, (_q, inner: string) => inner.replace(v.sloganCounter, '') || inner) : phrase;
  // a part is read for its enumeration (by a function, for each part) only where one can close with 等
  return (unquoted.includes('等') ? unquoted.replace(/[^，,；;：:]+/g, withoutEnumeration) : unquoted)
    .replace(/、/g, '')
    .replace(QUOTES, '');
}

/** 甲、乙等企业 → 企业: a part of a clause up to its last 等 after a 、 gives way to what follows. */
function withoutEnumeration(part: string): string {
  const end = part.lastIndexOf('等');
  const comma = part.indexOf('、');
  return comma >= 0 && comma < end ? ` ${part.slice(end + 1)}` : part;
}

/** X由A增加到B: the subject stands before 由 or 从 (a preposition of jieba) that opens the change. */
function beforeStartingPoint(chunk: string): string {
  const from = tokenize(chunk).filter((w) => w.tag === 'p' && STARTING_POINT.includes(w.word)).pop();
  return from && from.start > 1 ? chunk.slice(0, from.start) : '';
}

/** `text` is nothing but words that open a phrase (已, 累计已): no subject of its own. */
function onlyLeadingWords(text: string, v: Vocabulary): boolean {
  let rest = text;
  for (let lead = v.leadingAt(rest, 0); lead; lead = v.leadingAt(rest, 0)) rest = rest.slice(lead.length);
  return !rest;
}

/** A bare zone word opening the phrase (园区技改投资) names the zone, not the metric. */
export function withoutZoneWord(phrase: string, v: Vocabulary): string {
  for (const zoneWord of everyWordStarting(v.zoneWords)(phrase, 0)) if (phrase.length >= zoneWord.length + 2) return strip(phrase.slice(zoneWord.length), v);
  return phrase;
}

/** the characters before a place that compare it or make it a whole: 占全县总量, 高于全市 */
const isComparingChar = charClass('占于比和与向');

/** A grade (市级), a whole (占全县总量, 在全市占比), an aggregate (全省) or a common noun (工业类开发区) stays in the phrase. */
function staysInPhrase(text: string, mention: ZoneMention): boolean {
  return mention.bare || !!mention.aggregate || isComparingChar(text.charCodeAt(mention.start - 1))
    || text.startsWith('级', mention.end) || text.startsWith('占', mention.end);
}

/** The phrase before the number, split into a subject and an attribute where it has both. */
export function phraseBefore(ctx: DocContext, site: FigureSite, v: Vocabulary, consumedEnd: number): { subject: string; attribute: string } {
  // what the figure before took as its own (…5万平米厂房及3万平米…) is not this one's
  let before = site.before.slice(Math.max(0, consumedEnd - site.beforeStart));
  for (const mention of mentionsWithin(ctx, site.beforeStart - 12, site.figure.start)) {
    if (mention.end > site.beforeStart && mention.start < site.figure.start && !staysInPhrase(ctx.text, mention)) before = before.split(mention.printed).join(' ');
  }
  before = cutPhrase(before, v);
  if (!before) return { subject: '', attribute: '' };
  // a cue of plan or action ends the phrase before it (力争…, 推动…): the metric follows it,
  // or, where nothing follows (产值增长力争达到), precedes it
  const stripped = strip(before, v);
  const scanned = stripped || before;
  const cue = afterLast(scanned, v.lastCutBefore);
  // an attribute with nothing but a scope word before it is the attribute itself (…,累计完成投资N亿元);
  // the cue's tail ends as the phrase does, and is read only where the phrase may end with one of the words
  const wholes = v.prefixSubjectEndingLike(before);
  const rawTail = wholes.length === 0 ? '' : (scanned === before ? cue : afterLast(before, v.lastCutBefore)).tail;
  for (const whole of wholes) {
    if (rawTail.endsWith(whole) && onlyLeadingWords(rawTail.slice(0, -whole.length), v)) return { subject: '', attribute: whole };
  }
  const cueWord = scanned.slice(cue.head.length, scanned.length - cue.tail.length);
  // strip gives back what it has stripped already: a phrase with no cue in it is stripped once
  let phrase = (cue.tail === scanned ? stripped : strip(cue.tail, v)) || (v.future.includes(cueWord) ? strip(cue.head, v) : '');
  phrase = withoutZoneWord(phrase, v);
  if (v.prefixSubject.has(phrase)) return { subject: '', attribute: phrase }; // 完成投资 after 续建项目8个
  const { head, tail } = afterLast(phrase, v.lastVerb, endsAWord); // 完成 in 完成投资 and 全面完成, not in 完成率
  const attribute = tail === phrase ? phrase : strip(tail, v);
  if (v.prefixSubject.has(attribute)) return { subject: strip(head, v), attribute };
  // X项目一期投资 → X项目 + 一期投资; a term such as 固定资产投资 stays whole
  const ending = firstEndingAt(attribute, attribute.length, v.prefixSubjectEndingLike(attribute), 3);
  if (ending && (v.termEnding(attribute, attribute.length)?.length ?? 0) <= ending.length) {
    return { subject: attribute.slice(0, -ending.length), attribute: ending };
  }
  return { subject: attribute, attribute: '' };
}
