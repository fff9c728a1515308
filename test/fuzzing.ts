import fc from 'fast-check';
import { extract } from '../src/pipeline.js';
import { htmlToText } from '../src/read/html.js';
import { formats } from '../src/emit/formats.js';
import { inFormat } from './helpers.js';
import { Chalk } from 'chalk';
import type { FigureRecord, Source } from '../src/types.js';
import type { Rules } from '../src/patterns/compile.js';

/** An identity or phone number as bulletins and forms print them, and its digits. */
export interface Personal { written: string; digits: string }

const digitString = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const fullWidth = (s: string): string => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const personal: fc.Arbitrary<Personal> = fc.oneof(
  fc.tuple(digitString(17), fc.constantFrom('X', '7', 'x')).map(([d, last]) => ({ digits: d + last, written: d + last })),
  digitString(15).map((d) => ({ digits: d, written: d })),
  digitString(17).map((d) => ({ digits: `${d}X`, written: `${d.slice(0, 6)} ${d.slice(6, 14)} ${d.slice(14)}X` })),
  digitString(17).map((d) => ({ digits: `${d}X`, written: fullWidth(`${d}X`) })),
  fc.tuple(fc.constantFrom('13', '15', '18', '19'), digitString(9)).map(([p, d]) => ({ digits: p + d, written: p + d })),
  fc.tuple(fc.constantFrom('13', '15', '18'), digitString(9)).map(([p, d]) => ({ digits: p + d, written: `${p}${d[0]} ${d.slice(1, 5)} ${d.slice(5)}` })),
  fc.tuple(fc.constantFrom('13', '15', '18'), digitString(9)).map(([p, d]) => ({ digits: p + d, written: `+86 ${p}${d[0]}-${d.slice(1, 5)}-${d.slice(5)}` })),
);

const number = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.integer({ min: 1000, max: 999999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 9999 }).map((n) => fullWidth(String(n))),
  fc.constantFrom('一', '两', '十二', '一千二百三十', '三万五千', '十亿', '一亿一亿一亿', '百', '十四五', '一二'),
  fc.tuple(fc.constantFrom('-', '－', '−', '+'), fc.integer({ min: 0, max: 999 })).map(([s, n]) => `${s}${n}`),
);
const unit = fc.constantFrom('亿元', '万元', '元', '%', '％', '个百分点', '个', '家', '户', '亩', '万平方米', '平方公里', '吨', '万千瓦时', '倍', '年', '月', '万元/亩', '');
const word = fc.constantFrom('高平经开区', '晋城经济技术开发区', '全市', '工业投资', '规模以上工业增加值', '营业收入', '同比增长', '下降', '占', '比重', '完成年度计划的',
  '力争', '目标', '其中', '分别为', '2023年', '1-6月', '上半年', '新签约项目', '开工率', '身份证号', '电话', '号码', '（', '）', '“', '”', '《', '》', '、', '，', ',', '。', '；', ':', '\n', '\n\n', '\t', ' ', '# ', '【', '】', '第', '约', '近', '超', '余');
const noise = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('\udfff', '\ud800', '\u0000', '\ufeff', '\u3000', '\r\n'));

/** A bulletin-like text: words, numbers with units, noise, and the personal numbers written into it. */
export const bulletin = fc.tuple(
  fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 3, arbitrary: fc.tuple(number, unit).map(([n, u]) => n + u) }, { weight: 1, arbitrary: noise }), { maxLength: 60 }),
  fc.array(personal, { maxLength: 2 }),
).map(([parts, ids]) => {
  const pieces = [...parts];
  ids.forEach((id, k) => pieces.splice((k * 7) % (pieces.length + 1), 0, `号码${id.written}的`));
  return { pieces, text: pieces.join(''), personal: ids };
});

