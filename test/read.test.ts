import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode } from '../src/read/decode.js';
import { readSource } from '../src/read/readSource.js';
import { collectInputs } from '../src/read/collect.js';
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
    expect(r).toMatchObject({ zone: '宁波高新区', metric: '规模以上工业增加值' });
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
