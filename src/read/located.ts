import type { AnyNode } from 'domhandler';
import { charClass, isWhiteSpace } from '../lib/chars.js';

/** What HTML counts as white space between words. */
const isHtmlSpace = charClass(' \t\r\n');

/** The cells of a table row. */
export const CELLS = new Set(['td', 'th']);

/** Where a node starts in the HTML source (parsed with source locations). */
export const sourceStart = (node: AnyNode): number => (node as AnyNode & { sourceCodeLocation?: { startOffset: number } }).sourceCodeLocation?.startOffset ?? 0;

/** Text read out of an HTML page, with for each char (UTF-16 unit) its offset in the HTML source. */
export interface Located {
  text: string;
  offsets: number[];
}

/** Text built piece by piece, every char placed with its offset in the HTML source. */
export class LocatedText {
  private readonly chars: string[] = [];
  private readonly at: number[] = [];

  /** Chars that stand for one place of the source (a line break, a separator, a heading mark). */
  push(s: string, at: number): void {
    for (let k = 0; k < s.length; k++) { this.chars.push(s[k]!); this.at.push(at); }
  }

  /** A text node's chars from `at` on, each run of spaces and line breaks as one space. */
  pushText(s: string, at: number): void {
    for (let k = 0; k < s.length; k++) {
      const space = isHtmlSpace(s.charCodeAt(k));
      if (space && k && isHtmlSpace(s.charCodeAt(k - 1))) continue;
      this.chars.push(space ? ' ' : s[k]!);
      this.at.push(at + k);
    }
  }

  /** Text read elsewhere, each char keeping its own offset. */
  append(piece: Located): void {
    for (let k = 0; k < piece.text.length; k++) { this.chars.push(piece.text[k]!); this.at.push(piece.offsets[k]!); }
  }

  get last(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  get empty(): boolean {
    return !this.chars.length;
  }

  /** Ends the current line, unless there is none. */
  breakLine(at: number): void {
    if (this.chars.length && this.last !== '\n') this.push('\n', at);
  }

  located(): Located {
    return { text: this.chars.join(''), offsets: this.at };
  }
}

/** A piece of text as one line: line breaks and tabs become spaces, runs of spaces one, ends trimmed. */
export function oneLine(piece: Located): Located {
  const out = new LocatedText();
  const { text, offsets } = piece;
  for (let k = 0; k < text.length; k++) {
    if (!isWhiteSpace(text.charCodeAt(k))) out.push(text[k]!, offsets[k]!);
    else if (!out.empty && out.last !== ' ') out.push(' ', offsets[k]!);
  }
  const line = out.located();
  return line.text.endsWith(' ') ? slice(line, 0, line.text.length - 1) : line;
}

/** A part of a piece, offsets kept. */
export const slice = (piece: Located, start: number, end = piece.text.length): Located =>
  ({ text: piece.text.slice(start, end), offsets: piece.offsets.slice(start, end) });
