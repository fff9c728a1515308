import { endSkippingQuotes, nounPhraseAt, nounPhraseEnding, withoutQuotes } from './nounPhrase.js';
import { cleanMetric, strip, vocabulary, withSynonyms, type Vocabulary } from './metricWords.js';
import { TIME, phraseBefore, withoutZoneWord } from './phrase.js';
import { beforeShareVerb, shareForm, shareStart } from './share.js';
import type { MeasureReading } from './measure.js';
import { SPEC_FAMILIES, afterLastMark, isClauseMark, maskTerms, mentionsWithin, withoutAsides, type DocContext, type FigureSite } from './context.js';
import { tokenize, type Token } from '../lib/tokenizer.js';
import { firstEndingAt, firstStartingAt } from '../lib/wordSearch.js';

export interface MetricReading {
  /** the thing measured, without attributes: carried to the figures after it */
  subject: string;
  metric: string;
  printed: string;
  /** where the text this reading took after its figure ends (3家运营公司 → after 运营公司) */
  consumedEnd: number;
  /** what a growth rate or a gap after it is about: the metric, or for a gap its rate's metric */
  comparable: string;
}

/** a short predicate that ends its clause: 竣工投产 in 3个项目竣工投产, */
const PREDICATE = /^[\u4e00-\u9fff]{2,4}$/;
/** part-of-speech tags of words that name things or actions: nouns, verbs, set phrases, unknown words */
const NOUN_LIKE = new Set(['n', 'ng', 'nz', 'nt', 'ns', 'nr', 'nrt', 'j', 'l', 'eng', 'v', 'vn', 'an', 'x', 'b']);
const RELATIVE_CLAUSE = /^[\u4e00-\u9fff]{1,8}?的/;
/** tags a noun phrase never ends with: adverbs, prepositions, conjunctions, particles */
const PHRASE_NEVER_ENDS = new Set(['d', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud']);
/** a metric longer than this is a run of text, not a noun phrase */
const MAX_METRIC_LENGTH = 20;

/** What the chooser knows of a figure: the phrase before it, what it carries, the nouns after it. */
interface Reading {
  ctx: DocContext;
  site: FigureSite;
  v: Vocabulary;
  measure: MeasureReading;
  previous: MetricReading | null;
  carried: string;
  subject: string;
  attribute: string;
  countLike: boolean;
  /** 8亿元的X项目 → X项目 */
  ofNoun: string;
  /** 3家运营公司 → 运营公司 */
  nextNoun: string;
  /** …亿元的项目 / …亿元的12个项目: a head too general to name the metric alone */
  genericHead: string;
}

type Choice = { subject: string; metric: string } | null;

/** The noun after a capacity or rating, without the project words around the product. */
function productNoun(r: Reading): string {
  let s = r.nextNoun;
  for (let t = firstEndingAt(s, s.length, r.v.capacityTrailing, 1); t; t = firstEndingAt(s, s.length, r.v.capacityTrailing, 1)) s = s.slice(0, -t.length);
  return s;
}

/**
 * The ways a metric is written, tried in order; the first that applies names the metric.
 * Each holds its own example.
 */
const CHOICES: ((r: Reading) => Choice)[] = [
  // 年产2万吨碳纤维项目 → 碳纤维年产能
  (r) => {
    const capacity = firstEndingAt(r.site.before, r.site.before.length, r.v.capacityWords);
    if (!capacity || !r.nextNoun) return null;
    const product = productNoun(r);
    return { subject: product, metric: product + r.v.capacity[capacity]! };
  },
  // 3GW储能电池项目 → 储能电池
  (r) => (SPEC_FAMILIES.has(r.site.figure.family) && r.nextNoun ? { subject: productNoun(r), metric: productNoun(r) } : null),
  // 全县27%的工业投资 → 工业投资占全县比重
  (r) => (r.site.figure.family === 'percent' && r.ofNoun && r.measure.measure === 'share'
    ? { subject: r.ofNoun, metric: r.subject ? `${r.ofNoun}占${r.subject}比重` : r.ofNoun } : null),
  // 完成年度目标的70% → X占年度目标比重; …和全市的30% → X占全市比重
  (r) => {
    if (r.measure.measure !== 'share' || !r.previous?.metric) return null;
    const before = r.site.before.trim();
    if (!before.endsWith('的') || before.includes('占')) return null;
    // the words of a whole are read only before a 的 (there are over a hundred)
    const whole = r.subject || firstEndingAt(before, before.length - 1, r.v.citywide);
    return whole ? { subject: r.previous.subject, metric: shareForm(r.previous.metric, `占${whole}`, r.v) } : null;
  },
  // 占工业投资比重64.5%, 占比预计年产值的40% → X占Y比重
  (r) => {
    if (!r.subject.includes('占') && !r.attribute.includes('占')) return null;
    const phrase = r.subject + r.attribute;
    const verbs = maskTerms(phrase, r.v.terms); // 占地 is a noun, not a share's verb
    if (!/^占|占比/.test(verbs) && !(r.measure.measure === 'share' && verbs.includes('占'))) return null;
    // 全市占比达40%: a whole named before 占比 that the phrase's scope words stripped
    const whole = phrase === '占比' ? r.v.citywide.find((w) => r.site.before.includes(`${w}占比`)) : undefined;
    const metric = shareForm(r.previous?.metric ?? r.carried, whole ? `在${whole}占比` : phrase, r.v);
    return { subject: r.carried || beforeShareVerb(metric), metric };
  },
  // 签约总投资12亿元的项目 → 签约项目总投资
  (r) => {
    if (!r.genericHead || r.countLike) return null;
    const whole = r.subject + r.attribute;
    const attr = firstEndingAt(whole, whole.length, r.v.prefixSubjectEndingLike(whole));
    if (!attr) return null;
    const subject = whole.slice(0, -attr.length) + r.genericHead;
    return { subject, metric: subject + attr };
  },
  // 计划总投资8亿元的X项目 → X项目总投资; 6000平米的检测中心楼 → 检测中心楼
  (r) => (r.ofNoun && !r.countLike && !r.v.generic.includes(r.ofNoun) && !/(目标|增长|增速)/.test(r.ofNoun)
    ? { subject: r.ofNoun, metric: r.ofNoun + (r.attribute || firstEndingAt(r.subject, r.subject.length, r.v.prefixSubjectEndingLike(r.subject)) || '') } : null),
  // 3个项目竣工投产 → 竣工投产项目: a count of a general head named by what its members did
  (r) => {
    const head = r.countLike ? firstStartingAt(r.site.afterInClause, 0, r.v.generic) : undefined;
    const predicate = head ? PREDICATE.exec(r.site.afterInClause.slice(head.length).replace(/[。；;]$/, ''))?.[0] : undefined;
    if (!head || !predicate || !/^v/.test(tokenize(predicate)[0]?.tag ?? '')) return null;
    return { subject: predicate + head, metric: predicate + head };
  },
  // 3家运营公司 → 运营公司; 新批复的3个产业 → 新批复产业; 投资500万元建成X系统 → X系统投资;
  // a percent names what follows it only through 的 (其中40%来自X: X is not what is measured)
  (r) => {
    if (!r.nextNoun || r.site.figure.family === 'percent' || !(r.countLike || !r.subject || r.site.before.endsWith('的'))) return null;
    const modifier = r.site.before.trim().endsWith('的') && r.subject.length <= 6 ? r.subject : '';
    return { subject: modifier + r.nextNoun, metric: modifier + r.nextNoun + (r.subject ? '' : r.attribute) };
  },
  // 技改投资完成6.2亿元 → 技改投资
  (r) => (r.subject ? { subject: r.subject, metric: r.subject + r.attribute } : null),
  // 其中7个投产 → 投产: a part named by what it did
  (r) => {
    const after = strip(cleanMetric(r.site.after), r.v);
    if (!r.countLike || !/^[\u4e00-\u9fff]/.test(r.site.after) || r.site.after.startsWith('占') || !after) return null;
    return { subject: '', metric: strip(cleanMetric(r.site.after).slice(0, 12), r.v) };
  },
  // 签约项目19个,总投资76亿元 → 签约项目总投资; 规上工业产值210亿元,同比增长9% → 规上工业产值
  (r) => (r.attribute || r.carried ? {
    subject: r.carried,
    metric: r.attribute ? r.carried + r.attribute : r.measure.measure === 'growth' ? r.previous?.comparable || r.carried : r.carried,
  } : null),
  // a rate or share with no subject of its own (…产值按不变价计算，增长5%) is about
  // the subject of the clause before
  (r) => {
    if (r.measure.measure === 'level') return null;
    const noun = subjectOfClauseBefore(r);
    return noun ? { subject: noun, metric: noun } : null;
  },
  // 代建“标准厂房”,全年建成5万平米 → 厂房: the object of the clause before, else its subject
  // (增加值增速居全省第3位,达到11% → 增加值增速)
  (r) => {
    const previousClause = r.ctx.text.slice(r.site.sentence.start, r.site.clause.start).split(/[,，；;、：:]/).filter(Boolean).pop() ?? '';
    const noun = nounPhraseEnding(previousClause) || subjectOfClauseBefore(r);
    return { subject: noun, metric: noun };
  },
];

/** The noun phrase that opens the nearest clause before the figure's, in its sentence, that has one. */
function subjectOfClauseBefore(r: Reading): string {
  const { ctx, site, v } = r;
  let end = site.clause.start - 1;
  while (end > site.sentence.start) {
    const start = afterLastMark(ctx.text, end, site.sentence.start, isClauseMark);
    let clause = ctx.text.slice(start, end);
    for (const mention of mentionsWithin(ctx, start, end)) clause = clause.split(mention.printed).join('');
    const opening = withoutQuotes(withoutAsides(clause).replace(TIME, '')).trim();
    const noun = withoutZoneWord(strip(nounPhraseAt(opening.slice(v.leadingAt(opening, 0)?.length ?? 0), v.breakers, v.verbs), v), v);
    if (noun) return noun;
    end = start - 1;
  }
  return '';
}

/** 工程研究中心省级3家、某市级6家: a designation level goes before the noun it grades. */
function graded(subject: string, previous: MetricReading | null, ctx: DocContext, v: Vocabulary): string {
  const level = v.levelEnding(subject, subject.length);
  if (!level) return subject;
  const noun = subject.slice(0, -level.length);
  const levelOnly = !noun || ctx.rules.placeStems.has(noun) || ctx.rules.placeStems.has(noun.replace(/市$/, ''));
  if (!levelOnly) return level + noun;
  // 省级以上研发平台46个,其中国家级9个 → 国家级研发平台
  return subject + (previous?.subject ?? '').replace(new RegExp(`^.*?(${v.levels.join('|')})(及?以上)?`), '');
}

/** A bracketed aside, or an unclosed bracket with all after it (kept, and so read only once). */
const ASIDE_OR_UNCLOSED = /[(（][^)）]*[)）]?/g;

/** 低于全市4.25个百分点 → 全市; 高于市定目标(12%)0.8个百分点 → 市定目标: what a gap compares with. */
function comparedWith(ctx: DocContext, site: FigureSite, v: Vocabulary): string {
  const window = ctx.text.slice(site.clause.start, site.figure.start).replace(ASIDE_OR_UNCLOSED, (aside) => (/[)）]$/.test(aside) ? '' : aside));
  const cue = v.diffCues.map((w) => ({ w, at: window.lastIndexOf(w) })).filter((c) => c.at >= 0).sort((a, b) => b.at - a.at)[0];
  return cue ? cleanMetric(window.slice(cue.at + cue.w.length)) : '';
}

