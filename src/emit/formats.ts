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

/** a character JSON.stringify escapes: a quote, a backslash, a control character, a surrogate (one of a pair is written as it is) */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * A field that holds a string or null, as JSON writes it after `lead` (its key included), the
 * last one kept: a bulletin's records share their file, a sentence's their text.
 */
function jsonField(lead: string, key: string): (s: string | null) => string {
  const head = `${lead}"${key}":`;
  let last: string | null = null;
  let json = `${head}null`;
  return (s) => {
    if (s !== last) [last, json] = [s, head + (s === null ? 'null' : ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`)];
    return json;
  };
}

/** A number or null as JSON writes it (NaN and the infinities as null). */
const jsonNumber = (n: number | null): string => (n !== null && Number.isFinite(n) ? String(n) : 'null');

/**
 * A whole record as a line of JSON, the bytes `JSON.stringify(record)` writes (keys in the order
 * toRecord sets them), written field by field: cheaper than JSON.stringify's walk of the object.
 */
function jsonLine(): (r: FigureRecord) => string {
  const file = jsonField('{', 'file'), zone = jsonField(',', 'zone'), zoneLevel = jsonField(',', 'zone_level'), park = jsonField(',', 'park');
  const metric = jsonField(',', 'metric'), metricText = jsonField(',', 'metric_text'), unit = jsonField(',', 'unit'), baseUnit = jsonField(',', 'base_unit');
  const qualifier = jsonField(',', 'qualifier'), measure = jsonField(',', 'measure'), status = jsonField(',', 'status'), period = jsonField(',', 'period');
  const text = jsonField(',', 'text'), rule = jsonField(',', 'rule'), quality = jsonField(',', 'quality');
  return (r) =>
    file(r.file) + zone(r.zone) + zoneLevel(r.zone_level) + park(r.park) + metric(r.metric) + metricText(r.metric_text) +
    `,"value":${jsonNumber(r.value)}${unit(r.unit)},"base_value":${jsonNumber(r.base_value)}${baseUnit(r.base_unit)}${qualifier(r.qualifier)}` +
    `,"value_max":${jsonNumber(r.value_max)}${measure(r.measure)}${status(r.status)}${period(r.period)}` +
    `,"start":${jsonNumber(r.start)},"end":${jsonNumber(r.end)},"line":${jsonNumber(r.line)},"column":${jsonNumber(r.column)}` +
    `${text(r.text)}${rule(r.rule)}${quality(r.quality)}}\n`;
}

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
      const fields = o.fields;
      return { head: '', record: fields ? (r) => `${JSON.stringify(pick(r, fields))}\n` : jsonLine(), end: nothingLeft };
    }
    case 'csv':
      return delimitedWriter(o.fields ?? recordFields, ',', o.bom);
    case 'tsv':
      return delimitedWriter(o.fields ?? recordFields, '\t', o.bom);
    case 'xlsx':
      return xlsxWriter(o.fields ?? recordFields);
  }
}
