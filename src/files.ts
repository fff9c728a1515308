import type { Rules } from './patterns/compile.js';
import { collectInputs, type InputProblem } from './read/collect.js';
import { DEFAULT_MAX_BYTES, readSource } from './read/readSource.js';
import { analyse, type Extraction } from './pipeline.js';

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
