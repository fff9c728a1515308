import { readFileSync } from 'node:fs';
import { loadPatterns } from '../src/patterns/load.js';
import { compileRules, type Rules } from '../src/patterns/compile.js';
import { extract } from '../src/pipeline.js';
import type { FigureRecord } from '../src/types.js';

let cached: Rules | null = null;
export function rules(): Rules {
  cached ??= compileRules(loadPatterns());
  return cached;
}

export function figuresOf(text: string): FigureRecord[] {
  return extract({ file: 'test.txt', text }, rules());
}

/** Each figure of a fixture as one line: the printed figure, then the fields asked for ('-' for null). */
export function rowsOf(path: string, fields: (keyof FigureRecord)[]): string[] {
  const text = readFileSync(path, 'utf8');
  return figuresOf(text).map((r) => [text.slice(r.start, r.end), ...fields.map((f) => r[f] ?? '-')].join(' '));
}

/** "input => expected" as the examples in patterns/*.yaml write it. */
export function splitExample(example: string): { input: string; expected: string } {
  const at = example.lastIndexOf(' => ');
  return at < 0 ? { input: example, expected: '' } : { input: example.slice(0, at), expected: example.slice(at + 4).trim() };
}
