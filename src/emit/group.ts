import type { FigureRecord } from '../types.js';

export interface ZoneGroup {
  zone: string | null;
  zone_level: string | null;
  figures: FigureRecord[];
}

/** Records grouped per zone, zones in order of first appearance. */
export function groupByZone(records: FigureRecord[]): ZoneGroup[] {
  const groups = new Map<string, ZoneGroup>();
  for (const r of records) {
    const key = `${r.zone_level}:${r.zone}`;
    if (!groups.has(key)) groups.set(key, { zone: r.zone, zone_level: r.zone_level, figures: [] });
    groups.get(key)!.figures.push(r);
  }
  return [...groups.values()];
}
