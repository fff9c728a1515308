import { tokenize } from '../lib/tokenizer.js';
import type { MeasureReading } from './measure.js';
import { mentionsWithin, type DocContext, type FigureSite } from './context.js';

export interface MetricReading {
  /** the thing measured, without attributes: carried to the figures after it */
  subject: string;
  metric: string;
  printed: string;
  /** where the text this reading took after its figure ends (5家平台公司 → after 平台公司) */
  consumedEnd: number;
  /** what a growth rate or a gap after it is about: the metric, or for a gap its rate's metric */
  comparable: string;
}

const PUNCT = /[\s"“”‘’'「」《》()（）【】[\]·.,，。、:：;；!?！？#*]/g;
const QUOTES = /[“”"「」‘’']/g;
const TIME = /(\d{4}年(以来)?|[一二三四]季度|第[一二三四]季度|首季|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|今年以来|今年|去年|全年|年内|年底前|当年|开年以来)/g;
const NOUN = /^(n|nz|nt|ns|nr|nrt|j|l|eng|b|an|x)$/;
/** capacities and ratings: what follows the figure is the thing rated (7GW光伏项目) */
const SPEC_FAMILIES = new Set(['power', 'energy', 'voltage']);

/**
 * The noun phrase at the start of `text`: 平台公司,都… → 平台公司; 重点谋划项目开工建设 → 重点谋划项目;
 * 园区道路的地下管网 → 园区道路. A verb or adjective stays inside only when a noun follows it
 * (孵化研发楼, 高效N型电池); numbers stay inside names (8GW电池); `breakers` end it.
 */
function nounPhraseAt(text: string, breakers: string[], starters: string[], leadingFigure = false): string {
  const words = tokenize(text.replace(QUOTES, '').split(/[,，。；;、：:()（）\s]/)[0]!.slice(0, 40));
  const isNumber = (i: number): boolean => /^[\d.]+$/.test(words[i]?.word ?? '');
  const isNoun = (i: number): boolean => {
    const w = words[i];
    if (!w || breakers.includes(w.word)) return false;
    return (NOUN.test(w.tag) && /[\u4e00-\u9fffA-Za-z]/.test(w.word)) || (w.tag === 'vn' && i > 0);
  };
  const isCount = (i: number): boolean => isNumber(i) || words[i]?.tag === 'm';
  const isUnit = (i: number): boolean => words[i]?.tag === 'q' || words[i]?.word === '/';
  const nextNonCount = (i: number): number => { let j = i; while (isCount(j)) j++; return j; };
  const modifies = (i: number): boolean => /^(v|vn|a|k)$/.test(words[i]?.tag ?? '') && !breakers.includes(words[i]!.word)
    && isNoun(nextNonCount(i + 1));
  if (starters.includes(words[0]?.word ?? '')) words.shift(); // 建成园区智慧管理系统 → 园区智慧管理系统
  if (isNumber(0) && !leadingFigure) return ''; // 5宗441.9亩: the next figure, not a name
  let first = nextNonCount(0);
  if (leadingFigure) while (isUnit(first) || isCount(first)) first++; // 的20000吨/年石墨材料

  if (!isNoun(first) && !modifies(first) && !(first > 0 && words[first]?.tag === 'vn')) return '';
  let end = -1;
  for (let i = leadingFigure ? first : 0; i < words.length; i++) {
    if (i > 0 && starters.includes(words[i]!.word)) break;
    if (isNoun(i)) { end = i; continue; }
    if (isCount(i) || modifies(i) || (words[i]!.tag === 'vn' && end < 0)) continue;
    break;
  }
  return end < 0 ? '' : words.slice(0, end + 1).map((w) => w.word).join('');
}

/** The noun phrase that ends `text`: 在园中园自建定制厂房 → 厂房. */
function nounPhraseEnding(text: string): string {
  const words = tokenize(text.replace(QUOTES, ''));
  let start = words.length;
  while (start > 0 && NOUN.test(words[start - 1]!.tag) && /[\u4e00-\u9fff]/.test(words[start - 1]!.word)) start--;
  return words.slice(start).map((w) => w.word).join('');
}

/** Where, in `text`, the first `length` characters that are not quotes end. */
function endSkippingQuotes(text: string, length: number): number {
  let seen = 0;
  let i = 0;
  for (; i < text.length && seen < length; i++) if (!/[“”"「」‘’']/.test(text[i]!)) seen++;
  return i;
}

/** Rewrite share phrasing to one form: X占比Y, X占Y的 → X占Y比重. */
function shareForm(subject: string, phrase: string): string {
  const m = /^(.*?)占(?:比)?(.+?)(?:的)?(?:比重|比例)?$/.exec(phrase);
  if (!m) return subject + phrase;
  return `${m[1] || subject}占${m[2]}比重`;
}

export const cleanMetric = (s: string): string => s.replace(PUNCT, '');

interface Vocabulary {
  leading: string[];
  trailing: string[];
  cutBefore: string[];
  verbs: string[];
  empty: Set<string>;
  prefixSubject: string[];
  replaceBySubject: string[];
  generic: string[];
  capacity: Record<string, string>;
  capacityTrailing: string[];
  breakers: string[];
  zoneWords: string[];
  levels: string[];
  diffCues: string[];
  /** 新增 or 累计 written just before the metric: an increment or a running total, not a stock */
  scopeOf: (before: string) => string | undefined;
  future: string[];
  terms: string[];
  synonyms: [string, string][];
}

const vocabularies = new WeakMap<object, Vocabulary>();

function vocabulary(ctx: DocContext): Vocabulary {
  const known = vocabularies.get(ctx.rules);
  if (known) return known;
  const v = buildVocabulary(ctx);
  vocabularies.set(ctx.rules, v);
  return v;
}

function buildVocabulary(ctx: DocContext): Vocabulary {
  const m = ctx.rules.patterns.metrics;
  const cues = ctx.rules.patterns.cues;
  const longest = (ws: string[]): string[] => [...new Set(ws)].sort((a, b) => b.length - a.length);
  return {
    leading: longest(m.strip_leading),
    zoneWords: longest([...ctx.rules.gazetteer.suffixes, '园区']),
    trailing: longest([...m.strip_trailing, ...cues.measure.growth.words, ...cues.measure.diff.words]),
    cutBefore: longest([...m.stop_words, ...cues.status.target.governing, ...cues.measure.diff.words]),
    verbs: longest(m.cut_verbs),
    empty: new Set([...m.strip_leading, ...m.strip_trailing, ...ctx.rules.gazetteer.citywide, ...ctx.rules.gazetteer.notPlaces]),
    prefixSubject: m.carried.prefix_subject,
    replaceBySubject: m.carried.replace_by_subject,
    generic: m.generic_heads,
    capacity: m.capacity_prefixes,
    capacityTrailing: longest(m.capacity_strip_trailing),
    breakers: [...m.phrase_breakers, ...cues.status.target.governing],
    levels: longest(m.level_words),
    diffCues: cues.measure.diff.words,
    scopeOf: (before: string) => m.scope_words.find((w) => new RegExp(`${w}[\\u4e00-\\u9fff“”"]{0,12}$`).test(before.trim())),
    future: [...cues.status.target.governing, ...cues.status.target.local, '将'],
    terms: ctx.rules.terms,
    synonyms: Object.entries(m.synonyms),
  };
}

function strip(phrase: string, v: Vocabulary): string {
  let s = phrase;
  for (let changed = true; changed && s;) {
    changed = false;
    const trail = v.trailing.find((w) => s.endsWith(w));
    if (trail) { s = s.slice(0, -trail.length); changed = true; continue; }
    const lead = v.leading.find((w) => s.startsWith(w));
    if (lead) { s = s.slice(lead.length); changed = true; }
  }
  return v.empty.has(s) || s.length < 2 ? '' : s;
}

/** The text after the last of `words` (empty when the phrase ends with one). */
function afterLast(phrase: string, words: string[]): { head: string; tail: string } {
  let cut = -1;
  let len = 0;
  for (const w of words) {
    const at = phrase.lastIndexOf(w);
    if (at >= 0 && at + w.length > cut + len) { cut = at; len = w.length; }
  }
  return cut < 0 ? { head: '', tail: phrase } : { head: phrase.slice(0, cut), tail: phrase.slice(cut + len) };
}

/** The phrase before the number, split into a subject and an attribute where it has both. */
function phraseBefore(ctx: DocContext, site: FigureSite, v: Vocabulary, consumedEnd: number): { subject: string; attribute: string } {
  // what the figure before took as its own (…10万平方米标准化厂房及7万平方米…) is not this one's
  let before = site.before.slice(Math.max(0, consumedEnd - site.beforeStart));
  for (const mention of mentionsWithin(ctx, site.beforeStart - 12, site.figure.start)) {
    // 晋城市级 is a grade, 占高平市总量 a comparison, 工业类开发区 a common noun: all stay in the phrase
    const compared = /[占于比和与向]/.test(ctx.text[mention.start - 1] ?? '') || ctx.text[mention.end] === '级' || mention.bare;
    if (mention.end > site.beforeStart && mention.start < site.figure.start && !compared) before = before.split(mention.printed).join(' ');
  }
  before = before.replace(/[“"][^“”"]*\d[^“”"]*[”"]/g, '').replace(/、/g, '').replace(TIME, ' ').replace(QUOTES, '').replace(PUNCT, ' ').split(/\s+/).filter(Boolean).pop() ?? '';
  // 力争…, 推动…: the metric follows the cue; 日产将达到: nothing follows a future cue, so it precedes it
  const cue = afterLast(strip(before, v) || before, v.cutBefore);
  // 完成投资 with nothing but 累计 before it is the attribute itself (开工项目…,累计完成投资39.3亿元)
  const rawTail = afterLast(before, v.cutBefore).tail;
  const whole = v.prefixSubject.find((w) => rawTail.endsWith(w) && ['', ...v.leading].includes(rawTail.slice(0, -w.length)));
  if (whole) return { subject: '', attribute: whole };
  const future = v.future.some((w) => cue.head.length + w.length <= before.length && before.startsWith(w, cue.head.length));
  let phrase = strip(cue.tail, v) || (future ? strip(cue.head, v) : '');
  // a bare zone word opening the phrase (开发区固定资产投资) names the zone, not the metric
  const zoneWord = v.zoneWords.find((w) => phrase.startsWith(w) && phrase.length >= w.length + 2);
  if (zoneWord) phrase = strip(phrase.slice(zoneWord.length), v);
  if (v.prefixSubject.includes(phrase)) return { subject: '', attribute: phrase }; // 完成投资 after 开工项目29个
  const { head, tail } = afterLast(phrase, v.verbs);
  const attribute = strip(tail, v);
  if (v.prefixSubject.includes(attribute)) return { subject: strip(head, v), attribute };
  // 众禾壹心中央工厂项目一期投资 → subject + 一期投资; a term such as 固定资产投资 stays whole
  const ending = v.prefixSubject.find((w) => attribute.endsWith(w) && attribute.length > w.length + 2);
  if (ending && !v.terms.some((t) => attribute.endsWith(t) && t.length > ending.length)) {
    return { subject: attribute.slice(0, -ending.length), attribute: ending };
  }
  return { subject: attribute, attribute: '' };
}

/**
 * What a figure measures, from its clause: the phrase before the number, or after a count
 * (5家平台公司) or a "的" (9000平米的孵化研发楼), with attributes carried from the subject of
 * the figure before it ("签约项目27个,总投资98亿元" → 签约项目总投资; "增速28.2%" → its growth).
 */
export function attributeMetric(ctx: DocContext, site: FigureSite, measure: MeasureReading, previous: MetricReading | null): MetricReading {
  const v = vocabulary(ctx);
  const { family } = site.figure;
  const carried = previous?.subject ?? '';
  let { subject, attribute } = phraseBefore(ctx, site, v, previous?.consumedEnd ?? -1);
  if (site.inParens && /目标值?$/.test(subject)) subject = ''; // 省定目标(16%): the subject's own target
  // 企业技术中心省级5家、晋城市级10家: a designation level goes before the noun it grades
  const level = v.levels.find((w) => subject.endsWith(w));
  if (level) {
    const graded = subject.slice(0, -level.length);
    const isPrefixOnly = !graded || ctx.rules.placeStems.has(graded) || ctx.rules.placeStems.has(graded.replace(/市$/, ''));
    const noun = isPrefixOnly ? (previous?.subject ?? '').replace(new RegExp(`^.*?(${v.levels.join('|')})`), '') : graded;
    subject = (isPrefixOnly ? subject : level) + noun;
  }
  let comparedWith = '';
  if (measure.measure === 'diff' && carried) {
    // 低于全市13.87个百分点: the subject's rate, against 全市; 高于省定目标(16%)0.6个百分点: against 省定目标
    const window = ctx.text.slice(site.clause.start, site.figure.start).replace(/[(（][^)）]*[)）]/g, '');
    const cue = v.diffCues.map((w) => ({ w, at: window.lastIndexOf(w) })).filter((c) => c.at >= 0).sort((a, b) => b.at - a.at)[0];
    comparedWith = cue ? cleanMetric(window.slice(cue.at + cue.w.length)) : '';
    subject = previous?.comparable || carried;
    attribute = '';
  }
  if (v.replaceBySubject.includes(subject)) subject = '';

  const capacity = Object.keys(v.capacity).find((w) => site.before.endsWith(w));
  const countLike = family === 'count' || family === 'duration';
  // 总投资15亿元的X项目 → X; but 总投资465亿元的34个项目 counts the projects, it does not name them
  const nextFigure = ctx.figures[site.index + 1];
  const countsNext = nextFigure?.family === 'count' && ctx.text.slice(site.figure.end, nextFigure.start).trim() === '的';
  const ofNoun = site.afterInClause.startsWith('的') && !countsNext ? nounPhraseAt(site.afterInClause.slice(1), v.breakers, [...v.verbs, ...v.leading], true) : '';
  const nextNoun = nounPhraseAt(site.afterInClause, v.breakers, [...v.verbs, ...v.leading]);
  const countedNoun = countsNext ? nounPhraseAt(ctx.text.slice(nextFigure!.end, site.clause.end), v.breakers, v.verbs) : '';
  const genericHead = v.generic.includes(ofNoun) ? ofNoun : v.generic.includes(countedNoun) ? countedNoun : '';
  let metric: string;
  const specNoun = (): string => {
    let s = nextNoun;
    for (let t = v.capacityTrailing.find((w) => s.endsWith(w) && s.length > w.length); t; t = v.capacityTrailing.find((w) => s.endsWith(w) && s.length > w.length)) s = s.slice(0, -t.length);
    return s;
  };
  if (capacity && nextNoun) {
    subject = specNoun();
    metric = subject + v.capacity[capacity]!;
  } else if (SPEC_FAMILIES.has(family) && nextNoun) {
    subject = metric = specNoun();
  } else if (family === 'percent' && ofNoun && measure.measure === 'share') {
    metric = subject ? `${ofNoun}占${subject}比重` : ofNoun;
    subject = ofNoun;
  } else if (measure.measure === 'share' && subject && !site.before.includes('占') && /的$/.test(site.before.trim()) && previous?.metric) {
    metric = `${previous.metric}占${subject}比重`; // 完成年度目标的85%: a share of the target
    subject = previous.subject;
  } else if (/^占|占比/.test(subject + attribute) || (measure.measure === 'share' && (subject + attribute).includes('占'))) {
    metric = shareForm(previous?.metric ?? carried, subject + attribute);
    subject = carried;
  } else if (genericHead && !countLike && v.prefixSubject.some((w) => (subject + attribute).endsWith(w))) {
    // 签约总投资41.58亿元的项目 → 签约项目总投资
    const whole = subject + attribute;
    const attr = v.prefixSubject.find((w) => whole.endsWith(w))!;
    metric = whole.slice(0, -attr.length) + genericHead + attr;
    subject = whole.slice(0, -attr.length) + genericHead;
  } else if (ofNoun && !countLike && !v.generic.includes(ofNoun) && !/(目标|增长|增速)/.test(ofNoun)) {
    metric = ofNoun + (attribute || v.prefixSubject.find((w) => subject.endsWith(w)) || ''); // 计划总投资50亿元的X项目 → X项目总投资
    subject = ofNoun;
  } else if (nextNoun && (countLike || !subject || /的$/.test(site.before))) {
    // 原批复的3个主导产业 → 原批复主导产业; 投资6400万元建成园区智慧管理系统 → its 投资
    const modifier = /的$/.test(site.before.trim()) && subject.length <= 6 ? subject : '';
    metric = modifier + nextNoun + (subject ? '' : attribute);
    subject = modifier + nextNoun;
  } else if (subject) {
    metric = subject + attribute;
  } else if (countLike && /^[\u4e00-\u9fff]/.test(site.after) && !site.after.startsWith('占') && strip(cleanMetric(site.after), v)) {
    metric = strip(cleanMetric(site.after).slice(0, 12), v); // 其中18个投产: a part named by what it did
    subject = '';
  } else if (attribute || carried) {
    // 规上工业产值512.6亿元,同比增长14.2%: the growth is of the whole metric before it
    metric = attribute ? carried + attribute : measure.measure === 'growth' ? previous?.comparable || carried : carried;
    subject = carried;
  } else {
    // 自建"定制厂房",全年建成16.8万平米: the object of the clause before
    const previousClause = ctx.text.slice(site.sentence.start, site.clause.start).split(/[,，；;、：:]/).filter(Boolean).pop() ?? '';
    subject = metric = nounPhraseEnding(previousClause);
  }
  if (comparedWith && family === 'pp') metric = `${metric}增速较${comparedWith}`;
  else if (measure.measure === 'level' && !metric.includes(v.scopeOf(site.before) ?? metric)) metric = v.scopeOf(site.before)! + metric; // 新增…, 累计…
  const normal = (s: string): string => v.synonyms.reduce((acc, [from, to]) => acc.split(from).join(to), cleanMetric(s));
  const tookAfter = metric === nextNoun || metric.startsWith(nextNoun) && nextNoun !== '' ? nextNoun
    : ofNoun && metric.startsWith(ofNoun) ? `的${ofNoun}` : '';
  const afterText = ctx.text.slice(site.figure.end, site.clause.end);
  const plain = afterText.replace(QUOTES, '');
  const tookAt = tookAfter ? plain.indexOf(tookAfter) : -1;
  const consumedEnd = tookAt >= 0 ? site.figure.end + endSkippingQuotes(afterText, tookAt + tookAfter.length) : -1;
  return { subject: normal(subject), metric: normal(metric), printed: metric, consumedEnd, comparable: normal(comparedWith ? subject : metric) };
}
