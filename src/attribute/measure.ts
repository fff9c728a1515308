import type { Measure } from '../types.js';
import type { DocContext, FigureSite } from './context.js';
import { cueSearch, firstEndingAt, firstStartingAt } from '../lib/wordSearch.js';
import { tokenize } from '../lib/tokenizer.js';
import { oncePer } from '../lib/oncePer.js';

/** a noun that is itself a rate (开工率, 比重): a percent after it is its level */
const RATE_ENDING = /(率|比重|比例|占比|增速|增幅|强度)$/;

/** The searches for the cues of growth, of a gap, and of a share or of progress towards a whole: made once per rules. */
const cueSearches = oncePer((cues: DocContext['rules']['patterns']['cues']['measure']) => ({
  growth: cueSearch(cues.growth.words),
  diff: cueSearch(cues.diff.words),
  share: cueSearch([...cues.share.words, ...cues.share_progress]),
}));

export interface MeasureReading {
  measure: Measure;
  negative: boolean;
}

/**
 * A percent that stands for a part of what precedes it: after 其中 (其中60%来自…), or between a
 * noun and the verb that the part does (人才80%留在…).
 */
function isPartOfSubject(window: string, after: string, partWords: string[]): boolean {
  const head = window.trimEnd();
  if (firstEndingAt(head, head.length, partWords) !== undefined) return true;
  const lastWord = tokenize(head.slice(-8)).at(-1);
  const nextWord = tokenize(after.slice(0, 6))[0];
  return !!lastWord && !!nextWord && /^n/.test(lastWord.tag) && !RATE_ENDING.test(lastWord.word) && nextWord.tag === 'v';
}

/**
 * Level, growth, share or diff, from the cue words nearest before the number in its clause
 * (and 的增长 / 的工业投资 just after it). A diff is a gap in percentage points.
 */
export function attributeMeasure(ctx: DocContext, site: FigureSite, previousPercent: MeasureReading | null): MeasureReading {
  const cues = ctx.rules.patterns.cues.measure;
  const family = site.figure.family;
  const window = ctx.masked.slice(site.clause.start, site.figure.start);
  if (site.inParens && family === 'percent' && /目标值?[(（]$/.test(ctx.text.slice(site.clause.start, site.figure.start))) {
    return previousPercent ?? { measure: 'level', negative: false };
  }
  const search = cueSearches(cues);
  const growth = search.growth(window, window.length);
  // diff cues are read for points only, share cues for percents only: most figures are neither
  if (family === 'pp') {
    const diff = search.diff(window, window.length);
    if (diff) return { measure: 'diff', negative: cues.diff.negative.includes(diff.word) };
    return { measure: 'growth', negative: !!growth && cues.growth.negative.includes(growth.word) };
  }
  if (family === 'percent') {
    const afterGrowth = /^的?(增长|增幅|增速)/.test(site.after);
    const share = search.share(window, window.length);
    // the nearer cue decides: growth where both start at once
    const shareNearer = !!share && (!growth || share.at > growth.at);
    if (afterGrowth || (growth && !shareNearer)) return { measure: 'growth', negative: !!growth && cues.growth.negative.includes(growth.word) };
    if (shareNearer) return { measure: 'share', negative: false };
    if (isPartOfSubject(window, site.after, cues.share.part_words)) return { measure: 'share', negative: false };
    if (firstStartingAt(site.after, 0, cues.share.after_words) !== undefined && /[\u4e00-\u9fff]/.test(site.after[1] ?? '')) return { measure: 'share', negative: false };
    return { measure: 'level', negative: false };
  }
  if (growth && firstStartingAt(growth.word, 0, cues.growth.amount_words) !== undefined && window.length - (growth.at + growth.word.length) <= 2) {
    return { measure: 'growth', negative: cues.growth.negative.includes(growth.word) };
  }
  return { measure: 'level', negative: false };
}
