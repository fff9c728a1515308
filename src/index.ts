/**
 * The library: `extract(text)` for one bulletin's text, `extractFiles(paths)` for files and folders.
 * The CLI is built on the same functions.
 */
import { loadPatterns } from './patterns/load.js';
import { compileRules, type Rules } from './patterns/compile.js';
import { analyse } from './pipeline.js';
import { analyseFiles } from './files.js';
import type { FigureRecord } from './types.js';
import type { InputProblem } from './read/collect.js';

export type { FigureRecord, Measure, Qualifier, Status, ZoneLevel } from './types.js';
export type { InputProblem } from './read/collect.js';
export { recordSchema, recordJsonSchema } from './emit/schema.js';
export { PatternError } from './patterns/errors.js';
export { analyseFiles } from './files.js';

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
