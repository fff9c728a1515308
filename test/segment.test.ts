import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { figuresOf, rules } from './helpers.js';
import { splitArticles, toArticleSpans } from '../src/segment/articles.js';
import { timeReader } from '../src/segment/timeExpressions.js';
import { articleDates } from '../src/segment/documentDate.js';
import { normalise } from '../src/normalise/normalise.js';
import { sentenceSpans } from '../src/segment/sentences.js';
import { findZoneMentions, placeTester } from '../src/segment/gazetteer.js';

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
  it('takes a zone the gazetteer lacks from its title, as printed', () => {
    expect(zoneOf('12.5亿元')).toBe('zone:湖州莫干山高新区');
  });
  it('takes the zone from a title line followed by a dateline, and sets a park inside it', () => {
    expect(zoneOf('9个')).toBe('zone:嘉兴经济技术开发区');
    expect(zoneOf('6家')).toBe('zone:嘉兴经济技术开发区/秀洲工业园区');
  });
  it('takes the zone from the opening sentence when there is no title', () => {
    expect(zoneOf('120家')).toBe('zone:温州高新区');
  });
  it('gives city-wide figures to the city, and the most specific zone its own', () => {
    expect(zoneOf('6.5%')).toBe('city:绍兴市');
    expect(zoneOf('30.2亿元')).toBe('zone:绍兴高新区');
    expect(zoneOf('9.1亿元')).toBe('zone:上虞经开区');
    expect(zoneOf('11家')).toBe('city:绍兴市');
    expect(zoneOf('3家')).toBe('zone:绍兴高新区');
    expect(zoneOf('1家')).toBe('city:绍兴市');
  });
  it('in a city report, gives a figure to the one zone its sentence is about, named after it', () => {
    expect(zoneOf('5亿元')).toBe('zone:绍兴高新区');
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
    expect(findZoneMentions('全市开发区和两大示范区', r.gazetteer, placeTester(r.placeStems)).filter((m) => !m.bare)).toEqual([]);
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
  const reader = timeReader(rules().patterns.periods);
  const read = (printed: string, year = 2023): string[] =>
    reader.mentions(printed, 0, printed.length).map((m) => (m.kind === 'period' ? m.period(year) ?? '-' : m.kind));
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
});

describe('a bulletin\'s own date', () => {
  const dateOf = (text: string) => {
    const normal = normalise({ file: 'test.txt', text }).text;
    const p = rules().patterns;
    const articles = toArticleSpans(splitArticles(normal, p.articles), normal.length, () => null);
    return articleDates(normal, articles, timeReader(p.periods), p)[0]!;
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
  });
  it('reads neither a date nor a period from an event date', () => {
    expect(dateOf('某经开区1996年经省政府批准设立,规划面积12.5平方公里。')).toMatchObject({ published: null, reported: null, year: null });
  });
});
