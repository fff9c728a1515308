/// <reference lib="dom" />
// The review page's script: inlined into the page, it runs in the browser with no imports.
// Everything taken from a bulletin reaches the page through textContent or attributes, never as markup.
import type { ReviewFigure, ReviewZone } from './data.js';

interface PageData {
  figures: ReviewFigure[];
  zones: ReviewZone[];
  bulletins: { file: string; doc: string }[];
}

/** A reviewer's change to a figure: only the fields that differ. */
interface Fix {
  zone?: string;
  metric?: string;
  measure?: string;
  status?: string;
  period?: string;
  note?: string;
  rejected?: boolean;
}

/** A figure the extractor missed, marked by selecting its text. */
interface Added {
  file: string;
  start: number;
  end: number;
  number: string;
  value: number;
  unit: string;
  zone: string;
  metric: string;
  measure: string;
  status: string;
  period: string;
  note: string;
}

interface Store {
  fixes: Record<string, Fix>;
  added: Record<string, Added>;
}

/** A figure as it stands after review, whether extracted or added. */
interface Item {
  b: number;
  start: number;
  end: number;
  zone: string | null;
  zone_level: string | null;
  park: string | null;
  metric: string | null;
  number?: string;
  value: number;
  value_max: number | null;
  unit: string;
  qualifier: string | null;
  measure: string;
  status: string;
  period: string | null;
  rule: string;
  quality: string | null;
  note?: string;
  rejected?: boolean;
  changed: string[];
  added: boolean;
}

const EDITABLE = ['zone', 'metric', 'measure', 'status', 'period'] as const;
const STORE_KEY = 'zone-extract-review/v1';
const NUMBER = /[-+]?\d[\d,]*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+/;
const QUOTE_BREAK = /[。,,;;!!??\n\r、]/;
const MEASURES = ['level', 'growth', 'share', 'diff'];
const MEASURE_TITLE: Record<string, string> = { level: 'level', growth: 'growth rate', share: 'share', diff: 'gap' };

const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const data = JSON.parse(byId('review-data').textContent ?? '{}') as PageData;
const fileIndex = new Map(data.bulletins.map((b, i) => [b.file, i]));
const zoneIndex = new Map<string, number>();
data.zones.forEach((z, i) => { if (!zoneIndex.has(z.name)) zoneIndex.set(z.name, i); });
const store = loadStore();
const tip = byId('tip');
const editor = byId('editor');
const form = editor.querySelector('form')!;
const addButton = byId<HTMLButtonElement>('add-fig');
let marks: HTMLElement[] = [];
let editing: HTMLElement | null = null;
let pendingAdd: { b: number; start: number; end: number } | null = null;

function loadStore(): Store {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as Store | null;
    if (saved) return { fixes: saved.fixes ?? {}, added: saved.added ?? {} };
  } catch {
    // no storage (a locked-down browser): corrections last for this visit only
  }
  return { fixes: {}, added: {} };
}

function saveStore(): void {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(store));
  } catch {
    say('corrections cannot be stored in this browser: export them before closing');
  }
}

function say(message: string): void {
  byId('status').textContent = message;
}

const keyOf = (b: number, start: number): string => `${data.bulletins[b]!.file}#${start}`;
const textOf = (b: number): string => document.querySelector(`#b${b} pre.text`)!.textContent ?? '';

function itemOf(mark: HTMLElement): Item {
  const addedKey = mark.dataset.added;
  if (addedKey !== undefined) {
    const a = store.added[addedKey]!;
    return {
      ...a, b: fileIndex.get(a.file) ?? 0, zone_level: null, park: null, value_max: null, qualifier: null, rule: 'reviewer', quality: null,
      period: a.period || null, changed: [], added: true,
    };
  }
  const f = data.figures[Number(mark.dataset.i)]!;
  const fix = store.fixes[keyOf(f.b, f.start)] ?? {};
  const changed = EDITABLE.filter((k) => fix[k] !== undefined);
  return { ...f, ...fix, period: fix.period ?? f.period, changed, added: false };
}

function valueText(item: Item): string {
  const range = item.value_max === null ? '' : `–${item.value_max}`;
  return `${item.value}${range} ${item.unit}${item.qualifier ? ` (${item.qualifier})` : ''}`;
}

