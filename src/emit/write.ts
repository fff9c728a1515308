import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** Write a file whole or not at all: into a temporary sibling, then renamed over the target. */
export function writeWhole(path: string, content: string | Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Write to stdout; a closed pipe (`| head`) ends quietly. */
export function writeStdout(content: string | Buffer): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') resolve();
      else { process.stderr.write(`zone-extract: stdout: ${error.message}\n`); process.exitCode = 2; resolve(); }
    });
    process.stdout.write(content, () => resolve());
  });
}
