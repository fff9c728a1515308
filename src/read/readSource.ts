import { readFileSync } from 'node:fs';
import { decode } from './decode.js';
import type { Source } from '../types.js';

/** Read one input ("-" is standard input) into a Source, or throw with the reason. */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : 'cannot be read');
  }
  if (bytes.includes(0)) throw new Error('not UTF-8 text (binary or UTF-16)');
  return { file, text: decode(bytes) };
}
