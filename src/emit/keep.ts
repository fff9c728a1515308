import type { FigureRecord } from '../types.js';
import type { Patterns } from '../patterns/schema.js';
import { filterRecords, queryResolver, type RecordFilter } from './filter.js';
import { recordWriter, type LineFormat } from './formats.js';
import { utf8Bytes } from '../lib/utf8.js';

/**
 * What a run keeps of each bulletin, worked out where the bulletin is analysed (on a worker
 * thread, with --jobs): the records its filters keep and, for a format written a line per
 * record, those lines instead of the records.
 */
export interface Keeping {
  filter: RecordFilter;
  lines?: { format: LineFormat; fields?: (keyof FigureRecord)[] };
}

/** A bulletin's records as kept: the records, or their lines written out, in UTF-8 (which a worker hands over without a copy). */
export type Kept = { records: FigureRecord[] } | { lines: Uint8Array };

/** The keeping of a run, for the rules in use. */
export function keeper(keeping: Keeping, patterns: Patterns): (records: FigureRecord[]) => Kept {
  const resolve = queryResolver(patterns);
  const lines = keeping.lines;
  const line = lines && recordWriter(lines.format, { fields: lines.fields, bom: false }).record;
  return (records) => {
    const kept = filterRecords(records, keeping.filter, resolve);
    return line ? { lines: utf8Bytes(kept.map(line).join('')) } : { records: kept };
  };
}
