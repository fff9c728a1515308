import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decode } from './decode.js';
import { htmlToText } from './html.js';
import type { Source } from '../types.js';

const looksLikeHtml = (file: string, text: string): boolean =>
  ['.html', '.htm'].includes(extname(file).toLowerCase()) || (file === '-' && /^\s*(<!doctype html|<html)/i.test(text));

/** Read one input ("-" is standard input) into a Source, or throw with the reason. */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : 'cannot be read');
  }
  const { text } = decode(bytes);
  if (!looksLikeHtml(file, text)) return { file, text };
  const html = htmlToText(text);
  return { file, text: html.text, markup: { html: text, offsets: html.sourceOffsets } };
}
