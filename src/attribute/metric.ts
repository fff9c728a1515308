import { tokenize } from '../lib/tokenizer.js';
import type { DocContext, FigureSite } from './context.js';

export interface MetricReading {
  /** the thing measured, without attributes: carried to the figures after it */
  subject: string;
  metric: string;
  printed: string;
}

const PUNCT = /[\s"“”‘’'「」《》()（）【】\[\]·.,，。、:：;；!?！？#*]/g;
const TIME = /(\d{4}年(以来)?|[一二三四]季度|第[一二三四]季度|首季|上半年|下半年|\d{1,2}[-—~至]\d{1,2}月|今年以来|今年|去年|全年|年内|年底前|当年|开年以来)/g;
const NOUN_TAGS = /^(n|nz|nt|ns|nr|j|l|eng|b|vn|an)$/;

function stripEdges(phrase: string, leading: string[], trailing: string[]): string {
  let s = phrase;
  for (let changed = true; changed && s;) {
    changed = false;
    const lead = leading.find((w) => s.startsWith(w) && s.length > w.length);
    if (lead) { s = s.slice(lead.length); changed = true; }
    const trail = trailing.find((w) => s.endsWith(w));
    if (trail) { s = s.slice(0, -trail.length); changed = true; }
  }
  return s;
}

/** Cut a phrase after the last of `words` (力争…, 完成…): what follows is the metric. */
function afterLast(phrase: string, words: string[]): { head: string; tail: string } {
  let cut = -1;
  let len = 0;
  for (const w of words) {
    const at = phrase.lastIndexOf(w);
    if (at >= 0 && at + w.length < phrase.length && at + w.length > cut + len) { cut = at; len = w.length; }
  }
  return cut < 0 ? { head: '', tail: phrase } : { head: phrase.slice(0, cut), tail: phrase.slice(cut + len) };
}

/** Rewrite share phrasing to one form: X占比Y, X占Y的 → X占Y比重. */
function shareForm(subject: string, phrase: string): string {
  const m = /^(.*?)占(比)?(.+?)(的)?(比重|比例)?$/.exec(phrase);
  if (!m) return subject + phrase;
  const owner = m[1] || subject;
  return `${owner}占${m[3]}比重`;
}

/** The noun phrase that follows a count: 5家平台公司 → 平台公司, 九条园区道路的地下管网 → 园区道路. */
function nounPhraseAfter(after: string): string {
  const words = tokenize(after.replace(/^[“"「]/, '').split(/[,，。；;、：:()（）]/)[0]!.slice(0, 20));
  let end = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.tag === 'uj' && end >= 0) break; // stop at 的 once there is a head noun
    if (NOUN_TAGS.test(w.tag) && w.tag !== 'vn') end = i;
    else if (w.tag === 'vn' && end >= 0 && i === end + 1) end = i;
    else if (/^[“”"「」]$/.test(w.word)) continue;
    else if (w.tag.startsWith('v') && end >= 0) break;
    else if (w.tag === 'x') break;
  }
  return end < 0 ? '' : words.slice(0, end + 1).map((w) => w.word).join('');
}

export const cleanMetric = (s: string): string => s.replace(PUNCT, '');

/**
 * What a figure measures, from its clause: the phrase before the number, or after a count
 * (5家平台公司), with attributes carried from the subject of the figure before it
 * ("签约项目27个,总投资98亿元" → 签约项目总投资; "增速28.2%" → the subject's growth).
 */
export function attributeMetric(ctx: DocContext, site: FigureSite, previous: MetricReading | null): MetricReading {
  const m = ctx.rules.patterns.metrics;
  const cues = ctx.rules.patterns.cues;
  const synonyms = (s: string): string => Object.entries(m.synonyms).reduce((acc, [from, to]) => acc.split(from).join(to), s);
  const carriedSubject = previous?.subject ?? '';
  const leading = [...m.strip_leading, '已完'].sort((a, b) => b.length - a.length);
  const trailing = [...m.strip_trailing, ...cues.measure.growth.words, ...cues.measure.diff.words].sort((a, b) => b.length - a.length);

  let before = site.before;
  for (const mention of ctx.mentions) {
    if (mention.end > site.beforeStart && mention.start < site.figure.start) before = before.split(mention.printed).join(' ');
  }
  before = before.replace(TIME, ' ').replace(PUNCT, ' ');
  before = before.split(/\s+/).filter(Boolean).pop() ?? '';
  before = afterLast(before, [...m.stop_words, ...cues.status.target.governing, ...cues.measure.diff.words]).tail;
  let phrase = stripEdges(before, leading, trailing);
  if (site.inParens && /目标值?$/.test(phrase)) phrase = ''; // 省定目标(16%): the target of the subject's own rate
  const verbCut = afterLast(phrase, ['完成', '实现', '达到', '引入', '引进', '成立', '聘请了', '招聘', '组建']);
  if (verbCut.head && m.carried.prefix_subject.includes(verbCut.tail)) phrase = stripEdges(verbCut.head, leading, trailing) + verbCut.tail;
  else phrase = stripEdges(verbCut.tail, leading, trailing);

  const count = site.figure.family === 'count';
  const afterNoun = count && /^[“"「\u4e00-\u9fff]/.test(site.after) ? nounPhraseAfter(site.after) : '';
  const percentOf = site.figure.family === 'percent' && site.after.startsWith('的') ? nounPhraseAfter(site.after.slice(1)) : '';

  let subject: string;
  let metric: string;
  if (afterNoun && (!phrase || /的$/.test(site.before.trim()) || count)) {
    subject = metric = afterNoun;
  } else if (percentOf && !/(增长|增速|目标)/.test(percentOf)) {
    subject = percentOf;
    metric = shareForm(percentOf, `占${phrase || '总量'}比重`);
  } else if (phrase.startsWith('占') || /占比/.test(phrase)) {
    subject = carriedSubject;
    metric = shareForm(carriedSubject, phrase);
  } else if (!phrase || m.carried.replace_by_subject.includes(phrase)) {
    const fallback = count ? stripEdges(cleanMetric(site.after).slice(0, 12), leading, trailing) : '';
    subject = carriedSubject || fallback;
    metric = subject;
  } else if (m.carried.prefix_subject.includes(phrase) && carriedSubject) {
    subject = carriedSubject;
    metric = carriedSubject + phrase;
  } else {
    subject = metric = phrase;
  }
  const printed = metric;
  return { subject: synonyms(cleanMetric(subject)), metric: synonyms(cleanMetric(metric)), printed };
}
