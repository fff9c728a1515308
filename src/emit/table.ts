import type { ChalkInstance } from 'chalk';
import { basename, extname } from 'node:path';
import stringWidth from 'string-width';
import type { FigureRecord } from '../types.js';
import { groupByZone } from './group.js';
import { tableFields } from './fields.js';
import { plural } from '../lib/plural.js';

export interface TableOptions {
  /** the columns asked for; none asked: the default columns, some dropped when the terminal is narrow */
  fields?: (keyof FigureRecord)[];
  paint: ChalkInstance;
  /** the terminal's width in columns; none: as wide as the cells */
  width?: number;
}

interface Column {
  field: keyof FigureRecord;
  cells: string[];
  width: number;
  numeric: boolean;
}

const GAP = 2;
/** Long texts are shortened to this before a column is dropped, and to the narrowest before the next ones go. */
const COMFORTABLE = 14;
const NARROWEST = 10;
/** Default columns a narrow terminal drops, least needed first: some before texts are shortened further, some after. */
const DROP_FIRST: (keyof FigureRecord)[] = ['park', 'qualifier', 'line'];
const DROP_LAST: (keyof FigureRecord)[] = ['file', 'period', 'measure'];
/** Columns of free text that may be shortened (a period or a unit cut short would mislead). */
const SHORTENED: (keyof FigureRecord)[] = ['file', 'metric', 'metric_text', 'park', 'zone', 'text', 'rule'];

const show = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
/** A file by its name alone, without the folder and extension that all the files share. */
const fileName = (path: string): string => basename(path, extname(path));

/** The first characters of a text that fit a display width (CJK counted double). */
function head(chars: string[], width: number): string {
  let kept = '';
  for (const ch of chars) {
    if (stringWidth(kept + ch) > width) break;
    kept += ch;
  }
  return kept;
}

/** Cut to a display width with an ellipsis: at the end, or in the middle for a file name (its start and extension tell files apart). */
function cut(text: string, width: number, middle: boolean): string {
  if (stringWidth(text) <= width) return text;
  const chars = [...text];
  if (!middle) return `${head(chars, width - 1)}…`;
  const tail = [...head([...chars].reverse(), Math.floor((width - 1) / 2))].reverse().join('');
  return `${head(chars, width - 1 - stringWidth(tail))}…${tail}`;
}

/** Pad to a display width, counting CJK characters as two columns. */
function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

const totalWidth = (columns: Column[]): number => columns.reduce((sum, c) => sum + c.width, 0) + GAP * Math.max(0, columns.length - 1);

/** Shorten the widest text columns, none below `floor`, until the columns fit or none can give more. */
function shrink(columns: Column[], width: number, floor: number): void {
  for (let excess = totalWidth(columns) - width; excess > 0; excess = totalWidth(columns) - width) {
    const widest = columns.filter((c) => SHORTENED.includes(c.field) && c.width > floor).sort((a, b) => b.width - a.width)[0];
    if (!widest) return;
    widest.width = Math.max(floor, widest.width - excess);
  }
}

function drop(columns: Column[], width: number, fields: (keyof FigureRecord)[]): Column[] {
  let kept = columns;
  for (const field of fields) {
    if (totalWidth(kept) <= width) break;
    kept = kept.filter((c) => c.field !== field);
  }
  return kept;
}

/** Columns that fit the width: texts shortened and default columns dropped, a little at a time. */
function fit(columns: Column[], width: number, droppable: boolean): Column[] {
  shrink(columns, width, COMFORTABLE);
  let kept = droppable ? drop(columns, width, DROP_FIRST) : columns;
  shrink(kept, width, NARROWEST);
  if (droppable) kept = drop(kept, width, DROP_LAST);
  return kept;
}

function columnsOf(records: FigureRecord[], fields: (keyof FigureRecord)[]): Column[] {
  return fields.map((field) => {
    const cells = records.map((r) => (field === 'file' ? fileName(r.file) : show(r[field])));
    return { field, cells, width: Math.max(stringWidth(field), ...cells.map((c) => stringWidth(c))), numeric: records.some((r) => typeof r[field] === 'number') };
  });
}

function styled(field: keyof FigureRecord, r: FigureRecord, cell: string, paint: ChalkInstance): string {
  if (field === 'value') return paint.bold(cell);
  if (field === 'status' && r.status === 'target') return paint.yellow(cell);
  if (field === 'measure' && r.measure !== 'level') return paint.magenta(cell);
  return cell;
}

function counts(records: FigureRecord[]): string {
  const targets = records.filter((r) => r.status === 'target').length;
  return `${plural(records.length, 'figure')}: ${records.length - targets} actual, ${targets} target`;
}

/** Figures grouped by zone, as aligned columns that fit the terminal, with a summary per zone and in total. */
export function table(records: FigureRecord[], o: TableOptions): string {
  const { paint } = o;
  if (!records.length) return 'no figures found\n';
  const files = new Set(records.map((r) => r.file));
  const fields = o.fields ?? [...(files.size > 1 ? ['file' as const] : []), ...tableFields];
  const columns = fit(columnsOf(records, fields), o.width ?? Infinity, !o.fields);
  const line = (cell: (c: Column) => string): string => columns.map((c) => cell(c)).join(' '.repeat(GAP)).trimEnd();
  const index = new Map(records.map((r, i) => [r, i]));
  const out: string[] = [];
  const groups = groupByZone(records);
  for (const group of groups) {
    out.push(paint.bold.cyan(group.zone ?? '(zone unknown)') + paint.dim(group.zone_level ? ` ${group.zone_level}` : ''));
    out.push(paint.dim(line((c) => pad(cut(c.field, c.width, false), c.width, c.numeric))));
    for (const r of group.figures) {
      const i = index.get(r)!;
      out.push(line((c) => styled(c.field, r, pad(cut(c.cells[i]!, c.width, c.field === 'file'), c.width, c.numeric), paint)));
    }
    out.push(paint.dim(counts(group.figures)), '');
  }
  out.push(paint.bold(`${counts(records)}, in ${plural(groups.length, 'zone')} from ${plural(files.size, 'file')}`));
  return out.join('\n') + '\n';
}
