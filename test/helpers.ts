import { readFileSync } from 'node:fs';
import { loadPatterns } from '../src/patterns/load.js';
import { compileRules, type Rules } from '../src/patterns/compile.js';
import { extract } from '../src/pipeline.js';
import type { FigureRecord } from '../src/types.js';
import { recordWriter, type Format, type WriterOptions } from '../src/emit/formats.js';
import { table, type TableOptions } from '../src/emit/table.js';

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

/** The records in a format written at once, as the CLI writes them piece by piece: text, or bytes for xlsx. */
export async function inFormat(records: FigureRecord[], format: Format, o: WriterOptions & TableOptions): Promise<string | Buffer> {
  if (format === 'table') return table(records, o);
  const writer = recordWriter(format, o);
  const pieces: (string | Uint8Array)[] = [writer.head, ...records.map(writer.record)];
  await writer.end(async (chunk) => { pieces.push(chunk); });
  return format === 'xlsx' ? Buffer.concat(pieces.filter((p) => typeof p !== 'string')) : pieces.join('');
}