function describe(item: Item): string {
  const flags = [
    item.added ? 'added by a reviewer' : '',
    item.changed.length ? `corrected: ${item.changed.join(', ')}` : '',
    item.rejected ? 'marked not a figure' : '',
    item.quality === 'ocr_repeat' ? 'repeated OCR text' : '',
  ].filter(Boolean);
  return [
    `zone: ${item.zone ?? '(none)'}${item.zone_level ? ` (${item.zone_level})` : ''}${item.park ? ` · park ${item.park}` : ''}`,
    `metric: ${item.metric ?? '(none)'}`,
    `value: ${valueText(item)}`,
    `measure: ${item.measure} · status: ${item.status}`,
    `period: ${item.period || '(none)'}`,
    `rule: ${item.rule}`,
    ...flags,
  ].join('\n');
}

// ---- figures on the page

/** The class that colours a zone (as src/review/data.ts names it; this script imports nothing). */
const colourClass = (zi: number): string => (zi < 0 ? 'zn' : `z${zi}`);
const isMark = (el: EventTarget | null): el is HTMLElement => el instanceof HTMLElement && el.matches('mark.fig');

function refreshMarks(): void {
  marks = [...document.querySelectorAll<HTMLElement>('mark.fig')];
}

function paint(mark: HTMLElement, item: Item): void {
  const zi = (item.zone ? zoneIndex.get(item.zone) : undefined) ?? -1;
  for (const c of [...mark.classList]) if (/^z(\d+|n)$/.test(c) || c === 'actual' || c === 'target') mark.classList.remove(c);
  mark.classList.add(colourClass(zi), item.status === 'target' ? 'target' : 'actual');
  mark.classList.toggle('fixed', item.changed.length > 0 && !item.rejected);
  mark.classList.toggle('rejected', Boolean(item.rejected));
}

function showTip(mark: HTMLElement): void {
  tip.textContent = describe(itemOf(mark));
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const below = box.bottom + tip.offsetHeight + 8 < innerHeight;
  tip.style.left = `${Math.max(4, Math.min(box.left, innerWidth - tip.offsetWidth - 8))}px`;
  tip.style.top = `${below ? box.bottom + 6 : box.top - tip.offsetHeight - 6}px`;
}

function hideTip(): void {
  tip.hidden = true;
}

function focusMark(mark: HTMLElement): void {
  setView('bulletins');
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'center' });
}

function step(delta: number): void {
  if (!marks.length) return;
  const at = isMark(document.activeElement) ? marks.indexOf(document.activeElement) : -1;
  const next = at < 0 ? (delta > 0 ? 0 : marks.length - 1) : Math.min(marks.length - 1, Math.max(0, at + delta));
  focusMark(marks[next]!);
}

/** The next figure of a zone in a bulletin after the focused one, round again at the end. */
function nextOfZone(b: number, zi: number): void {
  const zoneMarks = [...document.querySelectorAll<HTMLElement>(`#b${b} mark.fig.${colourClass(zi)}`)];
  if (!zoneMarks.length) return;
  const at = isMark(document.activeElement) ? zoneMarks.indexOf(document.activeElement) : -1;
  focusMark(zoneMarks[(at + 1) % zoneMarks.length]!);
}

// ---- offsets in a bulletin's text

