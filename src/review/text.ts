import { zoneClass, type ReviewBulletin, type ReviewFigure } from './data.js';
import { escapeHtml } from './html.js';

function figureMark(f: ReviewFigure, index: number, printed: string): string {
  const classes = ['fig', zoneClass(f.zi), f.status, f.quality ? `q-${f.quality}` : ''].filter(Boolean).join(' ');
  return `<mark class="${escapeHtml(classes)}" data-i="${index}" data-start="${f.start}" tabindex="0">${escapeHtml(printed)}</mark>`;
}

/** An empty marker at an article's start; CSS prints the zone it is credited to, so the text stays as printed. */
function articleMark(zone: string | null, zi: number): string {
  return `<span class="art ${zoneClass(zi)}" data-zone="${escapeHtml(zone ?? '')}"></span>`;
}

/** A bulletin's text as HTML: every figure a focusable <mark data-start>, every article's zone at its start. */
export function bulletinText(bulletin: ReviewBulletin, figures: ReviewFigure[]): string {
  const { text } = bulletin;
  const articles = [...bulletin.articles];
  let html = '';
  let cursor = 0;
  const upTo = (at: number): void => {
    while (articles.length && articles[0]!.start <= at) {
      const a = articles.shift()!;
      const from = Math.max(cursor, a.start);
      html += escapeHtml(text.slice(cursor, from)) + articleMark(a.zone, a.zi);
      cursor = from;
    }
    html += escapeHtml(text.slice(cursor, Math.max(cursor, at)));
    cursor = Math.max(cursor, at);
  };
  for (const i of bulletin.figures) {
    const f = figures[i]!;
    upTo(f.start);
    const end = Math.max(cursor, f.end);
    html += figureMark(f, i, text.slice(cursor, end));
    cursor = end;
  }
  upTo(text.length);
  return html;
}