const HTML_TAGS = ['<p>', '</p>', '<div>', '</div>', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<br>', '<h2>', '</h2>', '<script>', '</script>', '<tr><th>'];
/** A page: the pieces of a bulletin with tags between them (a tag inside a number would break it in two). */
export const page = fc.tuple(bulletin, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...HTML_TAGS)), { maxLength: 12 })).map(([b, tags]) => {
  const pieces = [...b.pieces];
  for (const [at, tag] of tags) pieces.splice(at % (pieces.length + 1), 0, tag);
  return { html: pieces.join(''), personal: b.personal };
});

export function sourceOfHtml(html: string): Source {
  const h = htmlToText(html);
  return { file: 'page.html', text: h.text, markup: { html, offsets: h.sourceOffsets } };
}

/** What must hold of every record: offsets within the text, finite numbers. Returns what does not. */
export function recordFaults(source: Source, records: FigureRecord[]): string[] {
  const faults: string[] = [];
  const lines = (source.markup?.html ?? source.text).split('\n').length;
  for (const r of records) {
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= source.text.length)) faults.push(`offsets ${r.start}..${r.end}`);
    if (!/[0-9０-９一二两三四五六七八九十百千万亿零〇]/.test(source.text.slice(r.start, r.end))) faults.push(`no number at ${r.start}..${r.end}: ${source.text.slice(r.start, r.end)}`);
    if (!(r.line >= 1 && r.line <= lines && r.column >= 1)) faults.push(`line ${r.line}:${r.column}`);
    for (const v of [r.value, r.base_value, r.value_max ?? 0]) if (!Number.isFinite(v)) faults.push(`value ${v}`);
  }
  return faults;
}

/**
 * Seven characters in a row of a personal number, as written or as bare digits, that no figure
 * would print by chance: three different digits or more, and not the zeros of a base value (3400000).
 */
const telling = (w: string): boolean => new Set(w.replace(/\D/g, '')).size >= 3 && (w.match(/0/g) ?? []).length <= 2;

/** The stretches of personal numbers printed in an output: there must be none. */
export function leaks(output: string, ids: Personal[]): string[] {
  const windows = ids.flatMap((id) => [id.written, id.digits].flatMap((s) => Array.from({ length: Math.max(0, s.length - 6) }, (_, k) => s.slice(k, k + 7))));
  return windows.filter((w) => telling(w) && output.includes(w));
}

const plain = { bom: false, paint: new Chalk({ level: 0 }) };

/** The records written in every format; xlsx as the text of its cells. */
async function inEveryFormat(records: FigureRecord[], withXlsx: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const format of formats) {
    if (format === 'xlsx' && !withXlsx) continue;
    const rendered = await inFormat(records, format, plain);
    out.push(typeof rendered === 'string' ? rendered : await xlsxText(rendered));
  }
  return out;
}

async function xlsxText(buffer: Buffer): Promise<string> {
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  await book.xlsx.load(buffer);
  return book.worksheets.flatMap((w) => w.getSheetValues().flatMap((row) => (row as unknown[] | undefined) ?? [])).join('|');
}

/** One fuzz property over text bulletins and one over HTML pages, `runs` cases each. */
export async function fuzzPipeline(rules: Rules, runs: number, seed?: number): Promise<void> {
  let n = 0;
  const check = async (source: Source, ids: Personal[]): Promise<boolean> => {
    const records = extract(source, rules);
    const faults = recordFaults(source, records);
    if (faults.length) throw new Error(faults.join('; '));
    const outputs = await inEveryFormat(records, n++ % 25 === 0);
    const leaked = outputs.flatMap((o) => leaks(o, ids));
    if (leaked.length) throw new Error(`personal digits printed: ${leaked.join(', ')}`);
    return true;
  };
  await fc.assert(fc.asyncProperty(bulletin, (b) => check({ file: 'f.txt', text: b.text }, b.personal)), { numRuns: runs, seed });
  await fc.assert(fc.asyncProperty(page, (p) => check(sourceOfHtml(p.html), p.personal)), { numRuns: Math.ceil(runs / 4), seed });
}
