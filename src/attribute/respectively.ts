import type { Attributed } from './attribute.js';
import { holdsWordIn, type DocContext } from './context.js';
import { cleanMetric } from './metricWords.js';

/** what joins the figures of a list: 18.9%、16.8%和13.6% */
const FIGURE_JOINER = /^[、和及与]?$/;

/**
 * "A、B、C分别增长x%、y%和z%": a list of items, a word for "respectively", and as many figures
 * after it; each figure is about its item, in order, and measures what the first one does. Where
 * the items are figures themselves (产值50亿元、税收8亿元,分别增长9%和6%), each later figure is
 * about the metric of its figure.
 */
export function distributeRespectively(ctx: DocContext, records: Attributed[]): Attributed[] {
  const words = ctx.rules.patterns.cues.respectively;
  const out = [...records];
  for (let i = 0; i < out.length; i++) {
    const first = out[i]!;
    // the sentence before the figure is read only where such a word stands in it
    if (!holdsWordIn(ctx, words, first.site.sentence.start, first.figure.start)) continue;
    const sentenceText = ctx.text.slice(first.site.sentence.start, first.figure.start);
    const word = words.find((w) => sentenceText.includes(w));
    if (!word) continue;
    const at = sentenceText.lastIndexOf(word);
    let j = i;
    while (j + 1 < out.length && FIGURE_JOINER.test(ctx.text.slice(out[j]!.figure.end, out[j + 1]!.figure.start).trim())) j++;
    const count = j - i + 1;
    const items = listItems(sentenceText, at, count) ?? figureItems(out, i, count, first.site.sentence.start + at);
    if (!items) continue;
    for (let k = 0; k < count; k++) {
      const r = out[i + k]!;
      // the cue before the first figure (增长, 下降) speaks for all of them
      const value = Math.sign(first.value) * Math.abs(r.value);
      out[i + k] = { ...r, value, measure: first.measure, metric: { ...r.metric, subject: items[k]!, metric: items[k]!, printed: items[k]!, comparable: items[k]! } };
    }
    i = j;
  }
  return out;
}

/** The items written before the word, split at 、, where there are as many as figures. */
function listItems(sentenceText: string, at: number, count: number): string[] | null {
  const listStart = Math.max(...['，', ',', '：', ':'].map((c) => sentenceText.lastIndexOf(c, at))) + 1;
  const items = sentenceText.slice(listStart, at).split('、').map((s) => cleanMetric(s)).filter(Boolean);
  return items.length >= 2 && items.length === count ? items : null;
}

/** The metrics of the figures just before the word, where there are as many as figures after it. */
function figureItems(records: Attributed[], i: number, count: number, wordAt: number): string[] | null {
  const before = records.slice(Math.max(0, i - count), i);
  const sameSentence = before.every((r) => r.site.sentence.start === records[i]!.site.sentence.start && r.figure.end <= wordAt);
  return count >= 2 && before.length === count && sameSentence && before.every((r) => r.metric.metric) ? before.map((r) => r.metric.metric) : null;
}