function offsetIn(pre: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(pre, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Wrap [start, end) of a bulletin's text in a mark, where it lies in plain text outside any figure. */
function wrapText(pre: Element, start: number, end: number): HTMLElement | null {
  const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
  for (let at = 0, node = walker.nextNode(); node; at += node.textContent!.length, node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (start < at || start >= at + length) continue;
    if (node.parentNode !== pre || end > at + length) return null;
    const range = document.createRange();
    range.setStart(node, start - at);
    range.setEnd(node, end - at);
    const mark = document.createElement('mark');
    range.surroundContents(mark);
    return mark;
  }
  return null;
}

function zoneAt(pre: Element, offset: number): string {
  let zone = '';
  for (const art of pre.querySelectorAll<HTMLElement>('.art')) {
    if (offsetIn(pre, art, 0) > offset) break;
    zone = art.dataset.zone ?? '';
  }
  return zone;
}

function chineseValue(numeral: string): number {
  const digits = '〇一二三四五六七八九';
  const small: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const large: Record<string, number> = { 万: 1e4, 亿: 1e8 };
  let total = 0, section = 0, digit = 0;
  for (const ch of numeral) {
    if (ch === '两') digit = 2;
    else if (ch === '零') digit = 0;
    else if (digits.includes(ch)) digit = digits.indexOf(ch);
    else if (small[ch]) { section += (digit || 1) * small[ch]!; digit = 0; }
    else if (large[ch]) { total = (total + section + digit) * large[ch]!; section = 0; digit = 0; }
  }
  return total + section + digit;
}

/** The number and unit a reviewer selected: "16.7亿元" → 16.7, 亿元. */
function parseSelection(text: string): { number: string; value: number; unit: string } {
  const found = NUMBER.exec(text);
  if (!found) return { number: '', value: NaN, unit: '' };
  const number = found[0];
  const value = /\d/.test(number) ? Number(number.replace(/,/g, '')) : chineseValue(number);
  return { number, value, unit: text.slice(found.index + number.length).replace(/^[\s余多]+/, '').trim() };
}

// ---- the editor

function field(name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function fillDatalists(): void {
  const zones = byId('zone-list');
  if (zones.childElementCount) return;
  const option = (value: string): HTMLOptionElement => Object.assign(document.createElement('option'), { value });
  zones.append(...[...zoneIndex.keys()].map(option));
  byId('metric-list').append(...metricsByReach().map(option));
}

/** The figure in bold amid the words around it. */
function showContext(b: number, start: number, end: number): void {
  const text = textOf(b);
  const figure = document.createElement('strong');
  figure.textContent = text.slice(start, end);
  byId('ed-quote').replaceChildren(text.slice(Math.max(0, start - 24), start), figure, text.slice(end, end + 24));
}

function openEditor(title: string, item: Partial<Item> & { b: number; start: number; end: number }, isNew: boolean): void {
  fillDatalists();
  byId('ed-title').textContent = title;
  showContext(item.b, item.start, item.end);
  byId('ed-new').hidden = !isNew;
  for (const name of ['number', 'unit', ...EDITABLE, 'note']) field(name).value = String((item as Record<string, unknown>)[name] ?? '');
  field('value').value = Number.isFinite(item.value) ? String(item.value) : '';
  (field('rejected') as HTMLInputElement).checked = Boolean(item.rejected);
  editor.hidden = false;
  field('zone').focus();
}

function editFigure(mark: HTMLElement): void {
  editing = mark;
  pendingAdd = null;
  const item = itemOf(mark);
  openEditor(item.added ? 'Added figure' : 'Correct a figure', item, item.added);
}

function editSelection(b: number, start: number, end: number): void {
  editing = null;
  pendingAdd = { b, start, end };
  const pre = document.querySelector(`#b${b} pre.text`)!;
  const printed = textOf(b).slice(start, end);
  openEditor('Add a missed figure', { b, start, end, ...parseSelection(printed), zone: zoneAt(pre, start), measure: 'level', status: 'actual' }, true);
}

function closeEditor(): void {
  editor.hidden = true;
  const back = editing;
  editing = null;
  pendingAdd = null;
  back?.focus();
}

function formValues(): Record<string, string> {
  return Object.fromEntries(['number', 'value', 'unit', ...EDITABLE, 'note'].map((n) => [n, field(n).value.trim()]));
}

function saveFix(mark: HTMLElement): void {
  const f = data.figures[Number(mark.dataset.i)]!;
  const values = formValues();
  const fix: Fix = {};
  for (const k of EDITABLE) if (values[k] !== String(f[k] ?? '')) fix[k] = values[k];
  if (values.note) fix.note = values.note;
  if ((field('rejected') as HTMLInputElement).checked) fix.rejected = true;
  const key = keyOf(f.b, f.start);
  if (Object.keys(fix).length) store.fixes[key] = fix;
  else delete store.fixes[key];
  paint(mark, itemOf(mark));
}

function addedFrom(b: number, start: number, end: number): Added {
  const v = formValues();
  return {
    file: data.bulletins[b]!.file, start, end, number: v.number!, value: Number(v.value), unit: v.unit!, zone: v.zone!, metric: v.metric!,
    measure: v.measure!, status: v.status!, period: v.period!, note: v.note!,
  };
}

function markAdded(b: number, added: Added, key: string): HTMLElement | null {
  const mark = wrapText(document.querySelector(`#b${b} pre.text`)!, added.start, added.end);
  if (!mark) return null;
  mark.className = 'fig added';
  mark.tabIndex = 0;
  mark.dataset.added = key;
  mark.dataset.start = String(added.start);
  return mark;
}

/** Save an added figure, or a new one from the selection; false where its text cannot be marked. */
function saveAdded(): boolean {
  const target = editing?.dataset.added;
  if (target !== undefined) {
    const old = store.added[target]!;
    if ((field('rejected') as HTMLInputElement).checked) removeAdded(editing!);
    else {
      store.added[target] = addedFrom(fileIndex.get(old.file) ?? 0, old.start, old.end);
      paint(editing!, itemOf(editing!));
    }
    return true;
  }
  const { b, start, end } = pendingAdd!;
  const key = keyOf(b, start);
  store.added[key] = addedFrom(b, start, end);
  const mark = markAdded(b, store.added[key]!, key);
  if (!mark) { delete store.added[key]; return false; }
  paint(mark, itemOf(mark));
  editing = mark;
  refreshMarks();
  return true;
}

function removeAdded(mark: HTMLElement): void {
  delete store.added[mark.dataset.added!];
  const pre = mark.parentElement!;
  mark.replaceWith(...mark.childNodes);
  pre.normalize();
  editing = null;
  refreshMarks();
}

function undoCorrection(): void {
  if (editing?.dataset.added !== undefined) removeAdded(editing);
  else if (editing) {
    const f = data.figures[Number(editing.dataset.i)]!;
    delete store.fixes[keyOf(f.b, f.start)];
    paint(editing, itemOf(editing));
  }
  saveStore();
  closeEditor();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (editing?.dataset.i !== undefined) saveFix(editing);
  else if (!saveAdded()) { say('a figure must lie in plain text, outside other figures'); return; }
  saveStore();
  say('correction saved');
  closeEditor();
});
byId('ed-undo').addEventListener('click', undoCorrection);
byId('ed-close').addEventListener('click', closeEditor);

// ---- export in the gold format of the evaluation

function quoteSpan(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < 12 && !QUOTE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to - from < 6 && to < text.length && text[to] !== '\n') to++;
  while (to - from < 6 && from > 0) from--;
  if (to - from > 40) from = Math.max(start, to - 40);
  return { from, to: Math.min(to, from + 40) };
}

function occurrences(text: string, quote: string, before: number): { count: number; index: number } {
  let count = 0, index = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    count++;
    if (at <= before) index = count;
  }
  return { count, index };
}

