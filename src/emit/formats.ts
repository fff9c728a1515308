import type { FigureRecord } from '../types.js';
import { ZoneGrouper } from './group.js';
import { delimitedHeader, delimitedRow } from './delimited.js';
import { pick, recordFields } from './fields.js';
import { xlsxWriter } from './xlsx.js';

export const formats = ['json', 'jsonl', 'csv', 'tsv', 'table', 'xlsx'] as const;
export type Format = (typeof formats)[number];

/**
 * The formats written through a RecordWriter, as bulletins are finished (json and xlsx keep what
 * grouping needs until the end): all but the table, which is laid out once every record is in (emit/table.ts).
 */
type StreamedFormat = Exclude<Format, 'table'>;

/** The formats written a line per record, each line on its own. */
const lineFormats = ['jsonl', 'csv', 'tsv'] as const;
export type LineFormat = (typeof lineFormats)[number];
export const isLineFormat = (format: Format): format is LineFormat => (lineFormats as readonly Format[]).includes(format);

export interface WriterOptions {
  fields?: (keyof FigureRecord)[];
  bom: boolean;
}

/** Writes a piece of output, resolving once it may be followed by the next. */
export type WriteChunk = (chunk: string | Uint8Array) => Promise<void>;

/** A format written piece by piece: its start, each record's text, and what is left once all are in. */
export interface RecordWriter {
  head: string;
  record(r: FigureRecord): string;
  end(write: WriteChunk): Promise<void>;
}

const nothingLeft = async (): Promise<void> => {};

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
    end: async (write) => {
      let first = true;
      for (const { zone, zone_level, items } of grouper.drain()) {
        await write(`${first ? '[\n' : ',\n'}  {\n    "zone": ${JSON.stringify(zone)},\n    "zone_level": ${JSON.stringify(zone_level)},\n    "figures": [\n${items.join(',\n')}\n    ]\n  }`);
        first = false;
      }
      await write(first ? '[]\n' : '\n]\n');
    },
  };
}

function delimitedWriter(fields: (keyof FigureRecord)[], delimiter: ',' | '\t', bom: boolean): RecordWriter {
  return { head: delimitedHeader(fields, delimiter, bom), record: (r) => delimitedRow(r, fields, delimiter), end: nothingLeft };
}

/** The writer of a streamed format. */
export function recordWriter(format: StreamedFormat, o: WriterOptions): RecordWriter {
  switch (format) {
    case 'json':
      return jsonWriter(o.fields);
    case 'jsonl': {
      const shown = only(o.fields);
      return { head: '', record: (r) => JSON.stringify(shown(r)) + '\n', end: nothingLeft };
    }
    case 'csv':
      return delimitedWriter(o.fields ?? recordFields, ',', o.bom);
    case 'tsv':
      return delimitedWriter(o.fields ?? recordFields, '\t', o.bom);
    case 'xlsx':
      return xlsxWriter(o.fields ?? recordFields);
  }
}
