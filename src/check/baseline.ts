import { readFileSync } from 'node:fs';
import type { FigureRecord } from '../types.js';
import type { Finding } from './finding.js';
import type { CheckRule } from './rules.js';

type Keyed = Pick<FigureRecord, 'zone' | 'metric' | 'measure' | 'status' | 'period' | 'value' | 'unit'> & Partial<FigureRecord>;

const keyOf = (r: Keyed): string => [r.zone, r.metric, r.measure, r.status, r.period ?? ''].join(' | ');

/** An earlier `--format jsonl` output; a line that is not a record is named by its number. */
export function loadBaseline(path: string): Keyed[] {
  let text: string;
  try { text = readFileSync(path, 'utf8'); } catch { throw new Error(`${path}: cannot be read`); }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let r: Keyed;
    try { r = JSON.parse(line); } catch { throw new Error(`${path}:${i + 1}: not JSON`); }
    if (typeof r !== 'object' || r === null || typeof r.value !== 'number' || !('metric' in r) || !('zone' in r)) {
      throw new Error(`${path}:${i + 1}: not a zone-extract record (needs zone, metric, measure, status, period, value, unit)`);
    }
    return [r];
  });
}

function group(records: Keyed[]): Map<string, Keyed[]> {
  const m = new Map<string, Keyed[]>();
  for (const r of records) m.set(keyOf(r), [...(m.get(keyOf(r)) ?? []), r]);
  return m;
}

const values = (rs: Keyed[]): string => rs.map((r) => `${r.value}${r.unit}`).sort().join(', ');

/** Figures added, removed and changed since the baseline, keyed by zone, metric, measure, status and period. */
export function compareBaseline(current: FigureRecord[], baseline: Keyed[], rules: { added: CheckRule; removed: CheckRule; changed: CheckRule }): Finding[] {
  const now = group(current);
  const before = group(baseline);
  const at = (rule: CheckRule, r: Keyed, message: string): Finding => ({
    rule: rule.id, severity: rule.severity, file: r.file ?? '-', line: r.line ?? 1, column: r.column ?? 1, zone: r.zone, metric: r.metric, period: r.period ?? null, message, text: r.text ?? '',
  });
  const found: Finding[] = [];
  for (const [key, rs] of now) {
    const old = before.get(key);
    if (!old) found.push(at(rules.added, rs[0]!, `new: ${key} = ${values(rs)}`));
    else if (values(old) !== values(rs)) found.push(at(rules.changed, rs[0]!, `changed: ${key} was ${values(old)}, now ${values(rs)}`));
  }
  for (const [key, rs] of before) if (!now.has(key)) found.push(at(rules.removed, rs[0]!, `removed: ${key} was ${values(rs)}`));
  return found;
}
