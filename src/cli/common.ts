import { Command } from 'commander';
import type { Rules } from '../patterns/compile.js';
import type { Extraction } from '../pipeline.js';
import { analyseFiles } from '../index.js';
import { writeStdout, writeWhole } from '../emit/write.js';
import { progress } from './terminal.js';
import { fail } from './options.js';

/** A subcommand whose errors reach main() (exit 2) instead of ending the process. */
export function subcommand(name: string): Command {
  return new Command(name).exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

/** Every bulletin the paths name, analysed with a progress line; a file that fails is named on stderr and skipped. */
export function analyseReporting(paths: string[], rules: Rules): Extraction[] {
  let report: ReturnType<typeof progress> | undefined;
  const { extractions, problems } = analyseFiles(paths, rules, (file, total) => (report ??= progress(total)).step(file));
  report?.done();
  for (const p of problems) fail(`${p.file}: ${p.reason}`);
  return extractions;
}

/** Output to a file (whole or not at all) or to standard output. */
export async function emit(output: string | Buffer, out: string | undefined): Promise<void> {
  if (out) writeWhole(out, output);
  else await writeStdout(output);
}
