import type { Attributed } from './attribute.js';
import type { DocContext } from './context.js';
import { cleanMetric } from './metricWords.js';

/**
 * "电力、医药、建材分别增长18.9%、16.8%、13.6%": a list of items, a word for "respectively", and
 * as many figures joined by 、 after it; each figure is about its item, in order, and measures
 * what the first one does.
 */
export function distributeRespectively(ctx: DocContext, records: Attributed[]): Attributed[] {
  const words = ctx.rules.patterns.cues.respectively;
  const out = [...records];
  for (let i = 0; i < out.length; i++) {
    const first = out[i]!;
    const sentenceText = ctx.text.slice(first.site.sentence.start, first.figure.start);
    const word = words.find((w) => sentenceText.includes(w));
    if (!word) continue;
    const at = sentenceText.lastIndexOf(word);
    const listStart = Math.max(sentenceText.lastIndexOf('，', at), sentenceText.lastIndexOf(',', at), sentenceText.lastIndexOf('：', at), sentenceText.lastIndexOf(':', at)) + 1;
    const items = sentenceText.slice(listStart, at).split('、').map((s) => cleanMetric(s)).filter(Boolean);
    let j = i;
    while (j + 1 < out.length && /^、?$/.test(ctx.text.slice(out[j]!.figure.end, out[j + 1]!.figure.start).trim())) j++;
    if (items.length < 2 || j - i + 1 !== items.length) continue;
    for (let k = 0; k < items.length; k++) {
      const r = out[i + k]!;
      // the cue before the first figure (增长, 下降) speaks for all of them
      const value = Math.sign(first.value) * Math.abs(r.value);
      out[i + k] = { ...r, value, measure: first.measure, metric: { ...r.metric, subject: items[k]!, metric: items[k]!, printed: items[k]!, comparable: items[k]! } };
    }
    i = j;
  }
  return out;
}
