import type { ChalkInstance } from 'chalk';

/**
 * Colour for a stream: off when NO_COLOR is set (chalk ignores it) or the stream is not a
 * terminal, on when FORCE_COLOR asks for it (FORCE_COLOR=0 turns it off).
 */
export async function paintFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Promise<ChalkInstance> {
  const force = env.FORCE_COLOR;
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 2 : 0;
  if (force !== undefined) level = force === '0' || force === 'false' ? 0 : force === '3' ? 3 : force === '1' ? 1 : 2;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') level = 0;
  const { Chalk } = await import('chalk'); // only tables and reports are painted
  return new Chalk({ level });
}

/** A one-line progress report on stderr, only for a person at a terminal, never in CI logs. */
export function progress(total: number, env: NodeJS.ProcessEnv = process.env): { step: (file: string) => void; done: () => void } {
  const on = Boolean(process.stderr.isTTY) && !env.CI && total > 3;
  let n = 0;
  return {
    step: (file) => { if (on) process.stderr.write(`\r\x1b[2K[${++n}/${total}] ${file}`); },
    done: () => { if (on) process.stderr.write('\r\x1b[2K'); },
  };
}