/** The nouns after the figure that may name it. */
function nounsAfter(ctx: DocContext, site: FigureSite, v: Vocabulary): Pick<Reading, 'ofNoun' | 'nextNoun' | 'genericHead'> {
  if (!site.afterInClause) return { ofNoun: '', nextNoun: '', genericHead: '' }; // the figure ends its clause
  // 总投资8亿元的X项目 → X; but 总投资120亿元的12个项目 counts the projects, it does not name them
  const nextFigure = ctx.figures[site.index + 1];
  const countsNext = nextFigure?.family === 'count' && ctx.text.slice(site.figure.end, nextFigure.start).trim() === '的';
  const ofNoun = site.afterInClause.startsWith('的') && !countsNext ? nounPhraseAt(site.afterInClause.slice(1), v.breakers, v.starters, true) : '';
  const countedNoun = countsNext ? nounPhraseAt(ctx.text.slice(nextFigure!.end, site.clause.end), v.breakers, v.verbs) : '';
  return {
    ofNoun,
    nextNoun: nounPhraseAt(site.afterInClause, v.breakers, v.starters) || nounOfRelativeClause(site.afterInClause, v),
    genericHead: v.generic.includes(ofNoun) ? ofNoun : v.generic.includes(countedNoun) ? countedNoun : '',
  };
}

