import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { figuresOf, rules } from './helpers.js';
import { chineseValue } from '../src/recognise/numerals.js';
import { repeatedSpans } from '../src/recognise/repeats.js';
import { toTwelveDigits } from '../src/lib/significant.js';

const text = readFileSync('fixtures/recognise/phenomena.txt', 'utf8');
const found = figuresOf(text);
const printed = (f: { start: number; end: number }): string => text.slice(f.start, f.end);
const byPrint = (p: string) => found.find((f) => printed(f) === p);

describe('Chinese numerals', () => {
  it.each([['一千二百三十', 1230], ['二十', 20], ['百', 100], ['两', 2], ['三万五千', 35000], ['十', 10]])('%s = %d', (numeral, value) => {
    expect(chineseValue(numeral as string, rules().lexicon)).toBe(value);
  });
  it.each(['十四五', '一二', '两两'])('%s is a name, not a number', (numeral) => {
    expect(chineseValue(numeral, rules().lexicon)).toBeNaN();
  });
});

describe('numbers and units in a crafted bulletin', () => {
  it('reads thousands separators, ASCII and full-width', () => {
    expect(byPrint('1,229个')?.value).toBe(1229);
    expect(byPrint('1，050个')?.value).toBe(1050);
  });
  it('reads full-width digits and keeps the printed offsets', () => {
    const f = byPrint('３２．５亿元');
    expect(f).toMatchObject({ value: 32.5, unit: '亿元', base_value: 3.25e9, base_unit: '元' });
  });
  it('reads areas in every printed form', () => {
    expect(byPrint('8.6万平米')).toMatchObject({ base_value: 86000, base_unit: 'm²' });
    expect(byPrint('2300㎡')).toMatchObject({ base_unit: 'm²' });
    expect(byPrint('0.5平方公里')).toMatchObject({ base_value: 500000, base_unit: 'm²' });
  });
  it('looks for a unit only after a number that goes on into one, a multiplier, a qualifier or a range', () => {
    const { lexicon, patterns } = rules();
    const goesOn = [...patterns.units.units.flatMap((u) => u.forms), ...Object.keys(patterns.units.multipliers),
      ...patterns.numbers.qualifiers.between.flatMap((q) => q.words), ...patterns.numbers.range_connectors];
    expect(goesOn.filter((w) => !lexicon.followsNumber(w.charCodeAt(0)))).toEqual([]);
    expect(['的', '，', '年'].filter((c) => lexicon.followsNumber(c.charCodeAt(0)))).toEqual(['年']);
  });
  it('reads Chinese numerals with qualifiers', () => {
    expect(byPrint('二十余家')).toMatchObject({ value: 20, qualifier: 'over' });
    expect(byPrint('百余批次')).toMatchObject({ value: 100, qualifier: 'over', unit: '批次' });
    expect(byPrint('一千二百三十名')?.value).toBe(1230);
  });
  it('reads capacities and compound units', () => {
    expect(byPrint('12MW')).toMatchObject({ base_value: 1.2e7, base_unit: 'W' });
    expect(byPrint('3GWh')?.base_unit).toBe('Wh');
    expect(byPrint('110kV')?.base_value).toBe(110000);
    expect(byPrint('2万吨/年')?.unit).toBe('万吨/年');
    expect(byPrint('45万元/亩')).toMatchObject({ base_value: 450000, base_unit: '元/亩' });
  });
  it('signs a decline and reads durations', () => {
    expect(byPrint('35%')).toMatchObject({ value: -35, measure: 'growth' });
    expect(byPrint('2个工作日')).toMatchObject({ qualifier: 'under', base_unit: '天' });
    expect(byPrint('3.5%')?.value).toBe(-3.5);
    expect(byPrint('12%')?.qualifier).toBe('approx');
  });
  it('reads ranges and the "over" qualifier', () => {
    expect(byPrint('3至5家')).toMatchObject({ value: 3, value_max: 5 });
    expect(byPrint('1-2条')).toMatchObject({ value: 1, value_max: 2 });
    expect(byPrint('8亿元')?.qualifier).toBe('over');
  });
  it('reads times, over/under words and percentages in every position', () => {
    expect(byPrint('1.5倍')).toMatchObject({ value: 1.5, base_unit: '倍' });
    expect(byPrint('3亿元')?.qualifier).toBe('over');
    expect(byPrint('20亩')?.qualifier).toBe('under');
    expect(byPrint('5吨')?.qualifier).toBe('under');
    expect(byPrint('42.5%')).toMatchObject({ value: 42.5, measure: 'share' });
    expect(byPrint('16 ％')).toMatchObject({ value: 16, unit: '%', measure: 'growth' });
    expect(byPrint('9%')?.qualifier).toBe('approx');
    expect(byPrint('12%')).toBeDefined();
  });
  it('reads numbers inside a sentence of names, but not the names', () => {
    const line8 = text.indexOf('八、');
    expect(found.filter((f) => f.start > line8).map(printed)).toEqual(['5万吨', '十亿袋', '两条', '二十余项']);
  });
  it('reports nothing from dates, ordinals, names, codes and identity numbers', () => {
    const line6 = text.indexOf('六、');
    const line7 = text.indexOf('七、');
    expect(found.filter((f) => f.start > line6 && f.start < line7).map(printed)).toEqual([]);
    expect(JSON.stringify(found)).not.toContain('11010519491231002X');
  });
});

