import { readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

export const bulletinExtensions = ['.txt', '.md', '.html', '.htm'];

/** One input the user named that could not be used. */
export interface InputProblem {
  file: string;
  reason: string;
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return e.isFile() && bulletinExtensions.includes(extname(e.name).toLowerCase()) ? [path] : [];
  });
}

/** Expand files, folders (recursively, sorted) and "-" into the list of inputs to read. */
export function collectInputs(paths: string[]): { files: string[]; problems: InputProblem[] } {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    if (path === '-') { files.push(path); continue; }
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) files.push(...walk(path));
      else files.push(path);
    } catch (error) {
      problems.push({ file: path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((error as Error).message) });
    }
  }
  return { files, problems };
}
