import type { FigureRecord } from '../types.js';
import type { Extraction } from '../pipeline.js';

export interface ZoneSummary {
  zone: string;
  zone_level: string;
  articles: number;
  figures: number;
}

/** Zones found in a set of bulletins, in order of first appearance, with article and figure counts. */
export function summariseZones(extractions: Extraction[]): ZoneSummary[] {
  const rows = new Map<string, ZoneSummary>();
  const row = (zone: string, level: string): ZoneSummary => {
    const key = `${level}:${zone}`;
    if (!rows.has(key)) rows.set(key, { zone, zone_level: level, articles: 0, figures: 0 });
    return rows.get(key)!;
  };
  for (const { records, articles } of extractions) {
    for (const a of articles) if (a.zone) row(a.zone.name, a.zone.level).articles++;
    for (const r of records as FigureRecord[]) if (r.zone && r.zone_level) row(r.zone, r.zone_level).figures++;
  }
  return [...rows.values()];
}

export function renderZones(rows: ZoneSummary[], format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const lines = rows.map((r) => `${r.zone}\t${r.zone_level}\t${r.articles}\t${r.figures}`);
  return ['zone\tlevel\tarticles\tfigures', ...lines].join('\n') + '\n';
}
