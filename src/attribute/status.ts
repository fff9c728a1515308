import type { Status } from '../types.js';
import type { MeasureReading } from './measure.js';
import { lastCue, type DocContext, type FigureSite } from './context.js';

const SPEC_FAMILIES = new Set(['power', 'energy', 'voltage']);

function sectionHeading(site: FigureSite): string {
  const headings = site.article.headings.filter((h) => h.major && h.start < site.figure.start);
  return headings[headings.length - 1]?.text ?? '';
}

/**
 * Target or actual. A target cue that governs (力争, 确保, 预计…) reaches the end of its
 * sentence; a local one (目标任务, 年底前, 将达到) only its clause; an actual cue (目前, 已)
 * nearer to the number wins. In a plan section an uncued figure is a target.
 */
export function attributeStatus(ctx: DocContext, site: FigureSite, measure: MeasureReading): Status {
  if (measure.measure === 'diff') return 'actual';
  const cues = ctx.rules.patterns.cues.status;
  const { text } = ctx;
  const { figure, clause, sentence } = site;
  const before = text.slice(Math.max(clause.start - 1, sentence.start), figure.start);
  if (site.inParens && /(目标值?|计划[\u4e00-\u9fff]{0,4})[(（]$/.test(before)) return 'target';
  const unless = cues.target.unless_followed_by;
  const only = cues.target.only_followed_by;
  /** a cue at `at` in `span` that its neighbours do not cancel (规划总面积, 争取贷款) */
  const holds = (span: string, hit: { word: string; at: number }): boolean => {
    const rest = span.slice(hit.at + hit.word.length);
    return !(unless[hit.word] ?? []).some((w) => rest.startsWith(w)) && (!only[hit.word] || only[hit.word]!.some((w) => rest.startsWith(w)));
  };
  const targetCue = (span: string): boolean => {
    const hit = lastCue(span, [...cues.target.local, ...cues.target.governing]);
    return !!hit && holds(span, hit);
  };
  const clauseText = text.slice(clause.start, clause.end);
  let sentenceBefore = text.slice(sentence.start, figure.start);
  if (measure.measure === 'share') {
    const shareAt = Math.max(sentenceBefore.lastIndexOf('占'), sentenceBefore.lastIndexOf('计划'));
    if (shareAt >= 0) sentenceBefore = sentenceBefore.slice(0, shareAt);
  }
  const governingHit = lastCue(sentenceBefore, cues.target.governing);
  const governing = governingHit && holds(sentenceBefore, governingHit) ? governingHit : null;
  const actual = lastCue(sentenceBefore, cues.actual);
  const local = lastCue(clauseText, cues.target.local);
  const localOk = local && holds(clauseText, local);
  if (actual && (!governing || actual.at > governing.at) && !localOk) return 'actual';
  const cueAt = Math.max(governing ? sentence.start + governing.at : -1, localOk ? clause.start + local!.at : -1);
  const done = cueAt >= 0 && cueAt < figure.start && cues.perfective.some((w) => text.slice(Math.max(cueAt, clause.start), figure.start).includes(w));
  if (!done && (localOk || (governing && targetCue(sentenceBefore.slice(governing.at))))) {
    if (measure.measure === 'share' && !governing) return 'actual';
    return 'target';
  }
  const inPlan = cues.plan_headings.some((w) => sectionHeading(site).includes(w));
  return inPlan && !SPEC_FAMILIES.has(figure.family) ? 'target' : 'actual';
}
