import { zoneClass, zoneName, type ReviewData, type ReviewFigure } from './data.js';
import { escapeHtml } from './html.js';

interface Group {
  title: string;
  holds: (f: ReviewFigure) => boolean;
  /** targets mix measures: show the measure in a column */
  showMeasure: boolean;
}

/** Levels, rates and targets are not comparable with each other: each gets its own table. */
const GROUPS: Group[] = [
  { title: 'Levels', holds: (f) => f.status !== 'target' && f.measure === 'level', showMeasure: false },
  { title: 'Growth rates', holds: (f) => f.status !== 'target' && f.measure === 'growth', showMeasure: false },
  { title: 'Shares', holds: (f) => f.status !== 'target' && f.measure === 'share', showMeasure: false },
  { title: 'Gaps (to a target or another body)', holds: (f) => f.status !== 'target' && f.measure === 'diff', showMeasure: false },
  { title: 'Targets', holds: (f) => f.status === 'target', showMeasure: true },
];

const QUALIFIER_MARK: Record<string, string> = { approx: '≈', over: '>', under: '<' };

/** A metric in a period, in one kind of unit: its figures per zone. */
interface Row {
  figure: ReviewFigure;
  cells: Map<number, number[]>;
}

function printedValue(f: ReviewFigure): string {
  return `${QUALIFIER_MARK[f.qualifier ?? ''] ?? ''}${f.value}${f.value_max === null ? '' : `–${f.value_max}`}${f.unit}`;
}

/** Rows of the metrics most zones report first, so that comparable figures stand side by side. */
function rowsOf(data: ReviewData, group: Group): Row[] {
  const rows = new Map<string, Row>();
  data.figures.forEach((f, i) => {
    if (!group.holds(f)) return;
    const key = [f.metric, f.period, f.base_unit, group.showMeasure ? f.measure : ''].join('\u0000');
    if (!rows.has(key)) rows.set(key, { figure: f, cells: new Map() });
    const cells = rows.get(key)!.cells;
    cells.set(f.zi, [...(cells.get(f.zi) ?? []), i]);
  });
  return [...rows.values()].sort((a, b) => b.cells.size - a.cells.size || (a.figure.metric ?? '').localeCompare(b.figure.metric ?? '') || (a.figure.period ?? '').localeCompare(b.figure.period ?? ''));
}

function zoneHeader(data: ReviewData, zi: number): string {
  return `<th><i class="sw ${zoneClass(zi)}"></i>${escapeHtml(zoneName(data.zones, zi))}</th>`;
}

function valueCell(data: ReviewData, indices: number[] | undefined): string {
  const links = (indices ?? []).map((i) => `<a href="#" data-go="${i}">${escapeHtml(printedValue(data.figures[i]!))}</a>`);
  return `<td class="num">${links.join(' · ')}</td>`;
}

function groupTable(data: ReviewData, group: Group): string {
  const rows = rowsOf(data, group);
  if (!rows.length) return '';
  const zones = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
  const head = ['<th>Metric</th>', ...(group.showMeasure ? ['<th>Measure</th>'] : []), '<th>Period</th>', ...zones.map((zi) => zoneHeader(data, zi))];
  const body = rows.map(({ figure: f, cells }) => [
    '<tr>',
    `<td>${escapeHtml(f.metric ?? '(no metric)')}</td>`,
    group.showMeasure ? `<td>${escapeHtml(f.measure)}</td>` : '',
    `<td>${escapeHtml(f.period ?? '')}</td>`,
    ...zones.map((zi) => valueCell(data, cells.get(zi))),
    '</tr>',
  ].join(''));
  return `<details open><summary>${escapeHtml(group.title)} · ${rows.length} rows</summary><div class="scroll"><table><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table></div></details>`;
}

/** Metrics and periods × zones, one table for levels, growth rates, shares, gaps and targets each. */
export function summaryTables(data: ReviewData): string {
  return GROUPS.map((g) => groupTable(data, g)).join('');
}
