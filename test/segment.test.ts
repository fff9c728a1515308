import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresOf, rowsOf, rules } from './helpers.js';
import { splitArticles, toArticleSpans } from '../src/segment/articles.js';
import { timeReader } from '../src/segment/timeExpressions.js';
import { FULL_DATE, articleDates, sectionMarker } from '../src/segment/documentDate.js';
import { normalise } from '../src/normalise/normalise.js';
import { sentenceSpans } from '../src/segment/sentences.js';
import { paragraphs } from '../src/lib/paragraphs.js';
import { findZoneMentions, indexPlaceNames, namePartTester, placeNamesFromBytes } from '../src/segment/gazetteer.js';
import { builtPlaceNames, builtRules, loadPlaces } from '../src/patterns/builtin.js';
import { placeNamesFor } from '../src/patterns/compile.js';
import { loadPatterns } from '../src/patterns/load.js';
import { WordIndex } from '../src/lib/wordIndex.js';
import { charClass, codeAt, holdsChar, isWhiteSpace } from '../src/lib/chars.js';

const text = readFileSync('fixtures/segment/multi-article.txt', 'utf8');
const figures = figuresOf(text);
const zoneOf = (printed: string) => {
  const f = figures.find((r) => text.slice(r.start, r.end) === printed);
  return f && `${f.zone_level}:${f.zone}${f.park ? `/${f.park}` : ''}`;
};

describe('article boundaries', () => {
  it('splits at datelines, bylines and title lines', () => {
    const drafts = splitArticles(text, rules().patterns.articles);
    expect(drafts.map((d) => d.titles.map((t) => t.text).join(' | '))).toEqual([
      '# 全省开发区动态 | 湖州莫干山高新区 | ## 项目建设提速',
      '嘉兴经济技术开发区',
      '',
      '### 【2023年工作成绩】',
    ]);
    expect(drafts[3]!.trailer.map((p) => p.text)).toEqual(['# 全省开发区动态', '# 衢州市开发区']);
  });
});

describe('zones of figures', () => {
  it('takes the zone from its title, by its official name', () => {
    expect(zoneOf('12.5亿元')).toBe('zone:湖州莫干山高新技术产业开发区');
  });
  it('takes the zone from a title line followed by a dateline, and sets a park inside it', () => {
    expect(zoneOf('9个')).toBe('zone:嘉兴经济技术开发区');
    expect(zoneOf('6家')).toBe('zone:嘉兴经济技术开发区/秀洲工业园区');
  });
  it('takes the zone from the opening sentence when there is no title', () => {
    expect(zoneOf('120家')).toBe('zone:温州高新技术产业开发区');
  });
  it('gives city-wide figures to the city, and the most specific zone its own', () => {
    expect(zoneOf('6.5%')).toBe('city:绍兴市');
    expect(zoneOf('30.2亿元')).toBe('zone:绍兴高新技术产业开发区');
    expect(zoneOf('9.1亿元')).toBe('zone:浙江上虞经济开发区');
    expect(zoneOf('11家')).toBe('city:绍兴市');
    expect(zoneOf('3家')).toBe('zone:绍兴高新技术产业开发区');
    expect(zoneOf('1家')).toBe('city:绍兴市');
  });
  it('in a city report, gives a figure to the one zone its sentence is about, named after it', () => {
    expect(zoneOf('5亿元')).toBe('zone:绍兴高新技术产业开发区');
  });
});

describe('page headers printed after an article', () => {
  it('give the article its zone when nothing before names one', () => {
    const records = figuresOf(readFileSync('fixtures/segment/trailing-header.txt', 'utf8'));
    expect(records.map((r) => `${r.zone_level}:${r.zone} ${r.status}`)).toEqual(['city:衢州市 target', 'city:衢州市 target']);
  });
});

describe('a bare 高新区 in a city report', () => {
  it('is the city\'s own zone: from the gazetteer, else named after the city', () => {
    const zones = (text: string) => figuresOf(text).map((r) => `${r.zone_level}:${r.zone}`);
    expect(zones('# 阳泉市开发区\n2024年,全市开发区新增企业50家。高新区新增企业12家。')).toEqual(['city:阳泉市', 'zone:阳泉高新技术产业开发区']);
    expect(zones('# 绍兴市开发区\n2024年,全市开发区新增企业50家。经开区新增企业9家。')).toEqual(['city:绍兴市', 'zone:绍兴经开区']);
  });
});

