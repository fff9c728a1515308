import type { ReviewData, ReviewFigure } from './data.js';
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

const NO_PERIOD = '';
const QUALIFIER_MARK: Record<string, string> = { approx: '≈', over: '>', under: '<' };

interface Row {
  figure: ReviewFigure;
  cells: Map<string, number[]>;
}

function printedValue(f: ReviewFigure): string {
  return `${QUALIFIER_MARK[f.qualifier ?? ''] ?? ''}${f.value}${f.value_max === null ? '' : `–${f.value_max}`}`;
}

function rowsOf(data: ReviewData, group: Group): Row[] {
  const rows = new Map<string, Row>();
  data.figures.forEach((f, i) => {
    if (!group.holds(f)) return;
    const key = [f.zi, f.metric, f.unit, group.showMeasure ? f.measure : ''].join('\u0000');
    if (!rows.has(key)) rows.set(key, { figure: f, cells: new Map() });
    const cells = rows.get(key)!.cells;
    const period = f.period ?? NO_PERIOD;
    cells.set(period, [...(cells.get(period) ?? []), i]);
  });
  return [...rows.values()].sort((a, b) => a.figure.zi - b.figure.zi);
}

function zoneCell(data: ReviewData, zi: number): string {
  const zone = data.zones[zi];
  return zone ? `<td><i class="sw z${zi}"></i>${escapeHtml(zone.name)}</td>` : '<td><i class="sw zn"></i>(no zone)</td>';
}

function valueCell(data: ReviewData, indices: number[] | undefined): string {
  const links = (indices ?? []).map((i) => `<a href="#" data-go="${i}">${escapeHtml(printedValue(data.figures[i]!))}</a>`);
  return `<td class="num">${links.join(' · ')}</td>`;
}

function groupTable(data: ReviewData, group: Group): string {
  const rows = rowsOf(data, group);
  if (!rows.length) return '';
  const periods = [...new Set(rows.flatMap((r) => [...r.cells.keys()]))].sort((a, b) => (a === NO_PERIOD ? 1 : b === NO_PERIOD ? -1 : a.localeCompare(b)));
  const head = ['Zone', 'Metric', ...(group.showMeasure ? ['Measure'] : []), 'Unit', ...periods.map((p) => p || 'no period')];
  const body = rows.map(({ figure: f, cells }) => [
    '<tr>',
    zoneCell(data, f.zi),
    `<td>${escapeHtml(f.metric ?? '(no metric)')}</td>`,
    group.showMeasure ? `<td>${escapeHtml(f.measure)}</td>` : '',
    `<td>${escapeHtml(f.unit)}</td>`,
    ...periods.map((p) => valueCell(data, cells.get(p))),
    '</tr>',
  ].join(''));
  return `<h3>${escapeHtml(group.title)}</h3><div class="scroll"><table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

/** Zones × metrics × periods, one table for levels, growth rates, shares, gaps and targets each. */
export function summaryTables(data: ReviewData): string {
  return GROUPS.map((g) => groupTable(data, g)).join('');
}
