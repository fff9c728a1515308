import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, extname } from 'node:path';
import { fsReason } from '../lib/fsErrors.js';

export const bulletinExtensions = ['.txt', '.md', '.html', '.htm'];

/** One input the user named that could not be used. */
export interface InputProblem {
  file: string;
  reason: string;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const NO_BULLETINS = 'no bulletins';

/** A problem as the user reads it: `file: reason`, or for an empty folder "no bulletins under DIR". */
export const describeProblem = (p: InputProblem): string => (p.reason === NO_BULLETINS ? `no bulletins under ${p.file}` : `${p.file}: ${p.reason}`);

/** Inputs found so far: each file once by its real path, each folder walked once. */
class Inputs {
  readonly files: string[] = [];
  readonly problems: InputProblem[] = [];
  /** the size of the files found, in bytes */
  bytes = 0;
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();

  add(path: string, stat: Stats): void {
    const real = realpathSync(path);
    if (this.seenFiles.has(real)) return;
    this.seenFiles.add(real);
    this.files.push(path);
    this.bytes += stat.size;
  }

  /**
   * The bulletin files under a folder, sorted, following symbolic links as ripgrep -L does: a
   * link back to a folder above is a loop and named, a folder already walked is not walked
   * again, an unreadable one is named. Returns how many bulletins the folder holds.
   */
  walk(dir: string, above: string[] = []): number {
    const real = realpathSync(dir);
    if (above.includes(real)) { this.problems.push({ file: dir, reason: 'file system loop, not followed' }); return 0; }
    if (this.seenFolders.has(real)) return 1;
    this.seenFolders.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort(byName);
    } catch (error) {
      this.problems.push({ file: dir, reason: fsReason(error) });
      return 0;
    }
    let count = 0;
    for (const name of names) {
      const path = join(dir, name);
      let stat: Stats;
      try { stat = statSync(path); } catch (error) { this.problems.push({ file: path, reason: fsReason(error) }); continue; }
      if (stat.isDirectory()) count += this.walk(path, [...above, real]);
      // only regular files: a FIFO or a device in a folder is no bulletin
      else if (stat.isFile() && bulletinExtensions.includes(extname(name).toLowerCase())) { this.add(path, stat); count++; }
    }
    return count;
  }
}

/**
 * Expand files, folders (recursively, sorted) and "-" into the list of inputs to read: each
 * file once, however often it is named, and their size (standard input and pipes count 0).
 * A folder with no bulletin is a problem: a mistyped path.
 */
export function collectInputs(paths: string[]): { files: string[]; problems: InputProblem[]; bytes: number } {
  const inputs = new Inputs();
  for (const path of paths) {
    if (path === '-') { inputs.files.push(path); continue; }
    try {
      const named = inputs.problems.length;
      const stat = statSync(path);
      if (!stat.isDirectory()) inputs.add(path, stat);
      else if (!inputs.walk(path) && inputs.problems.length === named) inputs.problems.push({ file: path, reason: NO_BULLETINS });
    } catch (error) {
      inputs.problems.push({ file: path, reason: fsReason(error) });
    }
  }
  return { files: inputs.files, problems: inputs.problems, bytes: inputs.bytes };
}
