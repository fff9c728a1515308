import { lineStartOf, type DocContext, type FigureSite } from './context.js';
import { wordsEnding } from '../lib/wordSearch.js';
import { isHanCode } from '../lib/chars.js';
import { lastRead } from '../lib/oncePer.js';

/** how far into a line the comma after a park that opens it may stand */
const OPENING_PARK_MAX = 16;

/** The name of a park that ends at `upto` with one of its suffixes (found by `suffixEnding`), read back no further than `floor`. */
function parkNameEndingAt(text: string, suffixEnding: (text: string, end: number) => string | undefined, upto: number, floor: number): string | null {
  const suffix = suffixEnding(text, upto);
  if (!suffix) return null;
  let from = upto - suffix.length;
  while (from > floor && upto - from < 12 && isHanCode(text.charCodeAt(from - 1))) from--;
  const printed = text.slice(from, upto);
  return printed.length > suffix.length + 1 ? printed : null;
}

/**
 * A park inside the zone that a figure is about: one named in the figure's clause before it,
 * or one that opens the figure's paragraph ("演礼新兴科技产业园,依托…").
 */
export function attributePark(ctx: DocContext, site: FigureSite): string | null {
  const suffixEnding = wordsEnding(ctx.rules.gazetteer.parkSuffixes);
  for (let at = site.figure.start; at > site.clause.start; at--) {
    const found = parkNameEndingAt(ctx.text, suffixEnding, at, site.clause.start);
    if (found) return found.replace(/^(盘活|建设|推进|加快|依托|位于)/, '');
  }
  const lineStart = lineStartOf(ctx, site.figure.start);
  return lineOpeningPark(ctx, lineStart, lineStart + OPENING_PARK_MAX);
}

/** The park that opens a line, its name ending at the first comma in text[lineStart, end). */
function openingPark(ctx: DocContext, lineStart: number, end: number): string | null {
  const firstComma = ctx.text.slice(lineStart, end).search(/[,，]/);
  return firstComma > 0 ? parkNameEndingAt(ctx.text, wordsEnding(ctx.rules.gazetteer.parkSuffixes), lineStart + firstComma, lineStart) : null;
}

/** openingPark of the line last read: a line's figures come in a row and ask of the same one. */
const lineOpeningPark = lastRead(openingPark);

