import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode V8 may inline into one optimised function (its default is 920). The hot code
 * is some 370 functions that V8 compiles on a background thread while the bulletins run on code
 * not yet optimised: with less inlining that compilation takes some 40% less CPU and is ready
 * sooner, and the code it makes runs as fast (README, Performance: 10 MB 5% faster on one thread,
 * and each worker of --jobs compiles it again on the cores the workers need).
 */
export const INLINING_BUDGET = 200;

/**
 * Set V8 flags (name without --, value), each unless the user gave Node that flag: a V8 flag is
 * the process's, it holds for every heap and every compilation, of every thread, from here on.
 * (Node refuses these in NODE_OPTIONS: only its command line can hold them.)
 */
export function setV8Flags(flags: Record<string, number | boolean>): void {
  for (const [flag, value] of Object.entries(flags)) if (!isGiven(flag, process.execArgv)) setFlagsFromString(asArgument(flag, value));
}

const asArgument = (flag: string, value: number | boolean): string =>
  typeof value === 'boolean' ? `--${value ? '' : 'no-'}${flag}` : `--${flag}=${value}`;

/** Whether Node's command line gives a V8 flag (written with - or _; a switch also as --no-flag or --noflag). */
export const isGiven = (flag: string, execArgv: string[]): boolean =>
  execArgv.some((a) => [`--${flag}`, `--no-${flag}`, `--no${flag}`].includes(a.replace(/_/g, '-').split('=')[0]!));
