import type { ChalkInstance } from 'chalk';
import type { FigureRecord } from '../types.js';
import { ZoneGrouper } from './group.js';
import { delimitedHeader, delimitedRow } from './delimited.js';
import { pick, recordFields } from './fields.js';

export const formats = ['json', 'jsonl', 'csv', 'tsv', 'table', 'xlsx'] as const;
export type Format = (typeof formats)[number];

/** The formats written record by record, as bulletins are finished. */
export const streamedFormats: readonly Format[] = ['json', 'jsonl', 'csv', 'tsv'];

export interface RenderOptions {
  fields?: (keyof FigureRecord)[];
  bom: boolean;
  paint: ChalkInstance;
  /** the width of the terminal a table is shown on */
  width?: number;
}

/** A text format written piece by piece: its start, each record's text, and what is left once all are in. */
export interface RecordWriter {
  head: string;
  record(r: FigureRecord): string;
  tail(): Iterable<string>;
}

const only = (fields?: (keyof FigureRecord)[]) => (r: FigureRecord): Partial<FigureRecord> => (fields ? pick(r, fields) : r);

const indent = (text: string, by: string): string => by + text.replace(/\n/g, `\n${by}`);

/**
 * JSON grouped per zone, as `JSON.stringify(groups, null, 2)` writes it: each figure is kept as
 * its text only, and a group is let go once written.
 */
function jsonWriter(fields?: (keyof FigureRecord)[]): RecordWriter {
  const grouper = new ZoneGrouper<string>();
  const shown = only(fields);
  return {
    head: '',
    record: (r) => { grouper.add(r, indent(JSON.stringify(shown(r), null, 2), '      ')); return ''; },
    *tail() {
      let first = true;
      for (const { zone, zone_level, items } of grouper.drain()) {
        yield `${first ? '[\n' : ',\n'}  {\n    "zone": ${JSON.stringify(zone)},\n    "zone_level": ${JSON.stringify(zone_level)},\n    "figures": [\n${items.join(',\n')}\n    ]\n  }`;
        first = false;
      }
      yield first ? '[]\n' : '\n]\n';
    },
  };
}

function delimitedWriter(fields: (keyof FigureRecord)[], delimiter: ',' | '\t', bom: boolean): RecordWriter {
  return { head: delimitedHeader(fields, delimiter, bom), record: (r) => delimitedRow(r, fields, delimiter), tail: () => [] };
}

/** The writer of a streamed format. */
export function recordWriter(format: Format, o: Pick<RenderOptions, 'fields' | 'bom'>): RecordWriter {
  switch (format) {
    case 'json':
      return jsonWriter(o.fields);
    case 'jsonl': {
      const shown = only(o.fields);
      return { head: '', record: (r) => JSON.stringify(shown(r)) + '\n', tail: () => [] };
    }
    case 'csv':
      return delimitedWriter(o.fields ?? recordFields, ',', o.bom);
    case 'tsv':
      return delimitedWriter(o.fields ?? recordFields, '\t', o.bom);
    default:
      throw new Error(`${format} is not written record by record`);
  }
}

/** The records in a format: text for most, bytes for xlsx. */
export async function render(records: FigureRecord[], format: Format, o: RenderOptions): Promise<string | Buffer> {
  switch (format) {
    // table and xlsx are loaded only when asked for: they are the only users of string-width and exceljs
    case 'table': {
      const { table } = await import('./table.js');
      return table(records, { fields: o.fields, paint: o.paint, width: o.width });
    }
    case 'xlsx': {
      const { workbook } = await import('./xlsx.js');
      return workbook(records, o.fields ?? recordFields);
    }
    default: {
      const writer = recordWriter(format, o);
      return writer.head + records.map(writer.record).join('') + [...writer.tail()].join('');
    }
  }
}
