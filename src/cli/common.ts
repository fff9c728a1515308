import { Command } from 'commander';
import type { Rules } from '../patterns/compile.js';
import type { Extraction } from '../pipeline.js';
import type { Source } from '../types.js';
import type { Keeping, Kept } from '../emit/keep.js';
import { analyseFiles } from '../files.js';
import { collectInputs, describeProblem } from '../read/collect.js';
import { analyseInOrder, defaultJobs } from './workers.js';
import { writeStdout, writeWhole } from '../emit/write.js';
import { progress } from './terminal.js';
import { EXIT_USAGE, fail } from './options.js';

/** A subcommand whose errors reach main() (exit 2) instead of ending the process. */
export function subcommand(name: string): Command {
  return new Command(name).exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

/**
 * No bulletin could be read, and why was said on stderr (a mistyped path, an empty folder): nothing
 * is written, neither an empty result on stdout nor over an existing --out file.
 */
export const nothingRead = (bulletins: number): boolean => bulletins === 0 && process.exitCode === EXIT_USAGE;

/** Every bulletin the paths name, analysed with a progress line; a file that fails is named on stderr and skipped. */
export function analyseReporting(paths: string[], rules: Rules, maxBytes: number): Extraction[] {
  let report: ReturnType<typeof progress> | undefined;
  const { extractions, problems } = analyseFiles(paths, rules, { maxBytes, onFile: (file, total) => (report ??= progress(total)).step(file) });
  report?.done();
  for (const p of problems) fail(describeProblem(p));
  return extractions;
}

export interface RecordsOptions {
  /** worker threads (default: defaultJobs, by the size of the input) */
  jobs?: number;
  /** the --patterns folders */
  patterns: string[];
  /** the compiled rules, when bulletins are analysed on this thread */
  rules: () => Rules;
  /** what the run keeps of each bulletin */
  keeping: Keeping;
  /** standard input, when it was read already */
  stdin?: Source;
  /** --max-size */
  maxBytes: number;
}

/**
 * What the run keeps of every bulletin the paths name, in input order, each bulletin's as soon as
 * it is finished, with a progress line; a file that fails is named on stderr and skipped.
 */
export async function* keptReporting(paths: string[], o: RecordsOptions): AsyncGenerator<Kept> {
  const { files, problems, bytes } = collectInputs(paths);
  for (const p of problems) fail(describeProblem(p));
  const report = progress(files.length);
  const sources = new Map(o.stdin ? [['-', o.stdin]] : []);
  for await (const outcome of analyseInOrder(files, { jobs: o.jobs ?? defaultJobs(files.length, bytes), patterns: o.patterns, rules: o.rules, keeping: o.keeping, sources, maxBytes: o.maxBytes })) {
    if ('kept' in outcome) { report.step(outcome.file); yield outcome.kept; continue; }
    report.done();
    fail(`${outcome.file}: ${outcome.problem}`);
  }
  report.done();
}

/** Output to a file (whole or not at all) or to standard output. */
export async function emit(output: string | Buffer, out: string | undefined): Promise<void> {
  if (out) await writeWhole(out, output);
  else await writeStdout(output);
}
