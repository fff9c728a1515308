import type { AnyNode, Element } from 'domhandler';
import { lazyRequire } from '../lib/lazy.js';
import { paragraphs } from '../lib/paragraphs.js';
import { CELLS, LocatedText, oneLine, sourceStart, type Located } from './located.js';
import { renderTable } from './table.js';

const cheerio = lazyRequire<typeof import('cheerio')>('cheerio');

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'iframe', 'svg', 'button', 'form']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'table', 'tr', 'blockquote', 'pre', 'header', 'footer', 'main', 'aside', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'caption']);
const HEADINGS: Record<string, string> = { h1: '# ', h2: '## ', h3: '### ', h4: '#### ', h5: '##### ', h6: '###### ' };
/** class or id of a site's chrome: menus, breadcrumbs, footers */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs|footer|copyright|share|sidebar)([\s_-]|$)/i;

const wellFormed = (s: string): string => (s as string & { toWellFormed(): string }).toWellFormed();

export interface HtmlText {
  text: string;
  /** for each char of `text`, its offset in the HTML source */
  sourceOffsets: Int32Array;
}

/** The blocks of a part of a page, appended to `out`: a stack, not recursion, so that a page nested thousands deep cannot overflow the call stack. */
function appendBlocks(nodes: AnyNode[], out: LocatedText): void {
  const stack: (AnyNode | (() => void))[] = [...nodes].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'function') { item(); continue; }
    const node = item;
    if (node.type === 'text') {
      out.pushText((node as AnyNode & { data: string }).data, sourceStart(node));
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = el.name?.toLowerCase();
    if (name && (DROPPED.has(name) || el.attribs?.role === 'navigation' || CHROME.test(`${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`))) continue;
    const at = sourceStart(el);
    if (name === 'br') { out.push('\n', at); continue; }
    if (name === 'table' && renderTable(el, out, cellText)) continue;
    const heading = name ? HEADINGS[name] : undefined;
    const block = !!heading || (!!name && BLOCKS.has(name));
    if (block) out.breakLine(at);
    if (heading) out.push(heading, at);
    if (name && CELLS.has(name) && !out.empty && out.last !== '\n') out.push('\t', at);
    if (block) stack.push(() => out.breakLine(at));
    const children = el.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}

/** The text of a table cell (or caption) on one line. */
function cellText(cell: Element): Located {
  const text = new LocatedText();
  appendBlocks(cell.children, text);
  return oneLine(text.located());
}

/** Each line trimmed and blank ones dropped, every kept char keeping its offset; a line break keeps that of the break before its line. */
function trimLines({ text, offsets }: Located): HtmlText {
  const lines = paragraphs(text);
  const kept: number[] = [];
  lines.forEach((line, k) => {
    if (k) kept.push(offsets[text.lastIndexOf('\n', line.start)]!);
    for (let at = line.start; at < line.end; at++) kept.push(offsets[at]!);
  });
  return { text: lines.map((line) => line.text).join('\n'), sourceOffsets: Int32Array.from(kept) };
}

/**
 * The text of an HTML bulletin as blocks: headings (as Markdown headings, so article splitting
 * sees them), paragraphs and line breaks each on a line, and tables row by row (see renderTable).
 * Scripts, styles and navigation are dropped. Every char keeps its offset into the HTML.
 */
export function htmlToText(html: string): HtmlText {
  // a lone surrogate (broken UTF-16) becomes U+FFFD, one unit for one: offsets stay
  const $ = cheerio().load(wellFormed(html), { sourceCodeLocationInfo: true });
  const out = new LocatedText();
  appendBlocks([$.root()[0]!], out);
  return trimLines(out.located());
}
