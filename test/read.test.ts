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
      '规上工业增加值\t30.1亿元',
      '新签约项目\t9个',
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

describe('HTML tables and hostile pages', () => {
  const html = (page: string) => {
    const h = htmlToText(page);
    return extract({ file: 't.html', text: h.text, markup: { html: page, offsets: h.sourceOffsets } }, rules());
  };
  it('makes each table row a sentence of its own, a minus sign kept', () => {
    const records = extract(readSource('fixtures/html/table.html'), rules());
    expect(records.map((r) => `${r.zone} ${r.metric} ${r.value}${r.unit} ${r.measure}`)).toEqual([
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
