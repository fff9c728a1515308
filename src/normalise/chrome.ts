import type { Patterns } from '../patterns/schema.js';
import { RewriteBuilder, type Rewrite } from './rewrite.js';
import { anyOf, escapeRegExp } from '../lib/regex.js';

/** The page chrome of web copies (patterns/chrome.yaml), compiled. */
export interface Chrome {
  maxLineLength: number;
  label: RegExp;
  /** any of the marker words */
  markers: RegExp;
  menuWords: Set<string>;
  /** a line whose first item may be a menu word or a count: it opens with a digit or #, or with a menu word's first character */
  menuStart: RegExp;
  separators: RegExp;
  breadcrumbSeparators: string[];
}

/** A number as chrome counts print it (3521, 2.3万): menu words write it as #. */
const COUNT = /\d+(?:\.\d+)?[万千]?/g;
/** Where a sentence ends, a label's value has run into the bulletin's text. */
const SENTENCE_END = /[。！？；!?;]/;

/** the colons a label ends with */
const LABEL_COLONS = [':', '：'];
/** a loop, not a callback made for each line */
function holdsLabelColon(line: string): boolean {
  for (const colon of LABEL_COLONS) if (line.includes(colon)) return true;
  return false;
}

/** A label word and its colon, where no character of a longer word stands before it (数据来源: is a note, not chrome). */
export function labelPattern(words: string[]): RegExp {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\u3400-\\u9fff])(?:${anyOf(longestFirst)})\\s*[${LABEL_COLONS.join('')}]`);
}

export function compileChrome(p: Patterns['chrome']): Chrome {
  const separators = `[\\s${p.menus.separators.map(escapeRegExp).join('')}]`;
  const menuFirstChars = [...new Set(p.menus.words.map((w) => String.fromCodePoint(w.codePointAt(0)!)))];
  return {
    maxLineLength: p.max_line_length,
    label: labelPattern(p.labels.words),
    markers: new RegExp(anyOf(p.markers.words)),
    menuWords: new Set(p.menus.words),
    menuStart: new RegExp(`^${separators}*(?:[\\d#]|${anyOf(menuFirstChars)})`),
    separators: new RegExp(`${separators}+`),
    breadcrumbSeparators: p.menus.breadcrumb_separators,
  };
}

/** A menu item as isMenu reads it: a count (2.3万, 28条) is #. */
const asItem = (item: string): string => item.replace(COUNT, '#');

/** Navigation: a line of menu words and counts (分享 微信 微博, 阅读 2.3万 评论 28条), or a breadcrumb from one. */
function isMenu(line: string, c: Chrome): boolean {
  // either way the first item is a menu word or a count (# after asItem): split no further where it cannot be (most short lines)
  if (!c.menuStart.test(line)) return false;
  const found = line.split(c.separators, 2).find(Boolean);
  const first = found === undefined ? undefined : asItem(found);
  if (first === undefined || (first !== '#' && !c.menuWords.has(first))) return false;
  const items = line.split(c.separators).filter(Boolean).map(asItem);
  if (items.every((item) => item === '#')) return false;
  if (c.breadcrumbSeparators.some((s) => line.includes(s)) && c.menuWords.has(items[0]!)) return true;
  return items.every((item) => c.menuWords.has(item) || item === '#');
}

/** Where page chrome starts in a line (0: the whole line), or -1 where the line is the bulletin's. */
function chromeStart(line: string, c: Chrome): number {
  if (line.length > c.maxLineLength || !line.trim()) return -1;
  if (c.markers.test(line) || isMenu(line, c)) return 0;
  // a label ends with a colon: the regex, which opens with a look behind, is not run on a line without one
  const label = holdsLabelColon(line) ? c.label.exec(line) : null;
  return label && !SENTENCE_END.test(line.slice(label.index)) ? label.index : -1;
}

/**
 * Drop the page chrome of a web copy, line by line (a headline repeated after 原标题, a source,
 * an editor, share buttons, page counters, footers); null where there is none. Line breaks stay.
 */
export function removeChrome(text: string, c: Chrome): Rewrite | null {
  const cuts: [number, number][] = [];
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const from = end - start <= c.maxLineLength ? chromeStart(text.slice(start, end), c) : -1;
    if (from >= 0) cuts.push([start + from, end]);
    start = end + 1;
  }
  if (cuts.length === 0) return null;
  const out = new RewriteBuilder(text.length);
  let at = 0;
  for (const [from, to] of cuts) {
    out.keep(text, at, from);
    at = to;
  }
  out.keep(text, at, text.length);
  return out.done(text.length);
}
