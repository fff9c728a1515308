import type { Status } from '../types.js';
import type { MeasureReading } from './measure.js';
import { SPEC_FAMILIES, afterLastMark, holdsWordIn, isClauseMark, lastColonIn, lineStartOf, mentionsWithin, type DocContext, type FigureSite } from './context.js';
import { CueEnds, firstStartingAt, lastCue, type Cue } from '../lib/wordSearch.js';
import { paragraphs } from '../lib/paragraphs.js';
import { tokenize } from '../lib/tokenizer.js';
import { strip, vocabulary } from './metricWords.js';
import { memoPer, oncePer } from '../lib/oncePer.js';
import { indexAt, type Span } from '../lib/spans.js';
import { spanAt } from '../segment/sentences.js';
import { charClass, isWhiteSpace } from '../lib/chars.js';

/** a paragraph this short with no clause punctuation is a heading (2024年工作安排, 二、主要目标) */
const HEADING_MAX_LENGTH = 30;
const NOT_A_HEADING = /[。，,；;！？!?]/;
/** a number with a unit (3.5亿, 12 %), matched from where the number starts so that each is read once */
const FIGURE_WITH_UNIT = /(?:^|[^\d.])\.*\d[\d.]*\s*[%亿万]/;
/** a line that opens a list item: 1. / (一) / 一是 / - */
const LIST_ITEM = /^\s*([(（]?[一二三四五六七八九十\d]+[)）.、．]|[一二三四五六七八九十]+是|[-•·*])/;

const YEAR = /^\d{4}年/;
type Cues = DocContext['rules']['patterns']['cues']['status'];

/** The target cues, governing first, those that govern beyond their clause, and all the cues of status: listed once per rules. */
const cueLists = oncePer((cues: Cues) => ({
  target: [...cues.target.governing, ...cues.target.local],
  governs: new Set([...cues.target.governing, ...cues.target.before_year, ...cues.target.before_verb]),
  all: [...cues.target.governing, ...cues.target.local, ...cues.target.before_verb, ...cues.target.before_year, ...cues.target.conditions, ...cues.actual],
}));

/** Where the cues of status end in the sentence that starts at `sentenceStart`: one reading of it for all the searches of all their lists. */
const sentenceStatusCues = memoPer((ctx: DocContext, sentenceStart: number): CueEnds => new CueEnds(ctx.text, cueLists(ctx.rules.patterns.cues.status).all, sentenceStart));

/** A stretch text[from, to) of a figure's sentence searched for cues (`found`: where they end in the sentence): what follows a cue is read up to `to`. */
interface Stretch {
  found: CueEnds;
  from: number;
  to: number;
}

const isStop = charClass('，,。；;！？!?');

/** A test of a cue found in a stretch of a document: a function of its own, where a closure would be made for each search. */
type CueTest = (ctx: DocContext, stretch: Stretch, c: Cue) => boolean;

/** A cue its neighbours do not cancel (规划总面积, 争取贷款), and that governs something (好于预期, governs nothing): what follows it read in place, up to the stretch's end. */
const holds: CueTest = (ctx, { to }, hit) => {
  const { text } = ctx;
  const rest = hit.at + hit.word.length;
  let next = rest;
  while (next < to && isWhiteSpace(text.charCodeAt(next))) next++;
  if (next < to && isStop(text.charCodeAt(next))) return false;
  const unless = ctx.rules.patterns.cues.status.target.unless_followed_by[hit.word];
  const only = ctx.rules.patterns.cues.status.target.only_followed_by[hit.word];
  return !(unless && firstStartingAt(text, rest, unless, to) !== undefined) && (!only || firstStartingAt(text, rest, only, to) !== undefined);
};

/** What follows a cue in its stretch, 8 characters at most. */
const textAfter = (text: string, stretch: Stretch, c: Cue): string => text.slice(c.at + c.word.length, Math.min(stretch.to, c.at + c.word.length + 8));

/** 将 or 计划 before a verb (将超, 计划建设). */
const beforeVerb: CueTest = (ctx, stretch, c) => /^(v|vn)$/.test(tokenize(textAfter(ctx.text, stretch, c))[0]?.tag ?? '');

/** 到 before a year that is a deadline: it opens its clause or follows a cue (力争到2027年); 增加到2023年的 is no deadline. */
const beforeDeadline: CueTest = (ctx, stretch, c) => YEAR.test(textAfter(ctx.text, stretch, c)) && opensClause(ctx.text, stretch.from, c, ctx.rules.patterns.cues.status);

/** The nearest of `words` in the stretch before `end` that passes `test`, searching backwards. */
function lastCueWhere(ctx: DocContext, stretch: Stretch, words: string[], test: CueTest, end = stretch.to): Cue | null {
  let hit = stretch.found.last(words, stretch.from, end);
  while (hit && !test(ctx, stretch, hit)) hit = stretch.found.last(words, stretch.from, hit.at);
  return hit;
}

