import { readFileSync } from 'node:fs';
import { zoneClass, zoneName, type ReviewBulletin, type ReviewData } from './data.js';
import { escapeHtml, scriptJson } from './html.js';
import { bulletinText } from './text.js';
import { summaryTables } from './summary.js';
import { styles, zoneColours } from './styles.js';

/** The browser script tsc compiles into dist/review (found the same way from the CLI bundle); its source-map comment would make the browser ask for a file. */
function clientScript(): string {
  return readFileSync(new URL('../review/client.js', import.meta.url), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
}

function zoneButtons(data: ReviewData, bulletin: ReviewBulletin, b: number): string {
  const counts = new Map<number, number>();
  for (const i of bulletin.figures) counts.set(data.figures[i]!.zi, (counts.get(data.figures[i]!.zi) ?? 0) + 1);
  return [...counts].map(([zi, n]) => `<button type="button" class="${zoneClass(zi)}" data-b="${b}" data-zi="${zi}"><i class="sw"></i>${escapeHtml(zoneName(data.zones, zi))} (${n})</button>`).join('');
}

function bulletinSection(data: ReviewData, bulletin: ReviewBulletin, b: number): string {
  return `<article class="bulletin" id="b${b}" data-b="${b}" data-file="${escapeHtml(bulletin.file)}">`
    + `<h2>${escapeHtml(bulletin.file)} <small>${bulletin.figures.length} figures</small></h2>`
    + `<div class="zones" aria-label="zones of this bulletin">${zoneButtons(data, bulletin, b)}</div>`
    + `<pre class="text">${bulletinText(bulletin, data.figures)}</pre></article>`;
}

const EDITOR = `<aside id="editor" hidden aria-label="correct a figure"><form>
<h3 id="ed-title"></h3><p class="quote" id="ed-quote"></p>
<div id="ed-new"><label>Number as printed<input name="number"></label><label>Value<input name="value" type="number" step="any"></label><label>Unit<input name="unit"></label></div>
<label>Zone<input name="zone" list="zone-list"></label>
<label>Metric<input name="metric" list="metric-list"></label>
<label>Measure<select name="measure"><option>level</option><option>growth</option><option>share</option><option>diff</option></select></label>
<label>Status<select name="status"><option>actual</option><option>target</option></select></label>
<label>Period<input name="period" placeholder="2024 · 2024Q1 · 2024H1 · 2024-01..2024-09 · 2023.."></label>
<label>Note<input name="note"></label>
<label><input type="checkbox" name="rejected"> not a figure</label>
<button type="submit">Save</button> <button type="button" id="ed-undo">Undo correction</button> <button type="button" id="ed-close">Close</button>
</form></aside>`;

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the script needs: the figures and zones; the texts are already on the page. */
function clientData(data: ReviewData): unknown {
  return { figures: data.figures, zones: data.zones, bulletins: data.bulletins.map((b) => ({ file: b.file, doc: b.doc })) };
}

/** One self-contained page: the bulletins with their figures, corrections, and the zones side by side. */
export function reviewPage(data: ReviewData): string {
  const toc = data.bulletins.map((b, i) => `<a href="#b${i}">${escapeHtml(b.doc)}</a>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>zone-extract review</title><link rel="icon" href="data:,">
<style>${styles}${zoneColours(data.zones.length)}</style></head>
<body>
<header class="top"><strong>zone-extract review</strong>
<nav class="tabs"><button type="button" data-view="bulletins" aria-selected="true">Bulletins</button><button type="button" data-view="summary" aria-selected="false">Zones side by side</button></nav>
<span>${count(data.figures.length, 'figure')} in ${count(data.bulletins.length, 'bulletin')}</span>
<span><label>Export <select id="export-scope"><option value="corrected">bulletins I corrected</option><option value="all">all bulletins</option></select></label> <button type="button" id="export">Export gold JSONL</button> <button type="button" id="clear">Clear corrections</button> <span id="status" role="status"></span></span>
<span class="keys">j / k: next / previous figure · Enter: correct · Esc: close · select text to add a figure</span></header>
<main>
<section id="view-bulletins"><nav class="toc">${toc}</nav>${data.bulletins.map((b, i) => bulletinSection(data, b, i)).join('')}</section>
<section id="view-summary" hidden><h2>Zones side by side</h2>
<label>Metric <select id="metric"></select></label><div id="charts"></div>${summaryTables(data)}</section>
</main>
<div id="tip" role="tooltip" hidden></div><button type="button" id="add-fig" hidden>+ add figure</button>${EDITOR}
<datalist id="zone-list"></datalist><datalist id="metric-list"></datalist>
<script type="application/json" id="review-data">${scriptJson(clientData(data))}</script>
<script type="module">${clientScript()}</script>
</body></html>
`;
}