describe('OCR repeats', () => {
  it('finds a phrase printed back to back, and leaves ordinary repetition alone', () => {
    const damaged = '全年建成5万平米厂房并交付使用,' + '建成5万平米厂房并交付使用,'.repeat(5) + '其余正常。';
    expect(repeatedSpans(damaged).length).toBe(1);
    expect(repeatedSpans('工业投资完成1亿元。工业投资完成2亿元。下一段落说别的事。工业投资完成3亿元。')).toEqual([]);
    expect(repeatedSpans('身份证号******************的开工率达到了百分之九十,另一号码************。')).toEqual([]);
  });
  it('counts a printing as a repeat only within 40 characters of the one before', () => {
    const phrase = '新建标准厂房六万平方米';
    const filler = (n: number, k: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + 97 * k + i)).join('');
    const printed = (gap: number) => [0, 1, 2, 3].map((k) => phrase + filler(gap, k)).join('');
    expect(repeatedSpans(printed(30))).toEqual([{ start: phrase.length + 30, end: 4 * phrase.length + 3 * 30 }]);
    expect(repeatedSpans(printed(45))).toEqual([]);
  });
  it('finds damage as far into a long text as at its start', () => {
    const phrase = '新建标准厂房六万平方米';
    const prose = (n: number, k: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(0x4e00 + 131 * k + (i * 7) % 500)).join('');
    const damage = phrase.repeat(4);
    const spanAt = (lead: number) => [{ start: lead + phrase.length, end: lead + damage.length }];
    expect(repeatedSpans(damage)).toEqual(spanAt(0));
    for (const lead of [1000, 1037]) expect(repeatedSpans(prose(lead, 1) + damage + prose(300, 2))).toEqual(spanAt(lead));
  });
  it('finds what comparing every run with each of the 50 before it finds', () => {
    // the definition, run by run: a printing's count is that of the nearest identical run in the 50 characters before, plus one
    const GRAM = 10;
    const reference = (s: string) => {
      const count = new Map<number, number>();
      const second = new Map<number, number>();
      const runs: { start: number; end: number }[] = [];
      for (let at = 0; at + GRAM <= s.length; at++) {
        const run = s.slice(at, at + GRAM);
        if (/\s/.test(run) || new Set(run).size === 1) continue;
        for (let p = at - 1; p >= Math.max(0, at - 50); p--) {
          if (s.slice(p, p + GRAM) !== run) continue;
          count.set(at, (count.get(p) ?? 1) + 1);
          second.set(at, count.get(at) === 2 ? at : second.get(p)!);
          if (count.get(at)! >= 4) runs.push({ start: second.get(at)!, end: at + GRAM });
          break;
        }
      }
      const merged: { start: number; end: number }[] = [];
      for (const r of runs.sort((x, y) => x.start - y.start)) {
        const top = merged[merged.length - 1];
        if (top && r.start <= top.end + GRAM) top.end = Math.max(top.end, r.end); else merged.push({ ...r });
      }
      return merged;
    };
    let seed = 7;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const alphabets = ['一二三 四\n五', '一二', 'ab', '一二三四五六七八九十甲乙丙丁 '];
    let withDamage = 0;
    for (let t = 0; t < 600; t++) {
      const alphabet = alphabets[t % alphabets.length]!;
      let s = '';
      for (const length = 50 + random(400); s.length < length;) {
        if (random(100) < 15 && s.length > 12) { const n = 8 + random(20); s += s.substr(Math.max(0, s.length - n - random(60)), n); }
        else s += alphabet[random(alphabet.length)];
      }
      const expected = reference(s);
      if (expected.length) withDamage++;
      expect(repeatedSpans(s)).toEqual(expected);
    }
    expect(withDamage).toBeGreaterThan(100);
  });
  it('reports a repeated figure once and marks figures inside damage', () => {
    const damaged = '全年建成5万平米厂房并交付使用,' + '建成5万平米厂房并交付使用,'.repeat(5) + '建成7万平米厂房并交付使用。';
    const figures = figuresOf(damaged);
    expect(figures.filter((f) => f.value === 5)).toHaveLength(1);
    expect(figures.find((f) => f.value === 7)?.quality).toBe('ocr_repeat');
  });
});