describe('zone names', () => {
  it('knows canonical names and short forms from the gazetteer', () => {
    const r = rules();
    const mentions = findZoneMentions('长治高新区与高平经开区、阳泉市开发区', r.gazetteer, () => false);
    expect(mentions.map((m) => `${m.level}:${m.name}`)).toEqual(['zone:长治高新技术产业开发区', 'zone:高平经济技术开发区', 'city:阳泉市']);
  });
  it('does not take 全市 or 两大 for a place', () => {
    const r = rules();
    expect(findZoneMentions('全市开发区和两大示范区', r.gazetteer, namePartTester(r.gazetteer.notPlaces)).filter((m) => !m.bare && !m.aggregate)).toEqual([]);
  });
});

describe('word index', () => {
  const index = new WordIndex(['长治', '长治高新区', '长治市', '长治高新技术产业开发区', '长治市'].map((word, value) => ({ word, value })));
  const at = (text: string, offset = 0) => index.longestAt(text, offset);
  it('finds the longest word at an offset, and none where only a longer word would start', () => {
    expect(at('长治高新区与长治市')?.word).toBe('长治高新区');
    expect(at('长治高新技术产业开发区')?.word).toBe('长治高新技术产业开发区');
    expect(at('长治高新技术产业园')?.word).toBe('长治');
    expect(at('在长治市', 1)?.word).toBe('长治市');
    expect(at('长')).toBeUndefined();
    expect(at('长治', 2)).toBeUndefined();
  });
  it('keeps the first value of a word listed twice, and looks a word up exactly', () => {
    expect(index.get('长治市')?.value).toBe(2);
    expect(index.get('长治高新')).toBeUndefined();
  });
  it('lists every word at an offset, the longest first', () => {
    expect(index.allAt('长治高新区', 0).map((e) => e.word)).toEqual(['长治高新区', '长治']);
    expect(index.allAt('长治高新区', -1)).toEqual([]);
  });
  it('reads back from its bytes and maps its values over the same trie', () => {
    const back = WordIndex.fromBytes(index.toBytes((v) => v * 10), (code) => `#${code}`);
    for (const text of ['长治高新区与长治市', '长治高新技术产业园', '长', '在长治市']) expect(back.longestAt(text, 0)?.word).toBe(at(text)?.word);
    expect(back.get('长治市')?.value).toBe('#20');
    expect(index.map((v) => -v).get('长治高新区')?.value).toBe(-1);
  });
  it('tells where a word of several indexes may start: never not where one does, and not at most other places', () => {
    const units = new WordIndex(['元', '亿元', '万吨'].map((word) => ({ word, value: 0 })));
    const starts = WordIndex.startsOfAny([index, units]);
    const text = '长治市投资3亿元，长效万吨级元器件';
    const where = [...text].map((_, at) => starts.mayStartAt(text, at));
    [...text].forEach((_, at) => { if (index.longestAt(text, at) || units.longestAt(text, at)) expect(where[at]).toBe(true); });
    expect(where[text.indexOf('长效')]).toBe(false); // 长 starts 长治 only
    expect(where[text.indexOf('投')]).toBe(false);
    expect(where[text.indexOf('元器')]).toBe(true); // a word of one character
    expect(starts.mayStartAt('长', 0)).toBe(false);
  });
  it('finds the next place a word may start, as mayStartAt tells it offset by offset', () => {
    const units = new WordIndex(['元', '亿元', '万吨'].map((word) => ({ word, value: 0 })));
    const starts = WordIndex.startsOfAny([index, units]);
    const text = '长治市投资3亿元，长效万吨级元器件长';
    const offsets = Array.from({ length: text.length + 1 }, (_, from) => from);
    const each = offsets.map((from) => {
      let at = from;
      while (at < text.length && !starts.mayStartAt(text, at)) at++;
      return at;
    });
    expect(offsets.map((from) => starts.nextStart(text, from))).toEqual(each);
    expect(starts.nextStart(text, text.indexOf('长效'))).toBe(text.indexOf('万吨'));
    expect(starts.nextStart(text, text.length - 1)).toBe(text.length);
  });
});

