import type { AnyNode, Element } from 'domhandler';
import { CELLS, LocatedText, oneLine, slice, sourceStart, type Located } from './located.js';

/** A cell as read: its text on one line, whether it is a header cell (th), and the figure it holds. */
interface Cell {
  text: Located;
  th: boolean;
  /** the unit written after the cell's figure ('' for a bare number); null when it holds no figure */
  figureUnit: string | null;
}

/** A place of the grid; a cell spanning rows or columns fills several, and is read at its first (`own`). */
interface Slot {
  cell: Cell;
  own: boolean;
}

interface GridRow {
  slots: (Slot | undefined)[];
  /** inside thead */
  head: boolean;
  /** offset of the tr in the HTML source */
  at: number;
}

/** What a header row gives a column: its label (the header cells above it) and the unit they name. */
interface Column {
  figures: boolean;
  label: Located;
  unit: Located | null;
  /** every figure of the column a percentage: a rate or a share, whose label must stand by its figure */
  percent: boolean;
}

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
/** the largest colspan or rowspan HTML honours */
const MAX_SPAN = 1000;
/** past this many places (rows × columns, spans filled in) a table is read as plain rows */
const MAX_SLOTS = 1 << 20;
/** deeper than this, the rows above the figures are no header */
const MAX_HEADER_ROWS = 3;

/** a cell holding a figure: a number, perhaps signed, and a short unit after it (the unit is group 1) */
const FIGURE = /^[+\-−－–]?\s*[0-9０-９][0-9０-９.,，．]*\s*([^\s0-9０-９]{0,6})$/;
/** a cell holding nothing: empty, or a dash or a slash for no data */
const BLANK = /^[\s\-−－–—/／]*$/;
/** the unit a header gives its column, written after its label: 工业增加值（亿元）, 增长(%), 增速% */
const UNIT_TAIL = /(?:[（(]([^（）()0-9０-９]{1,8})[)）]|([%％‰]))$/;
const PERCENT = /^[%％]$/;
/** pieces that would run into one number if written side by side */
const RUNS_ON = /[0-9０-９A-Za-z.．]/;

const isTag = (node: AnyNode): node is Element => node.type === 'tag';
const isFigure = (cell: Cell): boolean => cell.figureUnit !== null;

/** The rows of a table, in thead, tbody, tfoot or directly under it (not those of a table inside). */
function rowsOf(table: Element): { tr: Element; head: boolean }[] {
  const rows: { tr: Element; head: boolean }[] = [];
  for (const child of table.children.filter(isTag)) {
    if (child.name === 'tr') rows.push({ tr: child, head: false });
    else if (SECTIONS.has(child.name)) for (const tr of child.children.filter(isTag)) if (tr.name === 'tr') rows.push({ tr, head: child.name === 'thead' });
  }
  return rows;
}

const span = (value: string | undefined): number => {
  const n = Number.parseInt(value ?? '', 10);
  return n >= 1 ? Math.min(n, MAX_SPAN) : 1;
};

/** The rows laid out on a grid, spans filled in; null when larger than a table is read. */
function layOut(rows: { tr: Element; head: boolean }[], textOf: (cell: Element) => Located): GridRow[] | null {
  const grid: GridRow[] = [];
  // per column, a cell spanning down into the next rows, and how many
  const below: { cell: Cell; rows: number }[] = [];
  let places = 0;
  for (const { tr, head } of rows) {
    const slots: (Slot | undefined)[] = [];
    const carried = (col: number): boolean => {
      const from = below[col];
      if (!from?.rows) return false;
      from.rows--;
      slots[col] = { cell: from.cell, own: false };
      return true;
    };
    let col = 0;
    for (const td of tr.children.filter(isTag)) {
      if (!CELLS.has(td.name)) continue;
      while (carried(col)) col++;
      const text = textOf(td);
      const cell: Cell = { text, th: td.name === 'th', figureUnit: FIGURE.exec(text.text)?.[1] ?? null };
      const across = span(td.attribs.colspan);
      const down = span(td.attribs.rowspan) - 1;
      if (places + col + across > MAX_SLOTS) return null;
      for (let k = 0; k < across; k++, col++) {
        slots[col] = { cell, own: k === 0 };
        below[col] = { cell, rows: down };
      }
    }
    for (; col < below.length; col++) carried(col);
    places += slots.length;
    grid.push({ slots, head, at: sourceStart(tr) });
  }
  return grid;
}

const cellsOf = (row: GridRow): Cell[] => [...new Set(row.slots.flatMap((s) => (s ? [s.cell] : [])))];
const ownCells = (row: GridRow): Cell[] => row.slots.flatMap((s) => (s?.own ? [s.cell] : []));
const holdsFigure = (row: GridRow): boolean => ownCells(row).some(isFigure);
/** a row of one cell: a title or a section heading, not a header of columns */
const single = (row: GridRow): boolean => cellsOf(row).length <= 1;
/** thead rows, rows of th cells, and rows of words above the figures */
const headerLike = (row: GridRow): boolean => !single(row) && (row.head || cellsOf(row).every((c) => c.th) || !holdsFigure(row));

/** The rows heading the columns: after the title rows, those above the first row of figures. */
function headerRows(grid: GridRow[]): { start: number; end: number } {
  let start = 0;
  while (start < grid.length && single(grid[start]!)) start++;
  let end = start;
  while (end < grid.length && headerLike(grid[end]!)) end++;
  return end - start <= MAX_HEADER_ROWS && end < grid.length ? { start, end } : { start, end: start };
}

