import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normalise, toSourceEnd, toSourceOffset } from '../src/normalise/normalise.js';
import { isTraditional, traditionalOnlyChars } from '../src/normalise/script.js';
import { builtTraditionalFile } from '../src/patterns/builtin.js';
import { extract } from '../src/pipeline.js';
import type { FigureRecord } from '../src/types.js';
import { rules, rowsOf } from './helpers.js';

const norm = (text: string) => normalise({ file: 't', text });

describe('normalise', () => {
  it('turns full-width digits and ％ into ASCII', () => {
    expect(norm('增长６７．５％').text).toBe('增长67.5%');
  });
  it('joins a figure broken by spaces', () => {
    expect(norm('实现营业收入 8800 万元').text).toBe('实现营业收入8800万元');
    expect(norm('近 60 万 m²').text).toBe('近60万m²');
  });
  it('joins a figure broken across an OCR line break', () => {
    expect(norm('不到3\n\n个月实现').text).toBe('不到3个月实现');
  });
  it('keeps two numbers apart and paragraph breaks elsewhere', () => {
    expect(norm('表 1 2 号').text).toContain('1 2');
    expect(norm('完成。\n\n二是').text).toBe('完成。\n\n二是');
  });
  it('maps every offset back to the source text', () => {
    const source = '共 出让 ５ 宗\n\n不到3\n\n个月';
    const n = norm(source);
    const at = n.text.indexOf('5');
    expect(source[toSourceOffset(n, at)]).toBe('５');
    const months = n.text.indexOf('个月');
    expect(source.slice(toSourceOffset(n, months), toSourceEnd(n, months + 2))).toBe('个月');
    expect(toSourceOffset(n, n.text.length)).toBe(source.length);
  });
});

describe('figures in web-page spacing and across OCR line breaks', () => {
  it.each([
    ['出口2 100万美元,共1 234 567元', '出口2100万美元,共1234567元'],
    ['2023 100家', '2023 100家'],
    ['第1 22个', '第1 22个'],
    ['投资12.\n5亿元', '投资12.5亿元'],
    ['投资12\n.5亿元', '投资12.5亿元'],
    ['投资12.5亿\n元', '投资12.5亿元'],
    ['共12\n35家', '共12\n35家'],
    ['投资60 万 平方米', '投资60万平方米'],
    ['万 元', '万 元'],
  ])('reads %j as %j (a thousands space; a number or its unit broken by a line break; two numbers stay two)', (input, expected) => {
    expect(norm(input).text).toBe(expected);
  });
});

describe('pinyin glosses', () => {
  it('drops a pinyin syllable in brackets after a character, keeping offsets', () => {
    const source = '營口經(jīng)濟(jì)開(kāi)發(fā)區（qū）的(de)投資5億元';
    const n = norm(source);
    expect(n.text).toBe('营口经济开发区的投资5亿元');
    expect(source.slice(toSourceOffset(n, n.text.indexOf('5')), toSourceEnd(n, n.text.length))).toBe('5億元');
  });
  it('leaves brackets that are no gloss, and a stray unmarked syllable', () => {
    expect(norm('面积(m)和功率(kW),注(de)').text).toBe('面积(m)和功率(kW),注(de)');
    expect(norm('实际(shí)到位').text).toBe('实际到位');
    expect(norm('开发区(qu1)').text).toBe('开发区');
  });
});

describe('traditional characters', () => {
  it('are told by the characters the build wrote, the ones the OpenCC tables give today', () => {
    const built = readFileSync(builtTraditionalFile, 'utf8');
    expect([...built]).toEqual(traditionalOnlyChars());
    expect(built).toContain('國');
    expect(built).not.toContain('国');
  });
  it('simplifies a traditional text for recognition, one code point for one', () => {
    const n = norm('開發區完成工業投資12.5億元,同比增長8%');
    expect(n.text).toBe('开发区完成工业投资12.5亿元,同比增长8%');
    expect(n.script?.printedAt.get(0)).toBe('開');
  });
  it('leaves a simplified text as it is, even where the converter would rewrite a character', () => {
    const text = '乾隆年间著名的开发区完成工业投资12.5亿元';
    const n = norm(text);
    expect(n.text).toBe(text);
    expect(n.script).toBeUndefined();
    expect(isTraditional(text)).toBe(false);
  });
  it('maps offsets by code point where a character moves between Unicode planes', () => {
    const source = '㗲𠗣區投資5億元';
    const n = norm(source);
    expect(n.text).toBe('𠵾㓆区投资5亿元');
    const five = n.text.indexOf('5');
    expect(source.slice(toSourceOffset(n, five), toSourceEnd(n, five + 3))).toBe('5億元');
    expect(source.slice(0, toSourceEnd(n, 2))).toBe('㗲');
    expect(source.slice(toSourceOffset(n, 2), toSourceEnd(n, 3))).toBe('𠗣');
  });
  it('gives records simplified zones and metrics and printed units, metric text and clauses', () => {
    const text = '本報訊 高平經濟技術開發區完成工業投資12.5億元。';
    const [r] = extract({ file: 't.txt', text }, rules());
    expect(r).toMatchObject({ zone: '高平经济技术开发区', metric: '工业投资', metric_text: '工業投資', unit: '億元', value: 12.5, text });
    expect(text.slice(r!.start, r!.end)).toBe('12.5億元');
  });
});

