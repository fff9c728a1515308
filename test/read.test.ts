import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from '../src/read/decode.js';
import { parseSize, readSource } from '../src/read/readSource.js';
import { collectInputs } from '../src/read/collect.js';
import { htmlToText } from '../src/read/html.js';
import { extract } from '../src/pipeline.js';
import { rules } from './helpers.js';
import type { FigureRecord } from '../src/types.js';

const expected = '本刊讯 湖州莫干山高新区完成工业投资12.5亿元。\n';

describe('encodings', () => {
  it.each([
    ['fixtures/inputs/gb18030.txt', 'gb18030'],
    ['fixtures/inputs/utf16le-nobom.txt', 'utf-16le'],
    ['fixtures/inputs/utf16be-bom.txt', 'utf-16be'],
  ])('decodes %s as %s', (file, encoding) => {
    const decoded = decode(readFileSync(file));
    expect(decoded).toEqual({ text: expected, encoding });
  });
  it.each([
    ['fixtures/inputs/big5.txt', '本刊訊 營口經濟技術開發區完成工業投資12.5億元,同比增長8.2%。\n', 'big5'],
    ['fixtures/inputs/big5-hkscs.txt', '本刊訊 香港科學園一期完成投資12.5億元,邨內新增企業8家。\n', 'big5'],
    ['fixtures/inputs/utf16be-nobom.txt', '开发区一期完成投资5亿元。\n', 'utf-16be'],
    ['fixtures/inputs/utf16le-kai-nobom.txt', '本刊讯 开发区一期新开工项目12个。\n', 'utf-16le'],
  ])('tells %s apart from GB18030 and binary data', (file, text, encoding) => {
    expect(decode(readFileSync(file))).toEqual({ text, encoding });
  });
  it('refuses bytes whose encoding cannot be told, rather than read gibberish', () => {
    expect(() => decode(readFileSync('fixtures/inputs/ambiguous.txt'))).toThrow(/cannot tell the encoding/);
    expect(() => decode(readFileSync('fixtures/inputs/shift-jis.bin'))).toThrow(/cannot tell the encoding \(likeliest GB18030, then Shift_JIS\)/);
  });
  it('reads the figures of a Big5 bulletin', () => {
    const [r] = extract(readSource('fixtures/inputs/big5.txt'), rules());
    expect(r).toMatchObject({ value: 12.5, unit: '億元', metric: '工业投资' });
  });
  it('drops a UTF-8 BOM', () => {
    expect(decode(readFileSync('fixtures/inputs/bom.txt')).text.startsWith('高平')).toBe(true);
  });
  it('reads UTF-8 exactly as a fatal TextDecoder does: the same text, the same bytes refused, a second BOM dropped', () => {
    expect(decode(Buffer.from('\ufeff\ufeff高平')).text).toBe('高平');
    // pieces of well-formed and ill-formed UTF-8: surrogates, overlongs, past U+10FFFF, cut sequences
    const pieces = [[0x41], [0xe5, 0xbc, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0x80], [0xc3, 0xa9]];
    let random = 7;
    const next = (n: number): number => (random = (random * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(Array.from({ length: 1 + next(6) }, () => pieces[next(pieces.length)]!).flat());
      let expected: string | null = null;
      try { expected = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { /* not UTF-8 */ }
      let read: { text: string; encoding: string } | null = null;
      try { read = decode(bytes); } catch (error) { expect((error as Error).message).toMatch(/^(cannot decode|cannot tell the encoding|binary data)/); }
      if (expected === null) expect(read?.encoding).not.toBe('utf-8');
      else expect(read).toEqual({ text: expected, encoding: 'utf-8' });
    }
  });
  it('refuses bytes that are no text it knows, saying why', () => {
    expect(() => decode(readFileSync('fixtures/inputs/undecodable.txt'))).toThrow(/cannot decode/);
    expect(() => decode(readFileSync('fixtures/inputs/binary.bin'))).toThrow(/binary|cannot decode/);
  });
});

describe('HTML bulletins', () => {
  const source = readSource('fixtures/html/bulletin.html');
  const html = readFileSync('fixtures/html/bulletin.html', 'utf8');
  const records = extract(source, rules());
  it('turns headings, paragraphs, line breaks and table cells into text blocks', () => {
    expect(source.text.split('\n')).toEqual([
      '# 宁波高新区',
      '本刊讯 2024年一季度,宁波高新区完成工业投资\u00a012.5亿元,',
      '同比增长8.2%。',
      '指标\t数值',
      '数值：规上工业增加值30.1亿元。',
      '数值：新签约项目9个。',
    ]);
  });
  it('drops scripts, styles and navigation', () => {
    expect(source.text).not.toMatch(/99亿元|栏目|阅读|color/);
    expect(records.map((r) => r.value)).toEqual([12.5, 8.2, 30.1, 9]);
  });
  it('points start/end into the extracted text and line into the HTML source', () => {
    const r = records.find((x) => x.value === 30.1)!;
    expect(source.text.slice(r.start, r.end)).toBe('30.1亿元');
    expect(html.split('\n')[r.line - 1]!.slice(r.column - 1)).toMatch(/^30\.1亿元/);
    expect(r).toMatchObject({ zone: '宁波高新技术产业开发区', metric: '规模以上工业增加值' });
  });
});

describe('an HTML page from a government site', () => {
  const page = readSource('fixtures/html/gov-page.html');
  const records = extract(page, rules());
  it('reads figures split across inline tags, and leaves menus, footers and phone numbers out', () => {
    expect(records.map((r) => `${page.text.slice(r.start, r.end)} ${r.metric} ${r.measure} ${r.period}`)).toEqual([
      '512.6亿元 规模以上工业产值 level 2024Q1',
      '14.2% 规模以上工业产值 growth 2024Q1',
      '68.3亿元 固定资产投资 level 2024Q1',
      '21个 新签约亿元以上项目 level 2024Q1',
      '186亿元 协议总投资 level 2024Q1',
    ]);
    expect(page.text).not.toContain('政务公开');
  });
});

describe('inputs', () => {
  it('walks folders for bulletin files in sorted order and names what is missing', () => {
    const { files, problems } = collectInputs(['fixtures/inputs', 'nowhere']);
    expect(files).toEqual([...files].sort());
    expect(files.every((f) => /\.(txt|md|html?)$/.test(f))).toBe(true);
    expect(problems).toEqual([{ file: 'nowhere', reason: 'no such file or folder' }]);
  });
});

describe('what is read, and how much', () => {
  const cli = (args: string[], asUser = false) => {
    // as root every folder is readable: run as nobody to see a permission problem
    const user = asUser && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, ['bin/zone-extract.js', ...args], { encoding: 'utf8', timeout: 30_000, ...user });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
  };
  const bulletin = '湖州莫干山高新区完成工业投资12.5亿元。\n';
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-read-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'a.txt'), bulletin);
    return dir;
  };

  it('reads a FIFO nobody writes to without waiting, and skips one inside a folder', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const r = cli(['-f', 'jsonl', join(dir, 'pipe.txt'), dir]);
    expect(r.lines.map((l) => JSON.parse(l).file)).toEqual([join(dir, 'a.txt')]);
  });
  it('reads standard input of many chunks whole, and a file whole, the same', () => {
    const dir = folder();
    // a line per bulletin, numbered: a lost or repeated chunk changes the figures' values or offsets
    const many = Array.from({ length: 6000 }, (_, i) => `湖州莫干山高新区完成工业投资${i}亿元。\n`).join('');
    writeFileSync(join(dir, 'many.txt'), many);
    const piped = spawnSync(process.execPath, ['bin/zone-extract.js', '-f', 'jsonl', '--fields', 'value,start', '-'], { input: many, encoding: 'utf8' });
    const read = cli(['-f', 'jsonl', '--fields', 'value,start', join(dir, 'many.txt')]);
    expect(Buffer.byteLength(many)).toBeGreaterThan(4 * 65536);
    expect(read.lines).toHaveLength(6000);
    expect(JSON.parse(read.lines[5999]!)).toEqual({ value: 5999, start: many.lastIndexOf('5999') });
    expect(piped.stdout).toBe(read.stdout);
  });
  it('reads a device up to --max-size and names it; files over the limit are refused by name, the others read', () => {
    const dir = folder();
    writeFileSync(join(dir, 'big.txt'), bulletin.repeat(100));
    const r = cli(['-f', 'jsonl', '--max-size', '1k', '/dev/zero', join(dir, 'big.txt'), join(dir, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/dev/zero: larger than 1024 bytes (--max-size)');
    expect(r.stderr).toContain(`${join(dir, 'big.txt')}: larger than 1024 bytes (--max-size)`);
    expect(r.lines).toHaveLength(1);
  });
  it('refuses a size it cannot read', () => {
    expect(() => parseSize('10x')).toThrow(/not a size/);
    expect([parseSize('500k'), parseSize('64MB'), parseSize('100')]).toEqual([512000, 64 * 1024 * 1024, 100]);
  });
  it('names an unreadable subfolder and reads the rest', () => {
    const dir = folder();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'b.txt'), bulletin);
    chmodSync(join(dir, 'locked'), 0);
    const r = cli(['-f', 'jsonl', dir], true);
    expect(r.stderr.trim()).toBe(`zone-extract: ${join(dir, 'locked')}: permission denied`);
    expect(r.lines).toHaveLength(1);
  });
  it('reads a file named twice once, by its real path', () => {
    const dir = folder();
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    expect(collectInputs([join(dir, 'a.txt'), dir, join(dir, 'link.txt'), dir]).files).toEqual([join(dir, 'a.txt')]);
  });
  it('follows symbolic links to files and folders inside a folder, and names a loop', () => {
    const dir = folder();
    const other = folder();
    symlinkSync(other, join(dir, 'more'));
    symlinkSync(dir, join(dir, 'more-loop'));
    const { files, problems } = collectInputs([dir]);
    expect(files).toEqual([join(dir, 'a.txt'), join(dir, 'more', 'a.txt')]);
    expect(problems).toEqual([{ file: join(dir, 'more-loop'), reason: 'file system loop, not followed' }]);
  });
  it.each([[[]], [['-f', 'json']], [['-f', 'csv']], [['-f', 'table']], [['check']], [['check', '-f', 'json']], [['zones']]])('fails on a folder without bulletins, printing nothing: %j', (command) => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-empty-'));
    const r = cli([...command, dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zone-extract: no bulletins under ${dir}\n`);
    expect(r.stdout).toBe('');
  });
  it('still writes the bulletins it could read beside a folder without any', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-empty-'));
    const r = cli(['-f', 'json', dir, 'fixtures/inputs/bom.txt']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)[0].figures).toHaveLength(1);
  });
});

const html = (page: string) => {
  const h = htmlToText(page);
  return extract({ file: 't.html', text: h.text, markup: { html: page, offsets: h.sourceOffsets } }, rules());
};
const described = (records: FigureRecord[]): string[] => records.map((r) => `${r.zone} ${r.metric} ${r.value}${r.unit} ${r.measure}`);

describe('HTML tables and hostile pages', () => {
  it('makes each table row a sentence of its own, a minus sign kept', () => {
    const records = extract(readSource('fixtures/html/table.html'), rules());
    expect(described(records)).toEqual([
      '湖州莫干山高新技术产业开发区 工业投资 12.5亿元 level',
      '嘉兴经济技术开发区 营业收入 -5.2% growth',
      '温州高新技术产业开发区 新签约项目 9个 level',
    ]);
  });
  it('reads a page nested 5,000 elements deep', () => {
    const deep = `${'<div>'.repeat(5000)}<p>温州高新区新增企业120家。</p>${'</div>'.repeat(5000)}`;
    expect(html(deep).map((r) => r.value)).toEqual([120]);
  });
  it('replaces lone surrogates instead of failing', () => {
    const page = '<p>\udfff\udfff温州高新区新增企业120家。\ud800</p>';
    const text = htmlToText(page).text;
    expect(text).toBe('\ufffd\ufffd温州高新区新增企业120家。\ufffd');
    expect(html(page).map((r) => r.value)).toEqual([120]);
  });
});

describe('a header row gives the metrics and units of its columns, the first column the zone', () => {
  const file = 'fixtures/html/zone-table.html';
  const page = readFileSync(file, 'utf8');
  const source = readSource(file);
  const records = extract(source, rules());
  it('reads each row of figures as a sentence stating its header', () => {
    expect(source.text.split('\n')[2]).toBe('工业增加值：绍兴高新区120.5亿元；增长8.2%；营业收入：绍兴高新区356.4亿元；增速−5.2%；新签约项目：绍兴高新区14个。');
  });
  it('gives each figure the metric of its column, the unit of its header, the zone of its row', () => {
    expect(described(records)).toEqual([
      '绍兴高新技术产业开发区 工业增加值 120.5亿元 level',
      '绍兴高新技术产业开发区 工业增加值 8.2% growth',
      '绍兴高新技术产业开发区 营业收入 356.4亿元 level',
      '绍兴高新技术产业开发区 营业收入 -5.2% growth',
      '绍兴高新技术产业开发区 签约项目 14个 level',
      '浙江台州经济开发区 工业增加值 86.3亿元 level',
      '浙江台州经济开发区 工业增加值 -1.7% growth',
      '浙江台州经济开发区 营业收入 210.9亿元 level',
      '浙江台州经济开发区 营业收入 6.4% growth',
      '丽水经济技术开发区 工业增加值 41.2亿元 level',
      '丽水经济技术开发区 工业增加值 12% growth',
      '丽水经济技术开发区 营业收入 98.6亿元 level',
      '丽水经济技术开发区 营业收入 3.5% growth',
      '丽水经济技术开发区 签约项目 7个 level',
    ]);
    expect(new Set(records.map((r) => r.period))).toEqual(new Set(['2024-01..2024-06']));
  });
  it('keeps every figure pointing at its own cell in the HTML: offsets, line and column', () => {
    const lines = page.split('\n');
    for (const r of records) {
      const number = source.text.slice(r.start, r.end).replace(/[^0-9.\-−]+$/, '');
      expect(page.slice(source.markup!.offsets[r.start]).startsWith(number)).toBe(true);
      expect(lines[r.line - 1]!.slice(r.column - 1).startsWith(number)).toBe(true);
    }
    const cut = records.find((r) => r.value === 41.2)!;
    expect(lines[cut.line - 1]!.trim()).toBe('41.2</td><td>12</td><td>98.6</td><td>3.5</td><td>7</td></tr>');
  });
  it('reads a header two rows deep, under a title row, beside a number column', () => {
    const spanned = readSource('fixtures/html/spanned-header.html');
    expect(spanned.text.split('\n')[0]).toBe('2024年上半年各园区主要指标');
    expect(spanned.text.split('\n').at(-1)).toBe('其他园区数据暂缺');
    expect(described(extract(spanned, rules())).slice(0, 4)).toEqual([
      '衢州高新技术产业开发区 规模以上工业增加值 65.4亿元 level',
      '衢州高新技术产业开发区 规模以上工业增加值 9.1% growth',
      '衢州高新技术产业开发区 固定资产投资 33.2亿元 level',
      '衢州高新技术产业开发区 固定资产投资 -4.6% growth',
    ]);
  });
  it('reads metrics down the first column under an empty corner, the periods across the header', () => {
    const rows = extract(readSource('fixtures/html/metric-rows.html'), rules());
    expect(rows.map((r) => `${r.metric} ${r.value}${r.unit} ${r.measure}${r.measure === 'level' ? ` ${r.period}` : ''}`)).toEqual([
      '规模以上工业增加值 46.8亿元 level 2024-01..2024-06',
      '规模以上工业增加值 42.1亿元 level 2023-01..2023-06',
      '规模以上工业增加值 11.2% growth',
      '实际利用外资 1.3亿美元 level 2024-01..2024-06',
      '实际利用外资 1.1亿美元 level 2023-01..2023-06',
      '实际利用外资 18.2% growth',
      '新增市场主体 326户 level 2024-01..2024-06',
      '新增市场主体 301户 level 2023-01..2023-06',
      '市场主体 8.3% growth',
    ]);
    expect(new Set(rows.map((r) => r.zone))).toEqual(new Set(['衢州高新技术产业开发区']));
  });
  it.each([
    ['a header and no rows', '<table><tr><th>园区</th><th>工业增加值（亿元）</th></tr></table>', '园区\t工业增加值（亿元）'],
    ['rows without figures', '<table><tr><th>园区</th><th>主导产业</th></tr><tr><td>绍兴高新区</td><td>集成电路</td></tr></table>', '园区\t主导产业\n绍兴高新区\t集成电路'],
    ['no header', '<table><tr><td>绍兴高新区</td><td>12.5亿元</td></tr><tr><td>台州经开区</td><td>8亿元</td></tr></table>', '绍兴高新区\t12.5亿元\n台州经开区\t8亿元'],
    ['an empty table', '<table></table><p>绍兴高新区</p>', '绍兴高新区'],
    ['spans past the edges', '<table><tr><th rowspan="9">园区</th><th colspan="0">工业增加值（亿元）</th></tr><tr><td rowspan="5">120</td></tr></table>', '园区\t工业增加值（亿元）\n工业增加值：园区120亿元。'],
    ['a table inside a cell, read as plain rows', '<table><tr><td><table><tr><th>园区</th><th>投资（亿元）</th></tr><tr><td>绍兴高新区</td><td>3</td></tr></table></td></tr></table>', '园区\t投资（亿元）\n投资：绍兴高新区3亿元。'],
  ])('reads %s without failing', (_, page, text) => {
    expect(htmlToText(page).text).toBe(text);
    expect(() => html(page)).not.toThrow();
  });
  it('reads a table too large to lay out as plain rows', () => {
    const wide = `<table><tr><th>园区</th><th>投资（亿元）</th></tr>${'<tr><td colspan="1000">绍兴高新区</td><td>3</td></tr>'.repeat(1100)}</table>`;
    expect(htmlToText(wide).text.split('\n')[1]).toBe('绍兴高新区\t3');
  });
});