/** The label and unit the header rows give a column: each header cell above it once, top down. */
function heading(header: GridRow[], col: number): { label: Located; unit: Located | null } {
  const label = new LocatedText();
  let unit: Located | null = null;
  let above: Cell | undefined;
  for (const row of header) {
    const cell = row.slots[col]?.cell;
    if (!cell || cell === above) continue;
    above = cell;
    const tail = UNIT_TAIL.exec(cell.text.text);
    label.append(tail ? oneLine(slice(cell.text, 0, tail.index)) : cell.text);
    // the unit inside its brackets, or the bare percent sign
    if (tail) unit = tail[1] ? slice(cell.text, tail.index + 1, tail.index + 1 + tail[1].length) : slice(cell.text, tail.index);
  }
  return { label: label.located(), unit };
}

/** The unit a figure is written with: its own, or for a bare number its column's. */
const unitOf = (cell: Cell, column: Column): string => cell.figureUnit || (column.unit?.text ?? '');

/** Each column: does it hold figures (most of its filled cells), its header's label and unit. */
function columnsOf(grid: GridRow[], header: GridRow[]): Column[] {
  const width = Math.max(0, ...grid.map((r) => r.slots.length));
  return Array.from({ length: width }, (_, col) => {
    const filled = grid.flatMap((r) => (r.slots[col]?.own && !BLANK.test(r.slots[col]!.cell.text.text) ? [r.slots[col]!.cell] : []));
    const figures = filled.filter(isFigure);
    const column: Column = { figures: figures.length > 0 && figures.length * 2 >= filled.length, ...heading(header, col), percent: false };
    column.percent = column.figures && figures.every((c) => PERCENT.test(unitOf(c, column)));
    return column;
  });
}

/** Append a piece, a space before it where the two would run into one number or word. */
function appendApart(out: LocatedText, piece: Located): void {
  if (out.last && piece.text && RUNS_ON.test(out.last) && RUNS_ON.test(piece.text[0]!)) out.push(' ', piece.offsets[0]!);
  out.append(piece);
}

/** A row as it was: its cells apart by tabs. */
function plainRow(row: GridRow, out: LocatedText): void {
  out.breakLine(row.at);
  ownCells(row).forEach((cell, k) => {
    if (k) out.push('\t', cell.text.offsets[0] ?? row.at);
    out.append(cell.text);
  });
  out.breakLine(row.at);
}

/**
 * A row of figures as a sentence: the row's words (a zone, a metric) are its subject, each figure
 * is read with its column's label and unit. An amount reads "label：subject figure", so that
 * the label names the metric when the subject is a zone, and a period or a word such as 数值
 * leaves it to the subject; a percentage reads "subject：label figure", its rate word by it.
 */
function sentenceRow(row: GridRow, columns: Column[], out: LocatedText): boolean {
  const own = (col: number): Cell | null => (row.slots[col]?.own && !BLANK.test(row.slots[col]!.cell.text.text) ? row.slots[col]!.cell : null);
  const figures = columns.flatMap((c, col) => (c.figures && own(col) ? [{ column: c, cell: own(col)! }] : []));
  if (!figures.some((f) => f.column.label.text && isFigure(f.cell))) return false;
  const words = new LocatedText();
  for (const [col, cell] of row.slots.entries()) {
    if (!cell || columns[col]!.figures || BLANK.test(cell.cell.text.text) || (col && row.slots[col - 1]?.cell === cell.cell)) continue;
    if (!words.empty) words.push(' ', cell.cell.text.offsets[0]!);
    words.append(cell.cell.text);
  }
  const subject = words.located();
  out.breakLine(row.at);
  let subjectSaid = !subject.text;
  figures.forEach(({ column, cell }, k) => {
    const at = cell.text.offsets[0]!;
    if (k) out.push('；', at);
    if (column.percent) {
      if (!subjectSaid) { out.append(subject); out.push('：', at); }
      out.append(column.label);
    } else {
      if (column.label.text) { out.append(column.label); out.push('：', at); }
      out.append(subject);
    }
    subjectSaid = true;
    appendApart(out, cell.text);
    if (column.unit && cell.figureUnit === '') out.append(column.unit);
  });
  out.push('。', figures.at(-1)!.cell.text.offsets.at(-1)!);
  out.breakLine(row.at);
  return true;
}

/**
 * A table as lines, every char keeping its offset in the HTML: a caption, title and header rows
 * as they are (cells apart by tabs), each row of figures under a header as a sentence of its
 * own (see sentenceRow), other rows as they are. False when the table is not read here (a table
 * inside a table, or one too large): it is then read as plain blocks.
 */
export function renderTable(table: Element, out: LocatedText, textOf: (cell: Element) => Located): boolean {
  if (hasTableInside(table)) return false;
  const grid = layOut(rowsOf(table), textOf);
  if (!grid) return false;
  for (const caption of table.children.filter(isTag)) if (caption.name === 'caption') { out.breakLine(sourceStart(caption)); out.append(textOf(caption)); out.breakLine(sourceStart(caption)); }
  const { start, end } = headerRows(grid);
  const columns = columnsOf(grid.slice(end), grid.slice(start, end));
  grid.forEach((row, k) => {
    if (!(k >= end && end > start && sentenceRow(row, columns, out))) plainRow(row, out);
  });
  return true;
}

function hasTableInside(table: Element): boolean {
  const stack: AnyNode[] = [...table.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'table') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
