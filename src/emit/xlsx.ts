import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { FigureRecord } from '../types.js';
import type { RecordWriter, WriteChunk } from './formats.js';
import { ZoneGrouper } from './group.js';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const NO_PERIOD = '(none)';
const SUMMARY_KEYS = ['zone', 'zone_level', 'metric', 'measure', 'status', 'unit'] as const;
const FORBIDDEN = /[\[\]:*?/\\]/g;

/** Sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(FORBIDDEN, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** zone × metric × period, gathered as records come: a row per zone's metric (with its measure, status and unit), a column per period. */
class Summary {
  private readonly rows = new Map<string, { keys: unknown[]; values: Map<string, number> }>();
  private readonly periods = new Set<string>();

  add(r: FigureRecord): void {
    const keys = SUMMARY_KEYS.map((k) => r[k]);
    const id = keys.join('\u0000');
    let row = this.rows.get(id);
    if (!row) this.rows.set(id, (row = { keys, values: new Map() }));
    const period = r.period ?? NO_PERIOD;
    this.periods.add(period);
    if (!row.values.has(period)) row.values.set(period, r.value);
  }

  columns(): string[] {
    return [...SUMMARY_KEYS, ...[...this.periods].sort()];
  }

  *lines(): Generator<unknown[]> {
    const periods = [...this.periods].sort();
    for (const row of this.rows.values()) yield [...row.keys, ...periods.map((p) => row.values.get(p) ?? null)];
  }
}

type Zip = NodeJS.EventEmitter & { append(source: unknown, data: object): unknown };

/**
 * exceljs's streaming writer, with every zip entry dated FIXED_DATE: archiver dates an entry
 * with the time it is appended unless the entry says otherwise, and the writer appends its
 * first entries (theme, relations) while it is constructed. Its constructor sets `zip` first:
 * the setter dates what is appended from then on, before any entry is.
 */
function datedWriter(Excel: typeof ExcelJS): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return class extends Excel.stream.xlsx.WorkbookWriter {
    set zip(zip: Zip) {
      const append = zip.append.bind(zip);
      zip.append = (source, data) => append(source, { ...data, date: FIXED_DATE });
      Object.defineProperty(this, 'zip', { value: zip, writable: true });
    }
  };
}

const zipOf = (book: ExcelJS.stream.xlsx.WorkbookWriter): Zip => (book as unknown as { zip: Zip }).zip;

/** Resolves once archiver has zipped the sheet, so that at most one sheet waits in memory. */
function zipped(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet): Promise<void> {
  const zip = zipOf(book);
  const name = `worksheets/sheet${sheet.id}.xml`;
  return new Promise((resolve) => {
    const onEntry = (entry: { name: string }): void => {
      if (!entry.name.endsWith(name)) return;
      zip.removeListener('entry', onEntry);
      resolve();
    };
    zip.on('entry', onEntry);
  });
}

/** A sheet with a bold, frozen header row, each row committed (written out) as it is added. */
async function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: string[], rows: Iterable<unknown[]>, failed: Promise<never>): Promise<void> {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(10, c.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const values of rows) sheet.addRow(values).commit();
  const done = zipped(book, sheet);
  sheet.commit();
  await Promise.race([done, failed]);
}

/**
 * The workbook through exceljs's streaming writer: a summary sheet, then one sheet per zone with
 * a row per figure, numbers as numbers. Records are kept until the end only as what grouping
 * needs (each figure's row of cells, the summary's first value per period); the sheets are zipped
 * one by one into `write`. Fixed dates: the same records give the same bytes.
 */
export function xlsxWriter(fields: (keyof FigureRecord)[]): RecordWriter {
  const summary = new Summary();
  const zones = new ZoneGrouper<unknown[]>();
  return {
    head: '',
    record: (r) => {
      summary.add(r);
      zones.add(r, fields.map((f) => r[f] ?? null));
      return '';
    },
    end: async (write: WriteChunk) => {
      // exceljs is large: loaded only when a workbook is written
      const { default: Excel } = await import('exceljs');
      const output = new Writable({ write: (chunk: Buffer, _encoding, done) => { write(chunk).then(() => done(), done); } });
      const failed = new Promise<never>((_, reject) => output.once('error', reject));
      failed.catch(() => {});
      const book = new (datedWriter(Excel))({ stream: output, useStyles: true, useSharedStrings: true });
      book.creator = book.lastModifiedBy = 'zone-extract';
      book.created = book.modified = FIXED_DATE;
      const taken = new Set<string>();
      await writeSheet(book, sheetName('Summary', taken), summary.columns(), summary.lines(), failed);
      for (const group of zones.drain()) await writeSheet(book, sheetName(group.zone ?? '(zone unknown)', taken), fields, group.items, failed);
      await Promise.race([book.commit(), failed]);
    },
  };
}