describe('the seeds in traditional characters', () => {
  const golden = readFileSync('fixtures/golden/seeds.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as FigureRecord);
  const files = readdirSync('fixtures/traditional').filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join('fixtures/traditional', f), 'utf8')]));
  const records = files.flatMap((f) => extract({ file: f, text: texts.get(f)! }, rules()));
  const same: (keyof FigureRecord)[] = ['zone', 'metric', 'value', 'base_value', 'base_unit', 'measure', 'status', 'period', 'start', 'end'];

  it('give the records of the simplified seeds, field by field, within 2%', () => {
    expect(records.map((r) => r.file)).toEqual(golden.map((g) => basename(g.file)));
    const differing = records.filter((r, i) => same.some((k) => r[k] !== golden[i]![k]));
    expect(differing.length).toBeLessThanOrEqual(golden.length * 0.02);
  });
  it('quote the traditional text: units, metric text and clauses as printed', () => {
    for (const r of records) {
      const text = texts.get(r.file)!;
      expect(text.slice(r.start, r.end).replace(/\s/g, '')).toContain(r.unit);
      expect(text).toContain(r.text);
    }
    const metricChars = records.flatMap((r) => [...(r.metric_text ?? '')].map((c) => r.text.includes(c)));
    expect(metricChars.filter(Boolean).length).toBeGreaterThan(metricChars.length * 0.97);
  });
  it('find every figure of the converted gold', () => {
    for (const f of files) {
      const gold = readFileSync(join('fixtures/traditional', f.replace(/\.txt$/, '.jsonl')), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldRecord);
      const text = texts.get(f)!;
      for (const g of gold.filter((x) => !x.optional)) {
        let at = -1;
        for (let k = 0; k < (g.occurrence ?? 1); k++) at = text.indexOf(g.quote, at + 1);
        expect(at, g.quote).toBeGreaterThanOrEqual(0);
        const found = records.some((r) => r.file === f && r.start >= at && r.start < at + g.quote.length && Math.abs(r.value) === Math.abs(g.value));
        expect(found, `${f}: ${g.quote}`).toBe(true);
      }
    }
  });
});

interface GoldRecord { quote: string; occurrence?: number; value: number; optional?: boolean }

describe('web copies', () => {
  const path = 'fixtures/normalise/web-copy.txt';
  const text = readFileSync(path, 'utf8');
  it('take no figures from page chrome, and one from a headline repeated as 原标题', () => {
    expect(rowsOf(path, ['metric'])).toEqual([
      '15% 工业投资',
      '12.5亿元 工业投资',
      '15% 工业投资',
      '9个 新签约亿元以上项目',
      '86亿元 新签约亿元以上项目总投资',
      '12家 新增规模以上工业企业',
      '30.1亿元 规模以上工业增加值',
    ]);
  });
  it('are recognised in traditional characters too', () => {
    const n = normalise({ file: 't', text: '原標題:莫干山高新區投資增長15%\n責任編輯:王芳\n高新區投資增長15%。' }, rules().chrome);
    expect(n.text).toBe('\n\n高新区投资增长15%。');
  });
  it('keep the dateline before a source label, and offsets into the page as printed', () => {
    const n = normalise({ file: path, text }, rules().chrome);
    expect(n.text).toContain('2024-04-12 09:30');
    expect(n.text).not.toMatch(/来源|原标题|责任编辑|ICP|版权所有|浏览次数|全文共|点赞|首页/);
    const at = n.text.indexOf('12.5亿元');
    expect(text.slice(toSourceOffset(n, at), toSourceEnd(n, at + 6))).toBe('12.5亿元');
  });
});
