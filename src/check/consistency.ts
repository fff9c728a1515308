import type { FigureRecord } from '../types.js';
import type { Extraction } from '../pipeline.js';
import { sentenceSpans, spanAt } from '../segment/sentences.js';
import type { Span } from '../lib/spans.js';
import type { Finding } from './finding.js';
import type { CheckRule } from './rules.js';
import { interval, overlap, samePrinting, show, sum, type Interval } from './precision.js';

type Report = (rule: CheckRule, r: FigureRecord, message: string) => Finding;

const familyOf = (r: FigureRecord): string => (r.unit === '%' || r.unit === '％' ? 'percent' : /百分点$/.test(r.unit) ? 'pp' : r.base_unit);
const printedIn = (text: string, r: FigureRecord): string => text.slice(r.start, r.end);

type SentenceGroup = { span: Span; records: FigureRecord[] };
const sentenceGroups = new WeakMap<Extraction, SentenceGroup[]>();

/** The records of a bulletin by sentence, worked out once for all the rules that need them. */
function bySentence(ex: Extraction): SentenceGroup[] {
  const known = sentenceGroups.get(ex);
  if (known) return known;
  const groups = groupBySentence(ex);
  sentenceGroups.set(ex, groups);
  return groups;
}

function groupBySentence(ex: Extraction): SentenceGroup[] {
  const spans = sentenceSpans(ex.source.text);
  const groups = new Map<Span, FigureRecord[]>();
  for (const r of ex.records) {
    const span = spanAt(spans, r.start);
    groups.set(span, [...(groups.get(span) ?? []), r]);
  }
  return [...groups].map(([span, records]) => ({ span, records }));
}

/**
 * Parts after 其中 against the total before it, per unit: they may not add up to more, and
 * where the total's name lists the parts (签约、开工、投产项目65个) they must add up to it.
 */
