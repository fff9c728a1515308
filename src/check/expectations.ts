import { z } from 'zod';
import { parseYamlFile } from '../patterns/load.js';
import { locator } from '../lib/position.js';
import type { Extraction } from '../pipeline.js';
import type { Finding } from './finding.js';
import type { CheckRule } from './rules.js';
import type { QueryResolver } from '../emit/filter.js';

const expectationSchema = z.object({
  /** metrics every zone article must report (a record's metric containing the name) */
  metrics: z.array(z.string().min(1)).default([]),
  /** articles the metrics apply to: about one zone, a city's zones, a province's, or any */
  articles: z.enum(['zone', 'city', 'province', 'any']).default('zone'),
  /** zones the bulletins must cover (by part of the name, or short or full: 长治高新区 = 长治高新技术产业开发区) */
  zones: z.array(z.string().min(1)).default([]),
}).strict();

export type Expectations = z.infer<typeof expectationSchema>;

/** Read an expectations file, with file:line errors like the rule files. */
export function loadExpectations(path: string): Expectations {
  const { data, where } = parseYamlFile(path);
  const checked = expectationSchema.safeParse(data ?? {});
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`${where(issue.path)}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return checked.data;
}

/** Metrics each zone article must report, and zones the bulletins must cover. */
export function checkExpectations(extractions: Extraction[], e: Expectations, missingMetric: CheckRule, missingZone: CheckRule, resolve: QueryResolver): Finding[] {
  const found: Finding[] = [];
  for (const ex of extractions) {
    const locate = locator(ex.source.text);
    for (const article of ex.articles) {
      if (!article.zone || (e.articles !== 'any' && article.zone.level !== e.articles)) continue;
      const inArticle = ex.records.filter((r) => r.start >= article.start && r.start < article.end && r.zone === article.zone!.name);
      for (const metric of e.metrics) {
        if (inArticle.some((r) => r.metric?.includes(resolve.metric(metric)))) continue;
        found.push({
          rule: missingMetric.id, severity: missingMetric.severity, file: ex.source.file, line: locate(article.start).line, column: 1,
          zone: article.zone.name, metric, period: null, message: `${article.zone.name} reports no ${metric}`, text: '',
        });
      }
    }
  }
  const covered = extractions.flatMap((ex) => [...ex.articles.map((a) => a.zone?.name), ...ex.records.map((r) => r.zone)]).filter(Boolean) as string[];
  for (const zone of e.zones) {
    if (covered.some((z) => resolve.namesZone(zone, z))) continue;
    found.push({ rule: missingZone.id, severity: missingZone.severity, file: extractions[0]?.source.file ?? '-', line: 1, column: 1, zone, metric: null, period: null, message: `no article or figure covers ${zone}`, text: '' });
  }
  return found;
}