describe('place names compiled at build time', () => {
  it('are the names the rules would index at run time', () => {
    const patterns = builtRules();
    expect(patterns).not.toBeNull();
    const compiled = placeNamesFor(patterns!);
    const indexed = indexPlaceNames(patterns!.zones, loadPlaces());
    const rows = ({ places }: typeof compiled) => Array.from({ length: places.count }, (_, row) => places.at(row));
    expect(rows(compiled)).toEqual(rows(indexed));
    for (const name of ['长治高新技术产业开发区', '长治高新区', '高平经济技术开发区', '山西省', '晋中', '太原市', '不是地名']) {
      expect(compiled.zones.get(name)?.value).toBe(indexed.zones.get(name)?.value);
      expect(compiled.divisions.get(name)?.value).toBe(indexed.divisions.get(name)?.value);
    }
  });
  it('are read for the built-in zone rules, with or without folders of other rules over them', () => {
    const withExtraUnits = loadPatterns(['fixtures/patterns-extra']);
    expect(builtPlaceNames(withExtraUnits.zones)).not.toBeNull();
    expect(builtPlaceNames({ ...withExtraUnits.zones })).toBeNull();
  });
  it('are indexed at start-up for a folder with zone rules of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zone-extract-zones-'));
    try {
      writeFileSync(join(dir, 'zones.yaml'), 'zones:\n  - {name: 甲乙经济技术开发区, city: 甲市, level: provincial, aliases: [甲乙经开区]}\n');
      const own = loadPatterns([dir]);
      expect(builtPlaceNames(own.zones)).toBeNull();
      expect(placeNamesFor(own).zones.get('甲乙经开区')).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('cut off, throw where they are read (and so are indexed again)', () => {
    const bytes = builtPlaceNames(builtRules().zones)!;
    expect(() => placeNamesFromBytes(bytes.subarray(0, 6))).toThrow();
    expect(() => placeNamesFromBytes(bytes.subarray(0, bytes.length - 7))).toThrow();
  });
});

describe('full dates', () => {
  it('take a year of four digits that no digit comes before', () => {
    const years = (text: string): string[] => [...text.matchAll(FULL_DATE)].map((m) => `${m[1]}-${m[2] ?? m[3]}`);
    expect(years('于2023年12月1日发布;2024-3-5;2024/03/05')).toEqual(['2023-12', '2024-3', '2024-03']);
    expect(years('编号12023年12月1日;02024-3-5;2024-13-5')).toEqual([]);
  });
});

describe('character classes by code unit', () => {
  const everyCode = Array.from({ length: 0x10000 }, (_, c) => c);
  it('take as white space what /\\s/ does', () => {
    expect(everyCode.filter(isWhiteSpace)).toEqual(everyCode.filter((c) => /\s/.test(String.fromCharCode(c))));
  });
  it('hold exactly their characters', () => {
    const isStop = charClass('。！？!?');
    expect(everyCode.filter(isStop).map((c) => String.fromCharCode(c)).join('')).toBe('!?。！？');
    expect(isStop(NaN)).toBe(false);
  });
  it('are found in a text a code unit at a time, a surrogate pair also whole', () => {
    const isExtB = charClass('𠀀');
    expect(holdsChar('工业𠀀投资', isExtB)).toBe(true);
    expect(holdsChar('工业投资', isExtB)).toBe(false);
    expect(holdsChar('', isExtB)).toBe(false);
    expect(holdsChar('a\ud840', (c) => c === 0xd840)).toBe(true);
  });
  it('are found by their own tables as by calling their test', () => {
    const isMark = charClass('、，𠀀');
    const asTest = (code: number): boolean => isMark(code);
    for (const text of ['工业，投资', '工业𠀀', '工业\ud840', '投资', '']) expect(holdsChar(text, isMark)).toBe(holdsChar(text, asTest));
  });
  it('are read by code as charCodeAt reads them, NaN before and past the text', () => {
    const text = '投资a𠀀';
    expect([-1, 0, 1, 2, 3, 4, 5].map((i) => codeAt(text, i))).toEqual([-1, 0, 1, 2, 3, 4, 5].map((i) => text.charCodeAt(i)));
    expect(codeAt(text, -1)).toBeNaN();
    expect(codeAt(text, 5)).toBeNaN();
  });
});

describe('paragraphs', () => {
  it('are the non-blank lines, trimmed of any white space, with their offsets', () => {
    const text = '\u3000\u3000一、工业投资 \r\n\n  \t\n二、项目\u00a0\n末行';
    expect(paragraphs(text).map((p) => [p.text, text.slice(p.start, p.end)])).toEqual([['一、工业投资', '一、工业投资'], ['二、项目', '二、项目'], ['末行', '末行']]);
    expect(paragraphs('\n \n')).toEqual([]);
  });
});

