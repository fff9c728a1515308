import type ExcelJS from 'exceljs';
import type { FigureRecord } from '../types.js';
import { groupByZone } from './group.js';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** 2000-01-01 00:00 as a zip entry's MS-DOS date and time */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * The zip entries' modification times set to one fixed date: exceljs stamps each entry with
 * the time of writing. Walks the central directory and each entry's local header.
 */
function fixZipTimes(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return zip;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let k = 0; k < entries && zip.readUInt32LE(at) === 0x02014b50; k++) {
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
const FORBIDDEN = /[\[\]:*?/\\]/g;

/** Sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(FORBIDDEN, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function header(sheet: ExcelJS.Worksheet, columns: string[]): void {
  sheet.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(10, c.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

/** zone × metric × period: each row a zone's metric (with its measure, status and unit), a column per period. */
function summary(book: ExcelJS.Workbook, records: FigureRecord[], taken: Set<string>): void {
  const periods = [...new Set(records.map((r) => r.period ?? '(none)'))].sort();
  const sheet = book.addWorksheet(sheetName('Summary', taken));
  header(sheet, ['zone', 'zone_level', 'metric', 'measure', 'status', 'unit', ...periods]);
  const rows = new Map<string, Record<string, unknown>>();
  for (const r of records) {
    const key = [r.zone, r.zone_level, r.metric, r.measure, r.status, r.unit].join('\u0000');
    if (!rows.has(key)) rows.set(key, { zone: r.zone, zone_level: r.zone_level, metric: r.metric, measure: r.measure, status: r.status, unit: r.unit });
    const row = rows.get(key)!;
    row[r.period ?? '(none)'] ??= r.value;
  }
  for (const row of rows.values()) sheet.addRow(row);
}

/** A workbook: a summary sheet, then one sheet per zone with a row per figure; numbers stay numbers. */
export async function workbook(records: FigureRecord[], fields: (keyof FigureRecord)[]): Promise<Buffer> {
  // exceljs is large: load it only when a workbook is asked for
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'zone-extract';
  // fixed dates: the same records give the same bytes, as every other format does
  book.created = book.modified = FIXED_DATE;
  const taken = new Set<string>();
  summary(book, records, taken);
  for (const group of groupByZone(records)) {
    const sheet = book.addWorksheet(sheetName(group.zone ?? '(zone unknown)', taken));
    header(sheet, fields as string[]);
    for (const r of group.figures) sheet.addRow(fields.map((f) => r[f] ?? null));
  }
  return fixZipTimes(Buffer.from(await book.xlsx.writeBuffer()));
}