/** 3座新落成的厂房 → 厂房: a short clause closed by 的 between a count and its noun. */
function nounOfRelativeClause(after: string, v: Vocabulary): string {
  const m = RELATIVE_CLAUSE.exec(after);
  return m ? nounPhraseAt(after.slice(m[0].length), v.breakers, v.starters) : '';
}

/** Where the text a metric took after its figure ends, so the next figure does not take it again. */
function consumedEnd(ctx: DocContext, site: FigureSite, metric: string, nouns: Pick<Reading, 'ofNoun' | 'nextNoun'>): number {
  const { ofNoun, nextNoun } = nouns;
  const took = nextNoun && metric.startsWith(nextNoun) ? nextNoun : ofNoun && metric.startsWith(ofNoun) ? `的${ofNoun}` : '';
  if (!took) return -1;
  const afterText = ctx.text.slice(site.figure.end, site.clause.end);
  const at = withoutQuotes(afterText).indexOf(took);
  return at < 0 ? -1 : site.figure.end + endSkippingQuotes(afterText, at + took.length);
}

/** 的 between two words of a metric adds nothing: 新开发的土地面积 → 新开发土地面积. */
const INNER_OF = /(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])/g;
/** (the pattern only where the metric holds a 的: most hold none) */
const withoutInnerOf = (metric: string): string => (metric.includes('的') ? metric.replace(INNER_OF, '') : metric);