function goldRecord(item: Item, text: string, doc: string): Record<string, unknown> {
  const { from, to } = quoteSpan(text, item.start, item.end);
  const quote = text.slice(from, to);
  const { count, index } = occurrences(text, quote, from);
  const note = [
    item.added ? 'added by a reviewer' : '',
    item.changed.length ? `reviewed: ${item.changed.join(', ')}` : '',
    item.metric ? '' : 'no metric yet: a gold record needs one',
    item.note ?? '',
  ].filter(Boolean).join('; ');
  return {
    doc, quote,
    ...(count > 1 ? { occurrence: index } : {}),
    number: item.number || (NUMBER.exec(text.slice(item.start, item.end))?.[0] ?? ''),
    value: item.value,
    ...(item.value_max === null ? {} : { value_max: item.value_max }),
    unit: item.unit,
    ...(item.qualifier ? { qualifier: item.qualifier } : {}),
    zone: item.zone ?? '',
    ...(item.park ? { park: item.park } : {}),
    metric: item.metric ?? '', measure: item.measure, status: item.status, period: item.period ?? '',
    ...(note ? { note } : {}),
  };
}

function correctedBulletins(): Set<number> {
  const files = [...Object.keys(store.fixes).map((k) => k.slice(0, k.lastIndexOf('#'))), ...Object.values(store.added).map((a) => a.file)];
  return new Set(files.map((f) => fileIndex.get(f)).filter((b): b is number => b !== undefined));
}

