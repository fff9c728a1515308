import { readdirSync, realpathSync, rmSync, statSync, type Stats } from 'node:fs';
import { chmod, open, rename, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { fsReason } from '../lib/fsErrors.js';

/** Signals that end a run early: the default is to die at once, leaving a temporary file behind. */
const interruptions: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Output written piece by piece as records are ready, then finished (or abandoned on an error). */
export interface OutputStream {
  /** false once the reader has gone (`| head`): nothing more needs computing */
  readonly open: boolean;
  write(chunk: string | Uint8Array): Promise<void>;
  finish(): Promise<void>;
  abandon(): void;
}

const statOrNull = (path: string): Stats | null => {
  try { return statSync(path); } catch { return null; }
};

const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); return true; } catch (error) { return (error as NodeJS.ErrnoException).code !== 'ESRCH'; }
};

const tempOf = (target: string, pid = process.pid): string => join(dirname(target), `.${basename(target)}.${pid}.tmp`);

/** Temporary files a killed run (kill -9) left beside the target: `.NAME.PID.tmp` of a process that is gone. */
function removeStaleTemps(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try { names = readdirSync(dirname(target)); } catch { return; }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -4)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) rmSync(tempOf(target, pid), { force: true });
  }
}

/**
 * A file written whole or not at all: streamed into a temporary sibling, renamed over the target
 * when finished, removed when abandoned or when the process ends or is interrupted before that.
 * A symbolic link keeps pointing where it did (its target is written), an existing file keeps its
 * mode, a FIFO or a device (/dev/stdout) is written in place; a temporary file a killed run left
 * is removed. Errors name `path`.
 */
export function fileStream(path: string): OutputStream {
  const existing = statOrNull(path);
  const inPlace = !!existing && !existing.isFile();
  const target = existing && !inPlace ? realpathSync(path) : path;
  if (!inPlace) removeStaleTemps(target);
  const temp = inPlace ? path : tempOf(target);
  const failure = (error: unknown): Error => new Error(`cannot write ${path}: ${fsReason(error)}`);
  let closed = false;
  const removeTemp = (): void => { if (!inPlace) rmSync(temp, { force: true }); };
  const onSignal = (signal: NodeJS.Signals): void => { removeTemp(); process.kill(process.pid, signal); };
  const stopWatching = (): void => {
    closed = true;
    process.removeListener('exit', removeTemp);
    for (const signal of interruptions) process.removeListener(signal, onSignal);
  };
  process.once('exit', removeTemp);
  for (const signal of interruptions) process.once(signal, onSignal);
  // opened once a signal would remove it; a failure to open is reported by the first write or by finish
  const file: Promise<FileHandle> = open(temp, 'w');
  file.catch(() => {});
  return {
    get open() { return !closed; },
    write: async (chunk) => {
      if (!chunk.length) return;
      try { await (await file).writeFile(chunk); } catch (error) { throw failure(error); }
    },
    finish: async () => {
      try {
        await (await file).close();
        if (existing && !inPlace) await chmod(temp, existing.mode & 0o7777);
        if (!inPlace) await rename(temp, target);
      } catch (error) {
        removeTemp();
        throw failure(error);
      } finally {
        stopWatching();
      }
    },
    abandon: () => {
      file.then((handle) => handle.close()).catch(() => {});
      removeTemp();
      stopWatching();
    },
  };
}

/** Standard output with back-pressure; once the reader has gone (`| head`) nothing more is written. */
export function stdoutStream(out: NodeJS.WriteStream = process.stdout): OutputStream {
  let gone = false;
  let wake: (() => void) | null = null;
  // the error itself is reported by the CLI's own listener (EPIPE quietly)
  out.on('error', () => { gone = true; wake?.(); });
  const drained = (): Promise<void> => new Promise((resolve) => {
    wake = resolve;
    out.once('drain', resolve);
  });
  return {
    get open() { return !gone; },
    write: async (chunk) => {
      if (gone || !chunk.length || out.write(chunk)) return;
      await drained();
      wake = null;
    },
    finish: () => new Promise((resolve) => { if (gone) resolve(); else out.write('', () => resolve()); }),
    abandon: () => {},
  };
}

/** The stream `--out FILE` names, or standard output. */
export function outputStream(out: string | undefined): OutputStream {
  return out ? fileStream(out) : stdoutStream();
}