describe('sentences', () => {
  it('treats a line break inside a sentence as OCR damage, not a boundary', () => {
    const t = '阳泉高新区泉东产业园标准厂房及基础\n\n设施建设有序推进,已完成投资10.5亿元。二是推进改革。';
    expect(sentenceSpans(t).map((s) => t.slice(s.start, s.end).trim())).toEqual([
      '阳泉高新区泉东产业园标准厂房及基础\n\n设施建设有序推进,已完成投资10.5亿元。', '二是推进改革。']);
  });
});

describe('time expressions', () => {
  const { periods } = rules().patterns;
  const read = (printed: string, year = 2023): string[] =>
    timeReader(printed, periods).mentions(0, printed.length).map((m) => (m.kind === 'period' ? m.period(year) ?? '-' : m.kind));
  it.each([
    ['1至5月', '2023-01..2023-05'], ['1月至6月', '2023-01..2023-06'], ['今年1-6月', '2023-01..2023-06'], ['1—12月', '2023'],
    ['前三季度', '2023-01..2023-09'], ['2024年一季度', '2024Q1'], ['2024年前三季度', '2024-01..2024-09'], ['今年上半年', '2023H1'],
    ['“十三五”期间', '2016..2020'], ['十四五以来', '2021..'], ['2016年至2020年', '2016..2020'], ['2023年以来', '2023..'],
    ['自2017年迁入新址以来', '2017..'], ['去年', '2022'], ['2018年6月', '2018'], ['前5个月', '2023-01..2023-05'],
    ['1-3月', '2023-01..2023-03'], ['第1季度', '2023Q1'], ['“十二五”年均', '2011..2015'],
  ])('%s is %s', (printed, period) => expect(read(printed)).toEqual([period]));
  it('reads a comparison base and an event date as no period', () => {
    expect(read('比去年同期')).toEqual(['base']);
    expect(read('较2022年')).toEqual(['base']);
    expect(read('1992年经国务院批准设立')).toEqual(['event']);
    expect(read('2018年2月挂牌运营')).toEqual(['event']);
  });
  it('reads no year outside those a bulletin may print', () => expect(read('五千年文明,5000年历史')).toEqual([]));
  it('reads the expressions of one kind only where asked for that kind', () => {
    const text = '园区1998年经省政府批准设立,今年上半年产值比去年同期增长12%';
    const kinds = (kind?: 'period' | 'base' | 'event'): string[] => timeReader(text, periods).mentions(0, text.length, kind).map((m) => text.slice(m.at, m.end));
    expect(kinds()).toEqual(['1998年', '今年上半年', '比去年同期']);
    expect(kinds('period')).toEqual(['今年上半年']);
    expect(kinds('event')).toEqual(['1998年']);
    expect(kinds('base')).toEqual(['比去年同期']);
  });
  it('reads the other expressions as before when a list of words is left empty (--patterns), and no empty one', () => {
    const text = '今年上半年产值比去年同期增长12%,全年增长8%';
    const without = { ...periods, comparison_bases: { ...periods.comparison_bases, words: [] } };
    const read = (p: typeof periods): string[] => timeReader(text, p).mentions(0, text.length).map((m) => text.slice(m.at, m.end));
    expect(read(periods)).toEqual(['今年上半年', '比去年同期', '全年']);
    expect(read(without)).toEqual(['今年上半年', '去年', '全年']);
  });
  it('reads a stretch of a text as that stretch alone, even where it cuts an expression', () => {
    const text = '2023年1-6月,园区今年上半年产值增长';
    const reader = timeReader(text, periods);
    const stretch = (start: number, end: number): string[] => reader.mentions(start, end).map((m) => `${text.slice(m.at, m.end)} ${m.period(2024)}`);
    expect(stretch(0, text.length)).toEqual(['2023年1-6月 2023-01..2023-06', '今年上半年 2024H1']);
    expect(stretch(0, 5)).toEqual(['2023年 2023']);
    expect(stretch(5, text.length)).toEqual(['1-6月 2024-01..2024-06', '今年上半年 2024H1']);
    expect(stretch(12, 15)).toEqual(['今年 2024']);
  });
});

