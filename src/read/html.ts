import type { AnyNode, Element } from 'domhandler';
import { lazyRequire } from '../lib/lazy.js';

const cheerio = lazyRequire<typeof import('cheerio')>('cheerio');

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'head', 'iframe', 'svg', 'button', 'form']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'table', 'tr', 'blockquote', 'pre', 'header', 'footer', 'main', 'aside', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'caption']);
const HEADINGS: Record<string, string> = { h1: '# ', h2: '## ', h3: '### ', h4: '#### ', h5: '##### ', h6: '###### ' };
const CELLS = new Set(['td', 'th']);
/** class or id of a site's chrome: menus, breadcrumbs, footers */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumbs|footer|copyright|share|sidebar)([\s_-]|$)/i;

const wellFormed = (s: string): string => (s as string & { toWellFormed(): string }).toWellFormed();

export interface HtmlText {
  text: string;
  /** for each char of `text`, its offset in the HTML source */
  sourceOffsets: Int32Array;
}

/**
 * The text of an HTML bulletin as blocks: headings (as Markdown headings, so article splitting
 * sees them), paragraphs, line breaks and table rows (cells apart by a tab) each on a line.
 * Scripts, styles and navigation are dropped. Every char keeps its offset into the HTML.
 */
export function htmlToText(html: string): HtmlText {
  // a lone surrogate (broken UTF-16) becomes U+FFFD, one unit for one: offsets stay
  const $ = cheerio().load(wellFormed(html), { sourceCodeLocationInfo: true });
  const chars: string[] = [];
  const offsets: number[] = [];
  const push = (s: string, at: number): void => { for (const c of s) { chars.push(c); offsets.push(at); } };
  const breakLine = (at: number): void => { if (chars.length && chars[chars.length - 1] !== '\n') push('\n', at); };
  const startOf = (node: AnyNode): number => (node as AnyNode & { sourceCodeLocation?: { startOffset: number } }).sourceCodeLocation?.startOffset ?? 0;
  // a stack, not recursion: a page nested thousands deep must not overflow the call stack
  const stack: (AnyNode | (() => void))[] = [$.root()[0]!];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'function') { item(); continue; }
    const node = item;
    if (node.type === 'text') {
      const data = (node as AnyNode & { data: string }).data.replace(/[ \t\r\n]+/g, ' ');
      const at = startOf(node);
      for (let k = 0; k < data.length; k++) { chars.push(data[k]!); offsets.push(at + k); }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = el.name?.toLowerCase();
    if (name && (DROPPED.has(name) || el.attribs?.role === 'navigation' || CHROME.test(`${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`))) continue;
    const at = startOf(el);
    if (name === 'br') { push('\n', at); continue; }
    const heading = name ? HEADINGS[name] : undefined;
    const block = !!heading || (!!name && BLOCKS.has(name));
    if (block) breakLine(at);
    if (heading) push(heading, at);
    if (name && CELLS.has(name) && chars.length && chars[chars.length - 1] !== '\n') push('\t', at);
    if (block) stack.push(() => breakLine(at));
    const children = el.children ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  // trim each line and drop blank ones, keeping every kept char's offset
  const lines: string[] = [];
  const kept: number[] = [];
  let i = 0;
  for (const line of chars.join('').split('\n')) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      if (lines.length) kept.push(offsets[i - 1] ?? 0);
      for (let k = 0; k < trimmed.length; k++) kept.push(offsets[i + lead + k]!);
      lines.push(trimmed);
    }
    i += line.length + 1;
  }
  const text = lines.join('\n');
  return { text, sourceOffsets: Int32Array.from(kept) };
}
