import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { figuresOf } from './helpers.js';

/** A bulletin of `n` figures in one of the shapes that lack sentence punctuation. */
const shapes: Record<string, (n: number) => string> = {
  'lines without stops': (n) => Array.from({ length: n }, (_, i) => `第${i % 7 ? '二' : '一'}园区工业投资${i + 1}亿元`).join('\n'),
  'table rows': (n) => Array.from({ length: n }, (_, i) => `园区${i}\t工业投资\t${i + 1}亿元`).join('\n'),
  'one run-on line': (n) => Array.from({ length: n }, (_, i) => `园区工业投资${i + 1}亿元`).join(''),
  'commas only': (n) => Array.from({ length: n }, (_, i) => `工业投资${i + 1}亿元`).join('，'),
  'short list lines, each of which reads as a heading': (n) => Array.from({ length: n }, () => '工业投资5亿元').join('\n'),
  'a section heading for each figure': (n) => Array.from({ length: n }, (_, i) => `## 园区${i}\n工业投资${i + 1}亿元。`).join('\n'),
};

function cost(text: string): { ms: number; bytes: number; longest: number; figures: number } {
  let ms = Infinity;
  let records = figuresOf(text);
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    records = figuresOf(text);
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, bytes: JSON.stringify(records).length, longest: Math.max(...records.map((r) => r.text.length)), figures: records.length };
}

describe('cost grows linearly with the text', () => {
  it.each(Object.entries(shapes))('%s: four times the text costs about four times as much', (_shape, make) => {
    const small = cost(make(400));
    const large = cost(make(1600));
    expect(large.figures).toBe(4 * small.figures);
    expect(large.bytes / small.bytes).toBeLessThan(4.5);
    expect(large.longest).toBeLessThanOrEqual(220);
    // quadratic work would take sixteen times as long; allow for a noisy machine
    expect(large.ms / small.ms).toBeLessThan(10);
  });
});