describe('a bulletin\'s own date', () => {
  const dateOf = (text: string) => {
    const normal = normalise({ file: 'test.txt', text }).text;
    const p = rules().patterns;
    const articles = toArticleSpans(splitArticles(normal, p.articles), normal.length, () => null);
    return articleDates(normal, articles, timeReader(normal, p.periods), p)[0]!;
  };
  const fixture = (name: string) => dateOf(readFileSync(`fixtures/periods/${name}.txt`, 'utf8'));
  it('reports on the year of a statistics bulletin\'s title', () => {
    expect(fixture('statistics-bulletin')).toMatchObject({ reported: '2021', year: 2021 });
  });
  it('reports on the reviewed year of a work report, not on its plan year', () => {
    expect(fixture('work-report')).toMatchObject({ reported: '2022', year: 2022 });
  });
  it('reports on the year of an event named in the title', () => {
    expect(fixture('event')).toMatchObject({ reported: '2024', year: 2024 });
  });
  it('reports on the year that heads a yearbook entry', () => {
    expect(fixture('yearbook')).toMatchObject({ reported: '2009', year: 2009 });
  });
  it('takes its own date from a dateline, and a date is no reported period', () => {
    expect(fixture('dateline')).toMatchObject({ published: { year: 2023, month: 12 }, reported: null, year: 2023 });
  });
  it('published in January and looking back, reports on the year before; 今年 stays the year it was published', () => {
    expect(fixture('year-end-report')).toMatchObject({ published: { year: 2024, month: 1 }, reported: '2023', reportedYear: 2023, year: 2024 });
  });
  it('published mid-year, reports on nothing it does not state', () => {
    expect(dateOf('某开发区年度工作推进会召开\n2023-06-12\n会议回顾了近期工作。')).toMatchObject({ reported: null, year: 2023 });
  });
  it('finds the section heads that state a period: headings and short numbered lines', () => {
    const text = '某开发区工作总结。\n一、2023年工作完成情况\n全年营业收入356亿元。\n二、主要做法\n【2024年工作打算】\n(三)2025年,力争营业收入增长15%。';
    const heads = dateOf(text).sections.map((h) => text.slice(h.start, h.end));
    expect(heads).toEqual(['一、2023年工作完成情况', '【2024年工作打算】']);
  });
  it('reads a date signed in Chinese numerals', () => {
    expect(dateOf('某开发区工作简报\n今年1—5月,园区税收增长6%。\n二〇二三年六月十日')).toMatchObject({ published: { year: 2023, month: 6 }, year: 2023 });
    expect(dateOf('二〇二二年十二月三十日\n某开发区工作简报\n全年税收增长6%。\n一九九五年建区以来三年十月…')).toMatchObject({ published: { year: 2022, month: 12 } });
  });
  it('reads neither a date nor a period from an event date', () => {
    expect(dateOf('某经开区1996年经省政府批准设立,规划面积12.5平方公里。')).toMatchObject({ published: null, reported: null, year: null });
  });
});

describe('scopes: whose figure it is', () => {
  const zones = (path: string) => rowsOf(path, ['zone_level', 'zone']);
  it('in a report that walks through cities, a city opening a sentence is the subject until the next one', () => {
    expect(zones('fixtures/segment/city-walk.txt')).toEqual([
      '186.4亿元 province 甘肃省', '9.2% province 甘肃省',
      '52.3亿元 city 兰州市', '18个 city 兰州市', '41.2亿元 city 兰州市',
      '12个 city 天水市', '27.5亿元 city 天水市', '14.8% city 天水市',
      '9个 city 酒泉市', '33.6亿元 city 酒泉市',
    ]);
  });
  it('a city opening a paragraph stays the subject of the paragraphs after it, up to the next city or a heading', () => {
    expect(zones('fixtures/segment/city-paragraphs.txt')).toEqual([
      '312个 province 甘肃省', '21个 city 嘉峪关市', '64.5亿元 city 嘉峪关市', '8个 city 嘉峪关市', '7个 city 嘉峪关市',
      '16个 city 白银市', '38.2亿元 city 白银市', '11个 city 白银市', '200个 province 甘肃省',
    ]);
  });
  it('in a zone\'s report, places compared with (占全市, 高于全省, 在X市占比, 居…第, 与X市) never take a figure, and 全区, 我区 are the zone', () => {
    expect(new Set(zones('fixtures/segment/zone-report.txt').map((r) => r.split(' ').slice(1).join(' ')))).toEqual(new Set(['zone 遂宁经济技术开发区']));
  });
  it('aggregate words (全省, 我省, 各高新区, N个高新区) give the province, a zone named in its own clause keeps its figure', () => {
    const rows = zones('fixtures/segment/province-report.txt');
    expect(rows.slice(0, -1).every((r) => r.endsWith('province 湖南省'))).toBe(true);
    expect(rows.at(-1)).toBe('2家 zone 株洲高新技术产业开发区');
  });
  it('recognises zones by form after a known place: rank words, customs zones, composite names, 产业集聚区', () => {
    expect(zones('fixtures/segment/new-zones.txt')).toEqual([
      '46家 zone 赣州经济技术开发区', '58.2亿元 zone 泸州综合保税区',
      '31个 zone 长春经济技术和高新技术产业开发区', '11.5% zone 信阳产业集聚区',
    ]);
  });
  it('falls back on the document\'s one zone when no article names one', () => {
    expect(figuresOf('一季度新增企业12家。\n\n项目建设提速,信阳产业集聚区推进技改。').map((r) => r.zone)).toEqual(['信阳产业集聚区']);
  });
  it('takes a document that names one city and writes only 经开区 to be about the city\'s own zone', () => {
    const text = '经开区年度工作汇报\n今年以来,经开区预计实现营业收入420亿元。经开区新增企业35家,助力柳州市稳增长。';
    expect(new Set(figuresOf(text).map((r) => r.zone))).toEqual(new Set(['柳州经开区']));
  });
});