/** Every figure of the chosen bulletins as it stands after review, not-a-figure marks left out. */
function goldLines(all: boolean): string[] {
  const chosen = all ? new Set(data.bulletins.map((_, b) => b)) : correctedBulletins();
  const items = marks.map(itemOf).filter((item) => chosen.has(item.b) && !item.rejected);
  const texts = new Map([...chosen].map((b) => [b, textOf(b)]));
  return items.map((item) => JSON.stringify(goldRecord(item, texts.get(item.b)!, data.bulletins[item.b]!.doc)));
}

function exportGold(): void {
  const lines = goldLines(byId<HTMLSelectElement>('export-scope').value === 'all');
  if (!lines.length) { say('nothing to export: no bulletin holds a correction yet'); return; }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'application/x-ndjson' }));
  link.download = 'review-gold.jsonl';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  say(`exported ${lines.length} records`);
}

byId('export').addEventListener('click', exportGold);
byId('clear').addEventListener('click', () => {
  if (!confirm('Forget every correction on this page?')) return;
  for (const mark of document.querySelectorAll<HTMLElement>('mark.added')) removeAdded(mark);
  store.fixes = {};
  saveStore();
  for (const mark of marks) paint(mark, itemOf(mark));
});

// ---- zones side by side

function metricsByReach(): string[] {
  const zones = new Map<string, Set<number>>();
  for (const f of data.figures) if (f.metric) zones.set(f.metric, (zones.get(f.metric) ?? new Set()).add(f.zi));
  return [...zones].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0])).map(([m]) => m);
}

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const mostCommon = (values: string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

/** One bar per zone: its latest figure, all in one unit; figures in another unit are left out and counted. */
function barChart(figures: ReviewFigure[], title: string, target: boolean): HTMLElement {
  const baseUnit = mostCommon(figures.map((f) => f.base_unit));
  const kept = figures.filter((f) => f.base_unit === baseUnit);
  const unit = mostCommon(kept.map((f) => f.unit));
  const sample = kept.find((f) => f.unit === unit && f.value !== 0);
  const factor = sample ? sample.base_value / sample.value : 1;
  const latest = new Map<number, ReviewFigure>();
  for (const f of [...kept].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''))) latest.set(f.zi, f);
  const rows = [...latest.values()].sort((a, b) => a.zi - b.zi);
  const values = rows.map((f) => f.base_value / factor);
  const low = Math.min(0, ...values), high = Math.max(0, ...values);
  const [width, label, rowHeight] = [760, 240, 24];
  const plot = width - label - 150;
  const x = (v: number): number => label + ((v - low) / (high - low || 1)) * plot;
  const chart = svg('svg', { width, height: rows.length * rowHeight + 8, role: 'img', 'aria-label': title });
  rows.forEach((f, i) => {
    const y = 4 + i * rowHeight;
    const v = values[i]!;
    const zone = data.zones[f.zi]?.name ?? '(no zone)';
    chart.append(svg('text', { x: label - 8, y: y + 16, 'text-anchor': 'end' }, zone));
    const bar = svg('rect', { class: `bar ${colourClass(f.zi)}`, x: Math.min(x(0), x(v)), y: y + 3, width: Math.max(1, Math.abs(x(v) - x(0))), height: rowHeight - 8, 'data-zone': zone, 'data-i': data.figures.indexOf(f) });
    bar.append(svg('title', {}, `${zone}: ${f.value}${f.unit}${f.period ? ` (${f.period})` : ''}`));
    chart.append(bar, svg('text', { x: Math.max(x(0), x(v)) + 6, y: y + 16 }, `${+v.toPrecision(6)}${unit}${f.period ? ` · ${f.period}` : ''}`));
  });
  const panel = document.createElement('div');
  panel.className = target ? 'chart target-panel' : 'chart';
  const heading = document.createElement('h4');
  const dropped = figures.length - kept.length;
  heading.textContent = `${title} (${unit})${dropped ? ` · ${dropped} figures in other units not shown` : ''}`;
  panel.append(heading, chart);
  return panel;
}

/** For one metric: a chart per measure and status, so rates and targets never share an axis with levels. */
function renderCharts(metric: string): void {
  const charts = byId('charts');
  charts.replaceChildren();
  const figures = data.figures.filter((f) => f.metric === metric && f.quality !== 'ocr_repeat');
  for (const status of ['actual', 'target']) {
    for (const measure of MEASURES) {
      const some = figures.filter((f) => f.status === status && f.measure === measure);
      if (!some.length) continue;
      const panel = barChart(some, `${metric} · ${MEASURE_TITLE[measure]}, ${status}`, status === 'target');
      panel.dataset.panel = `${status}-${measure}`;
      charts.append(panel);
    }
  }
}