/** Nothing but punctuation or a target cue stands before the cue in its stretch. */
function opensClause(text: string, from: number, c: Cue, cues: Cues): boolean {
  const before = text.slice(from, c.at);
  return !/[\u4e00-\u9fff]$/.test(before) || cues.target.governing.some((w) => before.endsWith(w));
}

/** Of a cue found and another, the one nearer the figure: the other only where it stands after. */
const nearer = (hit: Cue | null, other: Cue | null): Cue | null => (other && (!hit || other.at > hit.at) ? other : hit);

/**
 * The nearest target cue in the stretch before `end` that holds, searching backwards (what
 * follows a cue is read up to the end of the stretch). 将 or 计划 count only before a verb (将超,
 * 计划建设), 到 only before a year (到2027年).
 */
function targetCue(ctx: DocContext, stretch: Stretch, words: string[], end = stretch.to): Cue | null {
  const { before_verb: beforeVerbWords, before_year: beforeYearWords } = ctx.rules.patterns.cues.status.target;
  const hit = lastCueWhere(ctx, stretch, words, holds, end);
  return nearer(nearer(hit, lastCueWhere(ctx, stretch, beforeVerbWords, beforeVerb, end)), lastCueWhere(ctx, stretch, beforeYearWords, beforeDeadline, end));
}

/** The cue stands at the head of its clause: nothing but a time, a place, a scope word or another cue before it. */
function headsClause(ctx: DocContext, clauseStart: number, cueAt: number): boolean {
  let lead = cueLists(ctx.rules.patterns.cues.status).target.reduce((text, w) => (text.includes(w) ? text.split(w).join('') : text), ctx.text.slice(clauseStart, cueAt).replace(ctx.times.pattern, ''));
  for (const m of mentionsWithin(ctx, clauseStart, cueAt)) lead = lead.split(m.printed).join('');
  return !strip(lead.replace(/[\s，,：:]/g, ''), vocabulary(ctx));
}

/**
 * The target cue whose scope holds the figure, by the scope rules: a cue governs its clause; a
 * governing cue (力争, 预计) at the head of a clause governs the rest of its sentence; a cue
 * before a colon governs the list after it.
 */
function cueInScope(ctx: DocContext, site: FigureSite, measure: MeasureReading, found: CueEnds): Cue | null {
  const cues = ctx.rules.patterns.cues.status;
  const { text } = ctx;
  const { figure, clause, sentence } = site;
  let before = figure.start;
  // a share's whole (占…, 计划的…) is not its own status
  if (measure.measure === 'share') {
    const sentenceBefore = text.slice(sentence.start, figure.start);
    const shareAt = Math.max(sentenceBefore.lastIndexOf('占'), sentenceBefore.lastIndexOf('计划'));
    if (shareAt >= 0) before = sentence.start + shareAt;
  }
  const local = targetCue(ctx, { found, from: clause.start, to: before }, cueLists(cues).target);
  if (local) return local;
  // …15%的目标: a local cue after the number names what it is
  const after = found.last(cues.target.local, figure.end, clause.end);
  if (after) return after;
  // a condition (达产后,) governs the rest of its sentence wherever it stands
  const condition = found.last(cues.target.conditions, sentence.start, before);
  if (condition) return condition;
  // the figure's own clause holds none (no local cue): read the sentence before it
  const governing = targetCue(ctx, { found, from: sentence.start, to: before }, cueLists(cues).target, Math.min(before, clause.start));
  if (governing) {
    const clauseStart = afterLastMark(text, governing.at, sentence.start, isClauseMark);
    if (cueLists(cues).governs.has(governing.word) && headsClause(ctx, clauseStart, governing.at)) return governing;
  }
  return listLead(ctx, site);
}

/** The last target cue in text[from, to) of a document, read from where the cues of status end in its sentence. */
export function lastTargetCue(ctx: DocContext, from: number, to: number): Cue | null {
  if (to <= from) return null;
  const targets = cueLists(ctx.rules.patterns.cues.status).target;
  const i = indexAt(ctx.sentences, from);
  if (i >= 0) return sentenceStatusCues(ctx, ctx.sentences[i]!.start).last(targets, from, to);
  const cue = lastCue(ctx.text.slice(from, to), targets);
  return cue && { word: cue.word, at: from + cue.at };
}

/** A list under a lead that ends with a colon and holds a target cue (主要预期目标：): the lead's cue. */
function listLead(ctx: DocContext, site: FigureSite): Cue | null {
  const lineStart = lineStartOf(ctx, site.figure.start);
  const colon = lastColonIn(ctx, lineStart, site.figure.start + 1);
  const lead = colon >= 0 ? { start: Math.max(lineStart, site.sentence.start), end: colon } : leadOfList(ctx, lineStart);
  if (!lead) return null;
  return lastTargetCue(ctx, lead.start, lead.end);
}

/** The list leads found for each line of a document, by where the line starts. */
const listLeads = oncePer((_ctx: DocContext) => new Map<number, Span | null>());