describe('quoted names', () => {
  it('recovers the pairing of straight quotes after OCR drops one', async () => {
    const { quotedSpans } = await import('../src/recognise/quotedSpans.js');
    const t = '被认定为"专精特新企业,荣获"示范工厂";众禾"日产300万块甜品"项目';
    const spans = quotedSpans(t).map((s) => t.slice(s.start, s.end));
    expect(spans).toContain('示范工厂');
    expect(spans).toContain('日产300万块甜品');
  });
});

describe('signs and sizes', () => {
  const rows = (t: string): string[] => figuresOf(t).map((r) => `${t.slice(r.start, r.end)} ${r.value} ${r.base_value}`);
  it('keeps an explicit minus sign, ASCII, full-width or U+2212', () => {
    expect(rows('工业投资完成-5亿元,同比增长-3%。营业收入－8亿元,增长−2.5%。')).toEqual(['-5亿元 -5 -500000000', '-3% -3 -3', '－8亿元 -8 -800000000', '−2.5% -2.5 -2.5']);
  });
  it('reads a hyphen between numbers as a range or a span of months, not a sign', () => {
    expect(rows('1-6月新增项目5个,投资3-5亿元。')).toEqual(['5个 5 5', '3-5亿元 3 300000000']);
  });
  it('refuses a figure whose value is no finite number', () => {
    const values = figuresOf(`高平经开区工业投资${'一亿'.repeat(38)}一亿元,营业收入5亿元。`).flatMap((r) => [r.value, r.base_value]);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(values).toContain(5);
  });
});

describe('values to twelve significant digits', () => {
  it('keeps an integer as it is, rounds the float noise of a product, and never gives -0', () => {
    expect(toTwelveDigits(120000)).toBe(120000);
    expect(toTwelveDigits(0.1 * 3)).toBe(0.3);
    expect(toTwelveDigits(1.15 * 1e8)).toBe(115000000);
    expect(Object.is(toTwelveDigits(-0), 0)).toBe(true);
    expect(toTwelveDigits(1234567890123456)).toBe(1234567890120000);
  });
});

describe('exclusions read per line and per candidate (perf-text7)', () => {
  it('reads a line of quotes as the whole text reads it there', async () => {
    const { quotedSpans } = await import('../src/recognise/quotedSpans.js');
    const t = '开展"三个一批"活动,\n“五个一”工作法"年产100万台"\n新建5个“园中园”';
    const lines = t.split('\n');
    let start = 0;
    const byLine = lines.flatMap((line) => { const spans = quotedSpans(t, start, start + line.length); start += line.length + 1; return spans; });
    const sorted = (spans: { start: number; end: number }[]) => [...spans].sort((a, b) => a.start - b.start);
    expect(sorted(byLine)).toEqual(sorted(quotedSpans(t)));
  });
  it('excludes numbers in short quotes and titles, line after line, and keeps those outside', () => {
    const rows = figuresOf('开展"三个一批"活动,新建5个项目。\n落实《关于表彰2个先进单位的决定》,表彰3个单位。\n“五个一”工作法覆盖7个园区,"年产100万台电子乐器"').map((f) => `${f.value} ${f.unit}`);
    expect(rows).toEqual(['5 个', '3 个', '7 个']);
  });
});