function prepareSummary(): void {
  const select = byId<HTMLSelectElement>('metric');
  if (select.options.length) return;
  select.append(...metricsByReach().map((m) => Object.assign(document.createElement('option'), { value: m, textContent: m })));
  select.addEventListener('change', () => renderCharts(select.value));
  if (select.value) renderCharts(select.value);
}

// ---- views, keys and pointer

const scrolled: Record<string, number> = {};
let shownView = 'bulletins';

/** Show one view; each keeps its own scroll position. */
function setView(view: string): void {
  if (view === shownView) return;
  scrolled[shownView] = scrollY;
  for (const name of ['bulletins', 'summary']) byId(`view-${name}`).hidden = name !== view;
  for (const tab of document.querySelectorAll<HTMLElement>('.tabs button')) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
  if (view === 'summary') prepareSummary();
  shownView = view;
  scrollTo(0, scrolled[view] ?? 0);
}

const typing = (el: EventTarget | null): boolean => el instanceof HTMLElement && el.matches('input, select, textarea');

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') { hideTip(); if (!editor.hidden) closeEditor(); return; }
  if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'j' || event.key === 'n') step(1);
  else if (event.key === 'k' || event.key === 'p') step(-1);
  else if (event.key === 'Enter' && isMark(event.target)) editFigure(event.target);
  else return;
  event.preventDefault();
});

document.addEventListener('mouseover', (event) => { if (isMark(event.target)) showTip(event.target); });
document.addEventListener('mouseout', (event) => { if (isMark(event.target) && !isMark(document.activeElement)) hideTip(); });
document.addEventListener('focusin', (event) => { if (isMark(event.target)) showTip(event.target); });
document.addEventListener('focusout', (event) => { if (isMark(event.target)) hideTip(); });

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (target === addButton) return;
  const go = target.closest<HTMLElement>('[data-go], rect[data-i]');
  const mark = isMark(target) ? target : null;
  const zoneButton = target.closest<HTMLElement>('.zones button');
  const tab = target.closest<HTMLElement>('.tabs button');
  if (mark) editFigure(mark);
  else if (go) { event.preventDefault(); focusMark(document.querySelector<HTMLElement>(`mark[data-i="${go.dataset.go ?? go.dataset.i}"]`)!); }
  else if (zoneButton) nextOfZone(Number(zoneButton.dataset.b), Number(zoneButton.dataset.zi));
  else if (tab) setView(tab.dataset.view!);
});

/** A selection inside one stretch of plain text offers to add it as a missed figure. */
function offerSelection(): void {
  addButton.hidden = true;
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return;
  const range = selection.getRangeAt(0);
  const pre = range.startContainer.parentElement;
  if (!pre?.matches('pre.text') || range.startContainer !== range.endContainer || !range.toString().trim()) return;
  const b = Number(pre.closest<HTMLElement>('.bulletin')!.dataset.b);
  const start = offsetIn(pre, range.startContainer, range.startOffset);
  const box = range.getBoundingClientRect();
  Object.assign(addButton.style, { left: `${box.left}px`, top: `${box.bottom + 4}px` });
  addButton.hidden = false;
  addButton.onclick = () => { addButton.hidden = true; editSelection(b, start, start + range.toString().length); };
}

document.addEventListener('mouseup', (event) => { if (event.target !== addButton) setTimeout(offerSelection); });
document.addEventListener('keyup', (event) => { if (event.shiftKey) offerSelection(); });

for (const [key, added] of Object.entries(store.added)) {
  const b = fileIndex.get(added.file);
  const mark = b === undefined ? null : markAdded(b, added, key);
  if (mark) paint(mark, itemOf(mark));
}
refreshMarks();
for (const mark of document.querySelectorAll<HTMLElement>('mark[data-i]')) {
  const f = data.figures[Number(mark.dataset.i)]!;
  if (store.fixes[keyOf(f.b, f.start)]) paint(mark, itemOf(mark));
}
if (location.hash === '#summary') setView('summary');
