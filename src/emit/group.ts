import type { FigureRecord } from '../types.js';

export interface ZoneGroup {
  zone: string | null;
  zone_level: string | null;
  figures: FigureRecord[];
}

/** Items gathered per zone as they come, zones in order of first appearance. */
export class ZoneGrouper<T> {
  private readonly groups = new Map<string, { zone: string | null; zone_level: string | null; items: T[] }>();

  add(record: FigureRecord, item: T): void {
    const key = `${record.zone_level}:${record.zone}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { zone: record.zone, zone_level: record.zone_level, items: [] }));
    group.items.push(item);
  }

  /** The groups in order, each let go once handed out. */
  *drain(): Generator<{ zone: string | null; zone_level: string | null; items: T[] }> {
    for (const [key, group] of this.groups) {
      this.groups.delete(key);
      yield group;
    }
  }
}

/** Records grouped per zone, zones in order of first appearance. */
export function groupByZone(records: FigureRecord[]): ZoneGroup[] {
  const grouper = new ZoneGrouper<FigureRecord>();
  for (const r of records) grouper.add(r, r);
  return [...grouper.drain()].map(({ zone, zone_level, items }) => ({ zone, zone_level, figures: items }));
}
