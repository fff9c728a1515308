import { InvalidArgumentError, Option } from 'commander';
import { extname } from 'node:path';
import type { Format } from '../emit/formats.js';
import { DEFAULT_MAX_BYTES, parseSize } from '../read/readSource.js';
import { maskPersonalNumbers } from '../lib/personalNumbers.js';

export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line: reported on one line, exit 2. */
export class UsageError extends Error {}

/** One line on stderr, and exit 2 at the end (the other inputs are still processed). */
export const fail = (message: string): void => {
  process.stderr.write(`zone-extract: ${maskPersonalNumbers(message)}\n`);
  process.exitCode = EXIT_USAGE;
};

/** --max-size, for every command that reads bulletins. */
export const maxSizeOption = (): Option =>
  new Option('--max-size <size>', 'refuse bulletins larger than SIZE, e.g. 500k, 64MB').argParser(parseSize).default(DEFAULT_MAX_BYTES, '64MB');

/** A repeatable option: every value kept. */
export const collect = (v: string, acc: string[]): string[] => [...acc, v];

/** A repeatable option of fixed values, each given alone or comma-separated; anything else is refused by name. */
export function choiceList(allowed: readonly string[]): (value: string, acc: string[]) => string[] {
  return (value, acc) => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = items.filter((item) => !allowed.includes(item));
    if (unknown.length || !items.length) throw new InvalidArgumentError(`allowed: ${allowed.join(', ')}`);
    return [...acc, ...items];
  };
}

const formatOfExtension: Record<string, Format> = {
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.tsv': 'tsv', '.xlsx': 'xlsx', '.txt': 'table',
};

/** The format `--out FILE` asks for by its extension. */
export function formatOfPath(path: string): Format {
  const format = formatOfExtension[extname(path).toLowerCase()];
  if (!format) {
    const known = Object.keys(formatOfExtension).join(' ');
    throw new UsageError(`--out ${path}: cannot tell the format from its extension (${known}): give --format`);
  }
  return format;
}
