import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { decode } from './decode.js';
import { htmlToText } from './html.js';
import type { Source } from '../types.js';
import { fsReason } from '../lib/fsErrors.js';

/** The largest bulletin read unless --max-size says otherwise. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const looksLikeHtml = (file: string, text: string): boolean =>
  ['.html', '.htm'].includes(extname(file).toLowerCase()) || (file === '-' && /^\s*(<!doctype html|<html)/i.test(text));

const CHUNK = 1 << 16;
const pause = new Int32Array(new SharedArrayBuffer(4));

const MB = 1024 * 1024;
const tooLarge = (maxBytes: number): Error =>
  new Error(`larger than ${maxBytes >= MB ? `${Number((maxBytes / MB).toFixed(1))} MB` : `${maxBytes} bytes`} (--max-size)`);

/**
 * Every byte of an open file, at most `maxBytes`: a regular file into a buffer of its size and a
 * byte more (a read that fills it, one that finds the end), anything else (a pipe, a FIFO, a
 * device such as /dev/zero, a /proc file that says it is empty) into a buffer that doubles up to
 * a byte past the limit. A pipe opened without blocking that has no data yet is
 * waited for; one without a writer ends at once.
 */
function readCapped(fd: number, maxBytes: number): Buffer {
  const stat = fstatSync(fd);
  if (stat.isFile() && stat.size > maxBytes) throw tooLarge(maxBytes);
  let buffer = Buffer.allocUnsafe(stat.isFile() && stat.size > 0 ? stat.size + 1 : CHUNK);
  let total = 0;
  for (;;) {
    // grown no further than a byte past the limit: a full buffer then is a bulletin too large
    if (total === buffer.length) buffer = Buffer.concat([buffer], Math.min(2 * total, maxBytes + 1));
    let n: number;
    try {
      n = readSync(fd, buffer, total, buffer.length - total, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw tooLarge(maxBytes);
  }
  return buffer.subarray(0, total);
}

function readBytes(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // non-blocking, so that a FIFO nobody writes to cannot hang the run
    fd = file === '-' ? 0 : openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new Error(fsReason(error));
  }
  try {
    return readCapped(fd, maxBytes);
  } catch (error) {
    throw new Error(fsReason(error));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** Read one input ("-" is standard input) of at most `maxBytes` into a Source, or throw with the reason. */
export function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): Source {
  const { text } = decode(readBytes(file, maxBytes));
  if (!looksLikeHtml(file, text)) return { file, text };
  const html = htmlToText(text);
  return { file, text: html.text, markup: { html: text, offsets: html.sourceOffsets } };
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** A size as a user writes it (500k, 64MB, 1g, 1048576) in bytes; throws on anything else. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const factor = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || factor === undefined || Number(m[1]) <= 0) throw new Error(`--max-size: not a size: ${text} (e.g. 500k, 64MB, 1g)`);
  return Math.floor(Number(m[1]) * factor);
}
