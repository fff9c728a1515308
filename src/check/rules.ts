import type { Patterns } from '../patterns/schema.js';
import type { checkIds } from '../patterns/schema.js';
import type { FigureRecord } from '../types.js';
import type { Extraction } from '../pipeline.js';
import type { Finding } from './finding.js';
import { conflictingValues, diffAgainstTarget, partsAgainstTotal, percentInRange, shareAgainstParts } from './consistency.js';

export type CheckId = (typeof checkIds)[number];
export type CheckRule = Patterns['checks']['rules'][number];

const consistency: Partial<Record<CheckId, typeof partsAgainstTotal>> = {
  'parts-exceed-total': partsAgainstTotal,
  'diff-vs-target': diffAgainstTarget,
  'share-vs-parts': shareAgainstParts,
  'percent-out-of-range': percentInRange,
  'conflicting-values': conflictingValues,
};

export function reportAt(rule: CheckRule, r: FigureRecord, message: string): Finding {
  return { rule: rule.id, severity: rule.severity, file: r.file, line: r.line, column: r.column, zone: r.zone, metric: r.metric, period: r.period, message, text: r.text };
}

/** Every consistency rule of patterns/checks.yaml over every bulletin, in file order. */
export function checkConsistency(extractions: Extraction[], rules: CheckRule[]): Finding[] {
  return extractions.flatMap((ex) => rules.flatMap((rule) => consistency[rule.id]?.(ex, rule, reportAt) ?? []));
}

export function ruleById(rules: CheckRule[], id: CheckId): CheckRule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`patterns/checks.yaml has no rule ${id}`);
  return rule;
}