/** A metric as records write it: no marks, no inner 的, synonyms replaced. */
const normalForm = (metric: string, v: Vocabulary): string => withSynonyms(withoutInnerOf(cleanMetric(metric)), v.synonyms);

/** A number ending a metric is the figure's own (出口额2 100万美元 read as 2): it goes. */
function withoutTrailingNumber(metric: string): string {
  let end = metric.length;
  while (end > 0 && '0123456789.'.includes(metric[end - 1]!)) end--;
  return metric.slice(0, end);
}

const isNounLike = (w: Token): boolean => NOUN_LIKE.has(w.tag);

/** A metric names a thing or an action: a phrase of place words and particles alone (在以下) names none. */
function namesAThing(metric: string): string {
  return !metric || tokenize(cleanMetric(metric)).some(isNounLike) ? metric : '';
}

/** A noun phrase never ends with a one-character adverb or particle (…集中开工仅); a share word ends one. */
function endsAsPhrase(clean: string, v: Vocabulary): boolean {
  const last = v.shareWordEnding(clean, clean.length) ? undefined : tokenize(clean).at(-1);
  return !last || last.word.length > 1 || !PHRASE_NEVER_ENDS.has(last.tag);
}

/**
 * A phrase too long to be a noun phrase (no cut rule found where it starts) falls back to the
 * noun phrase that ends it, or to none; a share keeps its whole and caps its part.
 */
function capped(metric: string, v: Vocabulary): string {
  const clean = cleanMetric(metric);
  if (clean.length <= MAX_METRIC_LENGTH && endsAsPhrase(clean, v)) return metric;
  const share = shareStart(clean);
  if (share >= 0 && clean.length - share < MAX_METRIC_LENGTH) return capped(clean.slice(0, share), v) + clean.slice(share);
  const noun = nounPhraseEnding(clean);
  return noun.length <= MAX_METRIC_LENGTH ? noun : '';
}

/**
 * What a figure measures, from its clause: the phrase before the number, or after a count
 * (3家运营公司) or a "的" (6000平米的检测中心楼), with attributes carried from the subject of
 * the figure before it ("签约项目19个,总投资76亿元" → 签约项目总投资; "增速21.3%" → its growth).
 */
export function attributeMetric(ctx: DocContext, site: FigureSite, measure: MeasureReading, previous: MetricReading | null): MetricReading {
  const v = vocabulary(ctx);
  const carried = previous?.subject ?? '';
  let { subject, attribute } = phraseBefore(ctx, site, v, previous?.consumedEnd ?? -1);
  if (site.inParens && /目标值?$/.test(subject)) subject = ''; // 市定目标(12%): the subject's own target
  subject = graded(subject, previous, ctx, v);
  const gap = measure.measure === 'diff' && carried ? comparedWith(ctx, site, v) : '';
  if (measure.measure === 'diff' && carried) { subject = previous?.comparable || carried; attribute = ''; }
  if (v.replaceBySubject.has(subject)) subject = '';

  const nouns = nounsAfter(ctx, site, v);
  const countLike = site.figure.family === 'count' || site.figure.family === 'duration';
  const reading: Reading = { ctx, site, v, measure, previous, carried, subject, attribute, countLike, ofNoun: nouns.ofNoun, nextNoun: nouns.nextNoun, genericHead: nouns.genericHead };
  let choice = { subject: '', metric: '' };
  for (const choose of CHOICES) {
    const c = choose(reading);
    if (c) { choice = c; break; }
  }
  let { metric } = choice;
  const scope = measure.measure === 'level' ? v.scopeOf(site.before) : undefined;
  if (gap && site.figure.family === 'pp') metric = `${metric}增速较${gap}`;
  else if (scope && !metric.includes(scope)) metric = scope + metric; // 新增…, 累计…
  metric = namesAThing(withoutTrailingNumber(capped(metric, v)));
  // a count needs no word saying it is one: 投产项目总数达12个 counts 投产项目
  const countWord = countLike ? firstEndingAt(metric, metric.length, v.countWords, 2) : undefined;
  if (countWord) metric = metric.slice(0, -countWord.length);
  const normalSubject = normalForm(choice.subject, v);
  const normalMetric = metric === choice.subject ? normalSubject : normalForm(metric, v);
  return {
    subject: normalSubject,
    metric: normalMetric,
    printed: metric,
    consumedEnd: consumedEnd(ctx, site, metric, nouns),
    comparable: gap ? normalSubject : normalMetric,
  };
}
