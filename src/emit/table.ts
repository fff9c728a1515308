import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { FigureRecord } from '../types.js';
import { groupByZone } from './group.js';

const show = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Pad to a display width, counting CJK characters as two columns. */
function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

/** Figures grouped by zone, as aligned columns for a terminal. */
export function table(records: FigureRecord[], fields: (keyof FigureRecord)[], paint: ChalkInstance): string {
  const widths = fields.map((f) => Math.max(stringWidth(f), ...records.map((r) => stringWidth(show(r[f])))));
  const numeric = fields.map((f) => records.some((r) => typeof r[f] === 'number'));
  const row = (cells: string[], style: (s: string) => string = (s) => s): string =>
    cells.map((c, i) => style(pad(c, widths[i]!, numeric[i]!))).join('  ').trimEnd();
  const out: string[] = [];
  for (const group of groupByZone(records)) {
    out.push(paint.bold.cyan(`${group.zone ?? '(zone unknown)'}`) + paint.dim(` ${group.zone_level ?? ''} · ${group.figures.length} figures`));
    out.push(paint.dim(row(fields.map(String))));
    for (const r of group.figures) {
      const cells = fields.map((f) => show(r[f]));
      out.push(fields.map((f, i) => {
        const cell = pad(cells[i]!, widths[i]!, numeric[i]!);
        if (f === 'value') return paint.bold(cell);
        if (f === 'status' && r.status === 'target') return paint.yellow(cell);
        if (f === 'measure' && r.measure !== 'level') return paint.magenta(cell);
        return cell;
      }).join('  ').trimEnd());
    }
    out.push('');
  }
  return out.join('\n');
}