export function partsAgainstTotal(ex: Extraction, rule: CheckRule, report: Report): Finding[] {
  const text = ex.source.text;
  const found: Finding[] = [];
  for (const { span, records } of bySentence(ex)) {
    const sentence = text.slice(span.start, span.end);
    const cue = (rule.part_cues ?? []).map((w) => sentence.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
    if (cue === undefined) continue;
    const at = span.start + cue;
    const level = records.filter((r) => r.measure === 'level' && r.quality === null);
    for (const family of new Set(level.map(familyOf))) {
      const total = level.filter((r) => r.end <= at && familyOf(r) === family).pop();
      const parts = level.filter((r) => r.start > at && familyOf(r) === family);
      if (!total || !parts.length) continue;
      const lead = text.slice(span.start, total.start).split(/[,，;；:：]/).pop() ?? '';
      const named = lead.split('、').length;
      const partSum = sum(parts.map((p) => interval(p, text)));
      const whole = interval(total, text);
      const list = parts.map((p) => printedIn(text, p)).join(' + ');
      if (partSum.low > whole.high + 1e-9) {
        found.push(report(rule, total, `parts ${list} = ${show(parts.reduce((a, p) => a + p.value, 0))} exceed the total ${printedIn(text, total)}`));
      } else if (named > 1 && named === parts.length && !overlap(partSum, whole)) {
        found.push(report(rule, total, `the ${named} parts ${list} = ${show(parts.reduce((a, p) => a + p.value, 0))} do not add up to the total ${printedIn(text, total)}`));
      }
    }
  }
  return found;
}

/** 增长16.6%,高于省定目标(16%)0.6个百分点: the gap must be the rate less its printed target. */
export function diffAgainstTarget(ex: Extraction, rule: CheckRule, report: Report): Finding[] {
  const text = ex.source.text;
  const found: Finding[] = [];
  for (const { records } of bySentence(ex)) {
    records.forEach((gap, i) => {
      const target = records[i - 1];
      const rate = records[i - 2];
      if (gap.measure !== 'diff' || !target || !rate) return;
      if (target.status !== 'target' || familyOf(target) !== 'percent' || rate.measure !== 'growth' || familyOf(rate) !== 'percent') return;
      const g = interval(rate, text);
      const t = interval(target, text);
      const expected: Interval = { low: g.low - t.high, high: g.high - t.low };
      if (!overlap(expected, interval(gap, text))) {
        found.push(report(rule, gap, `${printedIn(text, rate)} less the target ${printedIn(text, target)} is ${show(rate.value - target.value)} points, not ${printedIn(text, gap)}`));
      }
    });
  }
  return found;
}

/** 转型项目投资占工业投资比重 → [whole, 转型项目投资, 工业投资] (indexes, not a backtracking pattern) */
function partAndWhole(metric: string): [string, string, string] | null {
  const at = metric.lastIndexOf('占', metric.length - 4);
  if (at < 1 || !metric.endsWith('比重')) return null;
  return [metric, metric.slice(0, at), metric.slice(at + 1, -2)];
}

/** X占Y比重 p%: where X and Y are printed for the same zone, period and status, X/Y must be p%. */
export function shareAgainstParts(ex: Extraction, rule: CheckRule, report: Report): Finding[] {
  const text = ex.source.text;
  const found: Finding[] = [];
  ex.records.forEach((share, i) => {
    const m = share.measure === 'share' && share.metric ? partAndWhole(share.metric) : null;
    if (!m) return;
    const same = (r: FigureRecord): boolean => r.zone === share.zone && r.period === share.period && r.status === share.status && r.measure === 'level';
    const numerator = ex.records.slice(0, i).reverse().find((r) => same(r) && r.metric === m[1]);
    const denominator = numerator && ex.records.find((r) => same(r) && r.metric === m[2] && familyOf(r) === familyOf(numerator));
    if (!numerator || !denominator) return;
    const n = interval(numerator, text);
    const d = interval(denominator, text);
    if (d.low <= 0) return;
    const ratio: Interval = { low: (100 * n.low) / d.high, high: (100 * n.high) / d.low };
    if (!overlap(ratio, interval(share, text))) {
      found.push(report(rule, share, `${m[1]} ${printedIn(text, numerator)} / ${m[2]} ${printedIn(text, denominator)} is ${show((100 * numerator.value) / denominator.value)}%, not ${printedIn(text, share)}`));
    }
  });
  return found;
}

/** The words of a figure's own clause before it: 完成年度计划的 governs the share after it, not the next clause's. */
function clauseBefore(text: string, r: FigureRecord): string {
  return text.slice(Math.max(0, r.start - 40), r.start).split(/[,，;；。:：!！?？\n]/).pop() ?? '';
}

/** A share of a whole, or a rate such as 开工率, above 100% (completing a plan may exceed it). */
export function percentInRange(ex: Extraction, rule: CheckRule, report: Report): Finding[] {
  const endings = rule.bounded_metric_endings ?? [];
  const exempt = rule.may_exceed_when ?? [];
  return ex.records.filter((r) => {
    if (familyOf(r) !== 'percent' || r.value <= 100 || !r.metric) return false;
    const lead = clauseBefore(ex.source.text, r);
    if (exempt.some((w) => r.metric!.includes(w) || lead.includes(`${w}的`))) return false;
    return r.measure === 'share' || (r.measure === 'level' && endings.some((e) => r.metric!.endsWith(e)));
  }).map((r) => report(rule, r, `${r.metric} of ${printedIn(ex.source.text, r)} is above 100%`));
}

/** The same zone, metric, measure, status and period printed with values that rounding cannot reconcile. */
export function conflictingValues(ex: Extraction, rule: CheckRule, report: Report): Finding[] {
  const text = ex.source.text;
  const seen = new Map<string, FigureRecord>();
  const found: Finding[] = [];
  for (const r of ex.records) {
    // 其他开发区各1家: a value per zone, not the zones' total
    if (!r.metric || r.quality !== null || /[各每]/.test(text.slice(Math.max(0, r.start - 2), r.start))) continue;
    const key = [r.zone, r.zone_level, r.metric, r.measure, r.status, r.period, familyOf(r)].join('\u0000');
    const first = seen.get(key);
    if (!first) { seen.set(key, r); continue; }
    if (!samePrinting(interval(first, text), interval(r, text))) {
      found.push(report(rule, r, `${r.metric} (${r.measure}, ${r.status}, ${r.period ?? 'no period'}) is ${printedIn(text, r)} here but ${printedIn(text, first)} on line ${first.line}`));
    }
  }
  return found;
}
