/**
 * The library: `extract(text)` for one bulletin's text, `extractFiles(paths)` for files and folders.
 * The CLI is built on the same functions.
 */
import { loadPatterns } from './patterns/load.js';
import { compileRules, type Rules } from './patterns/compile.js';
import { collectInputs, type InputProblem } from './read/collect.js';
import { DEFAULT_MAX_BYTES, readSource } from './read/readSource.js';
import { analyse, type Extraction } from './pipeline.js';
import type { FigureRecord } from './types.js';

export type { FigureRecord, Measure, Qualifier, Status, ZoneLevel } from './types.js';
export type { InputProblem } from './read/collect.js';
export { recordSchema, recordJsonSchema } from './emit/schema.js';
export { PatternError } from './patterns/load.js';

export interface ExtractOptions {
  /** folders of extra rule files merged over the built-in patterns/, as `--patterns` */
  patterns?: string[];
  /** bulletins larger than this many bytes are refused, as `--max-size` (default 64 MB) */
  maxBytes?: number;
}

export interface TextOptions extends ExtractOptions {
  /** the name the records carry in `file` (default "-") */
  file?: string;
}

export interface FilesResult {
  records: FigureRecord[];
  /** inputs that could not be read, each with the reason; the others were still processed */
  problems: InputProblem[];
}

const compiled = new Map<string, Rules>();

/** The rules for a list of pattern folders, loaded and compiled once per list. */
export function rulesFor(patternDirs: string[] = []): Rules {
  const key = JSON.stringify(patternDirs);
  let rules = compiled.get(key);
  if (!rules) compiled.set(key, (rules = compileRules(loadPatterns(patternDirs))));
  return rules;
}

/** The figures of one bulletin's text. */
export function extract(text: string, options: TextOptions = {}): FigureRecord[] {
  return analyse({ file: options.file ?? '-', text }, rulesFor(options.patterns)).records;
}

/** The figures of every bulletin the paths name (files, folders searched recursively, "-" for stdin). */
export function extractFiles(paths: string[], options: ExtractOptions = {}): FilesResult {
  const { extractions, problems } = analyseFiles(paths, rulesFor(options.patterns), { maxBytes: options.maxBytes });
  return { records: extractions.flatMap((e) => e.records), problems };
}

/** Each bulletin analysed, in order; a file that cannot be read or decoded becomes a problem. */
export function analyseFiles(paths: string[], rules: Rules, o: { maxBytes?: number; onFile?: (file: string, total: number) => void } = {}): { extractions: Extraction[]; problems: InputProblem[] } {
  const { files, problems } = collectInputs(paths);
  const extractions: Extraction[] = [];
  for (const file of files) {
    o.onFile?.(file, files.length);
    try {
      extractions.push(analyse(readSource(file, o.maxBytes ?? DEFAULT_MAX_BYTES), rules));
    } catch (error) {
      problems.push({ file: file === '-' ? '<stdin>' : file, reason: (error as Error).message });
    }
  }
  return { extractions, problems };
}
