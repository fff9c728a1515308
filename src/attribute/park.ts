import { lineStartOf, type DocContext, type FigureSite } from './context.js';
import { wordsEnding } from '../lib/wordSearch.js';

/**
 * A park inside the zone that a figure is about: one named in the figure's clause before it,
 * or one that opens the figure's paragraph ("演礼新兴科技产业园,依托…").
 */
export function attributePark(ctx: DocContext, site: FigureSite): string | null {
  const suffixes = ctx.rules.gazetteer.parkSuffixes;
  const name = (upto: number, floor: number): string | null => {
    const suffix = wordsEnding(suffixes)(ctx.text, upto);
    if (!suffix) return null;
    let from = upto - suffix.length;
    while (from > floor && upto - from < 12 && /[\u4e00-\u9fff]/.test(ctx.text[from - 1]!)) from--;
    const printed = ctx.text.slice(from, upto);
    return printed.length > suffix.length + 1 ? printed : null;
  };
  for (let at = site.figure.start; at > site.clause.start; at--) {
    const found = name(at, site.clause.start);
    if (found) return found.replace(/^(盘活|建设|推进|加快|依托|位于)/, '');
  }
  const lineStart = lineStartOf(ctx, site.figure.start);
  const firstComma = ctx.text.slice(lineStart, lineStart + 16).search(/[,，]/);
  return firstComma > 0 ? name(lineStart + firstComma, lineStart) : null;
}