describe('places that are not zones', () => {
  const named = (text: string) => {
    const r = rules();
    return findZoneMentions(text, r.gazetteer, namePartTester(r.gazetteer.notPlaces)).filter((m) => !m.bare && !m.park && !m.aggregate).map((m) => `${m.level}:${m.name}`);
  };
  it('never starts a zone with a time word, 占 or 我', () => {
    expect(named('上半年高新区营收增长,占全区开发区总量,我区高新区建设')).toEqual([]);
  });
  it('takes short names that are common words for places only with their suffix', () => {
    expect(named('城区新区开发和平发展')).toEqual([]);
    expect(named('阳泉市城区')).toEqual(['city:阳泉市']);
  });
  it('takes a short name alone only as a whole word: 太原理工大学 names no city', () => {
    expect(named('太原理工大学')).toEqual([]);
    expect(named('太原、大同两市')).toEqual(['city:太原市', 'city:大同市']);
  });
  it('knows a province by its short name and municipalities as cities', () => {
    expect(named('湖北全省;北京市')).toEqual(['province:湖北省', 'city:北京市']);
  });
});

describe('section list numbers', () => {
  const periods = rules().patterns.periods;
  it('reads 一 as any Chinese numeral and 1 as any number, the rest literally', () => {
    const marker = sectionMarker(periods);
    expect(['一、2023年', '（十二）园区', '(三)工作', '12、项目', '2.园区'].map((t) => marker.test(t))).toEqual([true, true, true, true, true]);
    expect(['一是', '3.5亿元', '第一、'].map((t) => marker.test(t))).toEqual([false, false, false]);
  });
  it('takes a user\'s marker holding regular-expression characters literally', () => {
    const marker = sectionMarker({ ...periods, sections: { ...periods.sections, markers: ['(.+)+X'] } });
    expect(marker.test('(.+)+X 2023年')).toBe(true);
    expect(marker.test(`${'a'.repeat(40)}X`)).toBe(false);
  });
});

describe('word index walks', () => {
  it('finds each child of a node among many, of every count, and none between them', () => {
    // a first character with 1 to 40 second ones, every other code unit left out: each bisection size, and misses on both sides
    for (let count = 1; count <= 40; count++) {
      const seconds = Array.from({ length: count }, (_, k) => String.fromCharCode(0x4e00 + 2 * k + 1));
      const index = new WordIndex(seconds.map((s, k) => ({ word: `长${s}`, value: k })));
      const back = WordIndex.fromBytes(index.toBytes((v) => v), (code) => code);
      for (let k = 0; k <= 2 * count; k++) {
        const text = `长${String.fromCharCode(0x4e00 + k)}`;
        const expected = k % 2 === 1 ? (k - 1) / 2 : undefined;
        expect([index.longestAt(text, 0)?.value, back.longestAt(text, 0)?.value]).toEqual([expected, expected]);
      }
    }
  });
  it('tells a start of a word of one character, and of a longer one by its second, as the trie does', () => {
    const index = new WordIndex(['元', '亿元', '长治'].map((word) => ({ word, value: 0 })));
    const text = '元亿元亿长治长';
    expect([...text].map((_, at) => index.starts.mayStartAt(text, at))).toEqual([true, true, true, false, true, false, false]);
    expect(index.starts.nextStart(text, 3)).toBe(4);
    expect(index.starts.nextStart(text, 5)).toBe(text.length);
  });
});
