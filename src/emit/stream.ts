import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** Signals that end a run early: the default is to die at once, leaving a temporary file behind. */
const interruptions: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Output written piece by piece as records are ready, then finished (or abandoned on an error). */
export interface OutputStream {
  /** false once the reader has gone (`| head`): nothing more needs computing */
  readonly open: boolean;
  write(chunk: string): Promise<void>;
  finish(): Promise<void>;
  abandon(): void;
}

/**
 * A file written whole or not at all: streamed into a temporary sibling, renamed over the target
 * when finished, removed when abandoned or when the process ends or is interrupted before that.
 */
export function fileStream(path: string): OutputStream {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  let closed = false;
  const removeTemp = (): void => {
    if (!closed) closeSync(fd);
    closed = true;
    rmSync(temp, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => { removeTemp(); process.kill(process.pid, signal); };
  const stopWatching = (): void => {
    process.removeListener('exit', removeTemp);
    for (const signal of interruptions) process.removeListener(signal, onSignal);
  };
  process.once('exit', removeTemp);
  for (const signal of interruptions) process.once(signal, onSignal);
  return {
    get open() { return !closed; },
    write: async (chunk) => { writeFileSync(fd, chunk); },
    finish: async () => {
      closeSync(fd);
      closed = true;
      renameSync(temp, path);
      stopWatching();
    },
    abandon: () => { removeTemp(); stopWatching(); },
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
      if (gone || !chunk || out.write(chunk)) return;
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
