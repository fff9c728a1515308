import { readdirSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { chmod, rename, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { fsReason } from '../lib/fsErrors.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const statOrNull = (path: string): Stats | null => {
  try { return statSync(path); } catch { return null; }
};

const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code !== 'ESRCH'; }
};

/** Temporary files a killed run (kill -9) left beside the target: `.NAME.PID.tmp` of a process that is gone. */
function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try { names = readdirSync(dirname(target)); } catch { return; }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -4)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) rmSync(join(dirname(target), name), { force: true });
  }
}

/**
 * Write a file whole or not at all: into a temporary sibling, then renamed over the target.
 * A symbolic link keeps pointing where it did (its target is written), an existing file keeps
 * its mode, a FIFO or a device (/dev/stdout) is written in place. A signal during the write
 * removes the temporary file; one left by a killed run is removed by the next. Errors name `path`.
 */
export async function writeWhole(path: string, content: string | Buffer): Promise<void> {
  const existing = statOrNull(path);
  try {
    if (existing && !existing.isFile()) { await writeFile(path, content); return; }
  } catch (error) {
    throw new Error(`cannot write ${path}: ${fsReason(error)}`);
  }
  const target = existing ? realpathSync(path) : path;
  removeStaleTemps(target);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(temp, { force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    await writeFile(temp, content);
    if (existing) await chmod(temp, existing.mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new Error(`cannot write ${path}: ${fsReason(error)}`);
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
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