/**
 * The line that leads the list an item line belongs to: walking back over the items, the line
 * before them if it ends with a colon. Each line is walked past once: the lines walked get what
 * the walk found.
 */
function leadOfList(ctx: DocContext, lineStart: number): Span | null {
  const { text } = ctx;
  const known = listLeads(ctx);
  const walked: number[] = [];
  let lead: Span | null = null;
  for (let start = lineStart; ; ) {
    if (known.has(start)) { lead = known.get(start) ?? null; break; }
    walked.push(start);
    if (start <= 0 || !LIST_ITEM.test(text.slice(start, start + 8))) break;
    const previous = lineStartOf(ctx, start - 1);
    const line = text.slice(previous, start - 1).trimEnd();
    if (/[：:]$/.test(line)) lead = { start: previous, end: previous + line.length - 1 };
    if (!line || lead) break;
    start = previous;
  }
  for (const start of walked) known.set(start, lead);
  return lead;
}

interface Heading extends Span {
  rank: number;
  /** it, or a heading of higher rank that holds it in its article, names a plan */
  underPlan: boolean;
}
/** ranks of headings, highest first: a bare title, then 一、, then (一), then 1. */
const HEADING_RANKS = [/^(?![一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])/, /^[一二三四五六七八九十]+、/, /^[(（][一二三四五六七八九十]+[)）]/, /^\d+[.、．]/];

/** Heading lines of the text, each marked where it opens a plan (2024年工作安排, 主要预期目标), with its rank; found once. */
const headingsOf = oncePer((ctx: DocContext): Heading[] => {
  const { plan_headings: planWords, report_headings: reportWords } = ctx.rules.patterns.cues.status;
  // a heading that names a report as well as a plan (…情况和2024年工作打算) opens no plan
  const headings = paragraphs(ctx.text)
    .filter((p) => p.text.length <= HEADING_MAX_LENGTH && !NOT_A_HEADING.test(p.text.replace(/^[一二三四五六七八九十]+、/, '')) && !FIGURE_WITH_UNIT.test(p.text))
    .map((p) => {
      const plan = planWords.some((w) => p.text.includes(w)) && !reportWords.some((w) => p.text.includes(w));
      return { start: p.start, end: p.end, rank: HEADING_RANKS.findIndex((re) => re.test(p.text)), underPlan: plan };
    });
  markUnderPlan(ctx, headings);
  return headings;
});

/**
 * Mark each heading, in place, where one that holds it is under a plan (each starts marked where
 * it names a plan itself): the headings that hold one are the nearest of each higher rank before
 * it in its article (二、重点工作 under 2024年工作计划).
 */
function markUnderPlan(ctx: DocContext, headings: Heading[]): void {
  let holding: Heading[] = [];
  let article: Span | null = null;
  for (const h of headings) {
    const a = spanAt(ctx.articles, h.start);
    if (a !== article) [article, holding] = [a, []];
    while (holding.length && holding[holding.length - 1]!.rank >= h.rank) holding.pop();
    h.underPlan ||= !!holding[holding.length - 1]?.underPlan;
    holding.push(h);
  }
}

/** The figure stands in a plan's section: the nearest heading before it in its article is under a plan. */
function inPlanSection(ctx: DocContext, site: FigureSite): boolean {
  const headings = headingsOf(ctx);
  const nearest = headings[indexAt(headings, site.figure.start - 1)];
  return !!nearest && nearest.start >= site.article.start && nearest.underPlan;
}

/**
 * Target or actual. A target cue in scope (see cueInScope) makes a target, unless an actual cue
 * (目前, 已) stands nearer to the number, or a completed action (解决了) lies between the cue and
 * the number. A clause with no cue that carries the subject of the figure before it
 * (将超10亿元,较上年增长20%) goes on with that figure's status (`carried`). In a plan's section an
 * uncued figure is a target; a project's capacity stays actual.
 */
export function attributeStatus(ctx: DocContext, site: FigureSite, measure: MeasureReading, carried: Status | null = null): Status {
  if (measure.measure === 'diff') return 'actual';
  const cues = ctx.rules.patterns.cues.status;
  const { text } = ctx;
  const { figure, sentence } = site;
  if (site.inParens && /(目标值?|计划[\u4e00-\u9fff]{0,4})[(（]$/.test(text.slice(sentence.start, figure.start))) return 'target';
  const found = sentenceStatusCues(ctx, sentence.start);
  const cue = cueInScope(ctx, site, measure, found);
  const actual = found.last(cues.actual, sentence.start, figure.start);
  if (actual && (!cue || actual.at > cue.at)) return 'actual';
  if (cue) {
    const done = holdsWordIn(ctx, cues.perfective, Math.max(cue.at, site.clause.start), figure.start);
    const localShare = measure.measure === 'share' && !cues.target.governing.includes(cue.word);
    if (!done && !localShare) return 'target';
    if (!done) return 'actual';
  }
  if (carried) return carried;
  return inPlanSection(ctx, site) && !SPEC_FAMILIES.has(figure.family) ? 'target' : 'actual';
}
