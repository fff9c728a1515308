import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { figuresOf, rowsOf, rules } from './helpers.js';
import { afterLastMark, isClauseMark, clauseStartAt, clausesIn, lastColonIn, lineStartOf, maskTerms, type DocContext } from '../src/attribute/context.js';
import { lastTargetCue } from '../src/attribute/status.js';
import { lastRead, memoPer } from '../src/lib/oncePer.js';
import { indexAt } from '../src/lib/spans.js';
import { withoutQuotes } from '../src/attribute/nounPhrase.js';
import { cleanMetric, strip, vocabulary, withSynonyms } from '../src/attribute/metricWords.js';
import { clauseSpans, sentenceSpans, spanAt } from '../src/segment/sentences.js';
import { CueEnds, firstEndingAt, firstStartingAt, holdsAny, lastCue, nextWordAt, wordsEnding, wordsStarting } from '../src/lib/wordSearch.js';

const text = readFileSync('fixtures/attribute/sentences.txt', 'utf8');
const records = figuresOf(text);
const at = (printed: string, nth = 1) => {
  let from = -1;
  for (let i = 0; i < nth; i++) from = text.indexOf(printed, from + 1);
  const r = records.find((x) => x.start === from);
  if (!r) throw new Error(`no figure at ${printed}`);
  return r;
};

describe('metric', () => {
  it('takes the phrase before the number and normalises synonyms', () => {
    expect(at('52.3亿元').metric).toBe('固定资产投资');
    expect(at('20.4亿元').metric).toBe('规模以上工业增加值');
  });
  it('carries the subject to a growth rate and a gap after it', () => {
    expect(at('18.6%').metric).toBe('固定资产投资');
    expect(at('2.1%').metric).toBe('规模以上工业增加值');
    expect(at('3.2个百分点').metric).toBe('规模以上工业增加值增速较全省平均');
  });
  it('carries the subject to an attribute: 签约项目12个,总投资60亿元', () => {
    expect(at('60亿元').metric).toBe('签约项目总投资');
  });
  it('writes a share as X占Y比重', () => {
    expect(at('80%').metric).toBe('转型项目投资占工业投资比重');
  });
});

describe('lists', () => {
  it('gives each figure after 分别 to its item, in order', () => {
    expect([at('12.1%'), at('9.8%'), at('6.5%')].map((r) => `${r.metric} ${r.measure}`)).toEqual(['电子 growth', '化工 growth', '食品 growth']);
  });
  it('reads a part after 其中 as its own metric', () => {
    expect(at('5个').metric).toBe('续建项目');
  });
});

describe('measure', () => {
  it('reads level, growth, share and diff, signed', () => {
    expect(at('52.3亿元').measure).toBe('level');
    expect(at('18.6%').measure).toBe('growth');
    expect(at('2.1%')).toMatchObject({ measure: 'growth', value: -2.1 });
    expect(at('3.2个百分点')).toMatchObject({ measure: 'diff', value: -3.2 });
    expect(at('80%').measure).toBe('share');
  });
});

describe('status', () => {
  it('is actual unless a target cue governs the clause', () => {
    expect(at('52.3亿元').status).toBe('actual');
    expect(at('20%').status).toBe('target');
    expect(at('12%').status).toBe('target');
  });
  it('lets an actual cue win inside a plan section', () => {
    expect(at('40个').status).toBe('actual');
  });
});

describe('period', () => {
  it('takes the year of the clause or the section heading', () => {
    expect(at('52.3亿元').period).toBe('2023');
    expect(at('12个').period).toBe('2023');
  });
  it('resolves quarters and month ranges with the year in force', () => {
    expect(at('8.5亿元').period).toBe('2024Q1');
    expect(at('30亿元').period).toBe('2024-01..2024-09');
  });
});

describe('a bulletin from another province', () => {
  const rows = rowsOf('fixtures/attribute/other-province.txt', ['metric', 'measure', 'status', 'period']);
  it('reads its metrics, measures, statuses and periods', () => {
    expect(rows).toEqual(expect.arrayContaining([
      '385.6亿元 地区生产总值 level actual 2024-01..2024-09',
      '6.8% 地区生产总值 growth actual 2024-01..2024-09',
      '1.2亿美元 实际利用外资 level actual 2024-01..2024-09',
      '3.2% 进出口总额 growth actual 2024-01..2024-09',
      '120亿元 固定资产投资 level actual 2024-01..2024-10',
      '85% 固定资产投资占目标比重 share actual 2024-01..2024-10',
      '50亿元 新能源汽车零部件项目总投资 level target 2024',
      '80亿元 年产值 level target 2024',
      '3500户 新增市场主体 level actual 2023',
    ]));
  });
});

describe('an indicator list under a dated heading', () => {
  const rows = rowsOf('fixtures/attribute/indicator-list.txt', ['metric', 'measure', 'period']);
  it('takes the metric from the label before a colon, and the period from the heading', () => {
    expect(rows).toEqual(expect.arrayContaining([
      '86.5亿元 工业投资 level 2024-01..2024-06',
      '12.3% 工业投资 growth 2024-01..2024-06',
      '9.8% 规模以上工业总产值 growth 2024-01..2024-06',
      '0.4个百分点 研发投入强度 growth 2024-01..2024-06',
      '2.3万户 市场主体 level -',
    ]));
  });
});

const metricCuts = rowsOf('fixtures/attribute/metric-cuts.txt', ['metric', 'measure']);

describe('metric: cut rules of the noun phrase', () => {
  const rows = metricCuts;
  it('keeps the action of a slogan in quotes and drops its count', () => {
    expect(rows).toEqual(expect.arrayContaining(['22个 签约项目 level', '88亿元 签约项目总投资 level', '17个 开工项目 level']));
  });
  it('keeps a ·-joined name whole and lets an enumeration closed by 等 give way to its noun', () => {
    expect(rows).toEqual(expect.arrayContaining(['8亿元 云岭·星河项目总投资 level', '4.2% 传统产业产值 growth']));
  });
  it('takes the noun after a short relative clause, and names a count of projects by what they did', () => {
    expect(rows).toEqual(expect.arrayContaining(['3座 孵化楼 level', '2个 竣工投产项目 level']));
  });
  it('drops an inner 的 and never keeps a time word cut off from its noun', () => {
    expect(rows).toContain('2.3平方公里 平整土地面积 level');
  });
});

describe('metric: shares and rates whose subject is elsewhere', () => {
  const rows = metricCuts;
  it('writes every share phrasing as X占Y比重, and a bare X占比 as it is', () => {
    expect(rows).toEqual(expect.arrayContaining([
      '9.1% 营业收入占全省比重 share',
      '31.5% 营业收入占全市比重 share',
      '70.2% 制造业增加值占工业增加值比重 share',
      '82.4% 税收收入占比 share',
      '41.3% 高新技术产业产值占全市比重 share',
    ]));
  });
  it('reads a percent after 其中 as a share of the subject before it', () => {
    expect(rows).toContain('60.4% 工业投资 share');
  });
  it('gives a rate with no subject in its clause the subject of the clause before', () => {
    expect(rows).toContain('6.1% 地区生产总值 growth');
  });
  it('takes the subject before a target cue that ends the phrase', () => {
    expect(rows).toContain('12% 营业收入 growth');
  });
});

describe('metric: no verb, place or run of text as a metric', () => {
  it('falls back to the noun phrase that ends a run, or to none', () => {
    const text = '园区各施工单位倒排工期挂图作战全力推进年度重点项目观摩拉练活动仅用45天后,厂房封顶。';
    const [record] = figuresOf(text);
    expect(record!.metric === null || record!.metric.length <= 20).toBe(true);
  });
});

describe('status: cue scopes', () => {
  const rows = rowsOf('fixtures/attribute/status-scopes.txt', ['status']);
  it('reads results as actual under a heading that names a report as well as a plan', () => {
    expect(rows).toEqual(expect.arrayContaining(['52.6亿元 actual', '9.2% actual']));
  });
  it('limits a governing cue after its subject to its clause', () => {
    expect(rows).toEqual(expect.arrayContaining(['12% target', '80亿元 actual']));
  });
  it('carries a clause cue to the next clause that goes on with its subject', () => {
    expect(rows).toEqual(expect.arrayContaining(['300亿元 target', '15% target']));
  });
  it('gives a cue that ends its clause no scope (好于预期,)', () => {
    expect(rows).toContain('3栋 actual');
  });
  it('lets a deadline at the head of a sentence govern it, and 计划 before a verb mark a target', () => {
    expect(rows).toEqual(expect.arrayContaining(['3条 target', '500家 target', '2万平方米 target']));
  });
  it('lets a lead ending with a colon govern its list', () => {
    expect(rows).toEqual(expect.arrayContaining(['6.5% target', '8% target', '12家 target']));
  });
  it('reads a plan section as targets, where an actual cue still wins', () => {
    expect(rows).toEqual(expect.arrayContaining(['30个 target', '120亿元 target', '46个 actual']));
  });
});

describe('metric: what is never a metric', () => {
  it('gives no metric to a phrase of place words and particles', () => {
    expect(figuresOf('园区在以下3个方面取得突破。')[0]!.metric).toBeNull();
  });
  it('leaves a number that ends the phrase to the figure', () => {
    expect(figuresOf('园区实现出口额4 200万美元。').map((r) => r.metric)).not.toContainEqual(expect.stringMatching(/\d$/));
  });
});

describe('status: plan sections', () => {
  const rows = rowsOf('fixtures/attribute/plan-sections.txt', ['status']);
  it('lets a plan heading govern the numbered sections under it', () => {
    expect(rows).toEqual(expect.arrayContaining(['7% target', '10% target', '80个 target', '150亿元 target']));
  });
  it('lets a condition still to be met govern the rest of its sentence', () => {
    expect(rows).toContain('20亿元 target');
  });
});

describe('lists: 分别 after figures', () => {
  it('gives each figure after 分别 the metric of the figure it follows, joined by 、 or 和', () => {
    const text = '园区实现工业总产值860亿元、税收收入42亿元,分别增长9.5%和6.2%。';
    const rows = figuresOf(text).map((r) => `${text.slice(r.start, r.end)} ${r.metric} ${r.measure}`);
    expect(rows).toEqual(expect.arrayContaining(['9.5% 工业总产值 growth', '6.2% 税收收入 growth']));
  });
});

describe('periods in scope', () => {
  const periods = (name: string) => rowsOf(`fixtures/periods/${name}.txt`, ['period']);
  it('gives a figure the period its bulletin reports on where nothing nearer states one', () => {
    expect(periods('statistics-bulletin')).toEqual(['418.6亿元 2021', '6.2% 2021', '5.4% 2021', '7.1% 2021', '62.3% 2021', '186家 -']);
    expect(periods('event')).toEqual(['46个 2024', '218.5亿元 2024', '12个 2024', '64.2亿元 2024', '9个 2024', '37.8亿元 2024']);
    expect(periods('yearbook')).toEqual(['32个 2009', '1.6亿美元 2009', '2.4亿美元 2009', '18.2平方公里 -']);
  });
  it('resolves 今年 and 全年 against the bulletin\'s date and the year it reports on', () => {
    expect(periods('work-report')).toEqual(['312亿元 2022', '11.4% 2022', '15% 2023', '20个 2023']);
    expect(periods('year-end-report')).toEqual(['520亿元 2023', '9.5% 2023', '86亿元 2023', '10% 2024']);
    expect(periods('dateline')).toEqual(['58.3亿元 2023-01..2023-11', '8.7% 2023-01..2023-11', '27个 2023..']);
  });
  const sections = periods('sections');
  it('holds a heading\'s period until a heading with another replaces it', () => {
    expect(sections.slice(0, 5)).toEqual(['12.6亿元 2024Q1', '9.3% 2024Q1', '7.8% 2024Q1', '18个 2024Q1', '52.4亿元 2024Q1']);
    expect(sections).toContain('7个 2024Q1');
  });
  it('carries a period that opens a sentence to the rest of its passage, and no further', () => {
    expect(sections).toEqual(expect.arrayContaining(['3.2亿元 2024-01..2024-02', '6.4% 2024-01..2024-02', '7个 2024Q1']));
  });
  it('carries it past sentences that open with none, to each figure of the passage', () => {
    expect(periods('passage')).toEqual(['8.2亿元 2024-01..2024-05', '6.1% 2024-01..2024-05', '9个 2024-01..2024-05', '31亿元 2024-01..2024-05',
      '4个 2024-01..2024-05', '3个 2024-01..2024-05', '5.5% 2024', '120亿元 2024Q1', '4% 2024Q1']);
  });
  it('gives stocks only a date of their own, and event dates to nothing', () => {
    expect(sections).toEqual(expect.arrayContaining(['412家 -', '560家 -', '398家 2023', '36平方公里 -', '15亿元 2023']));
  });
  it('writes spans: since a year, and a plan\'s five years', () => {
    expect(sections.slice(-3)).toEqual(['41家 2023..', '10.2% 2016..2020', '8.1% 2016..2020']);
  });
});

describe('zone: places compared with', () => {
  it('never take the figure from the zone the article is about (占A的…和B的…, 在X市占比, 比全市, 与X市, 居全省…第)', () => {
    const rows = rowsOf('fixtures/attribute/comparisons.txt', ['zone_level', 'zone']);
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).toMatch(/ zone 绵阳高新技术产业开发区$/);
  });
});

describe('status: plan sections, held by a heading of higher rank', () => {
  it('reads figures under a plan heading as targets until a heading of the same rank or higher ends it', () => {
    const text = ['一、2024年工作计划', '（一）项目建设', '新开工项目12个。', '（二）招商引资', '签约项目30个。', '二、一季度工作情况', '（一）项目建设', '新开工项目4个。'].join('\n');
    expect(figuresOf(text).map((r) => `${text.slice(r.start, r.end)} ${r.status}`)).toEqual(['12个 target', '30个 target', '4个 actual']);
  });
});

describe('status: list leads', () => {
  it('lets each item of a list take the cue of the line that leads it, and no other list\'s', () => {
    expect(rowsOf('fixtures/attribute/list-leads.txt', ['status'])).toEqual(['12% target', '30个 target', '200亿元 target', '8% actual', '9个 actual', '46亿元 actual']);
  });
});

describe('where clauses and lines start', () => {
  const doc = '园区签约项目12个,总投资60亿元；\n其中,工业项目8个\n\n服务业项目4个';
  const ctx = { text: doc, sentences: sentenceSpans(doc) } as DocContext;
  it('starts a clause after the last comma, semicolon or colon, not before the floor', () => {
    expect(afterLastMark(doc, doc.indexOf('总投资') + 3, 0, isClauseMark)).toBe(doc.indexOf('总投资'));
    expect(afterLastMark(doc, doc.indexOf('总投资') + 3, doc.indexOf('总投资') + 1, isClauseMark)).toBe(doc.indexOf('总投资') + 1);
  });
  it('starts a line after the last line break before a place', () => {
    for (let at = 0; at <= doc.length; at++) expect(lineStartOf(ctx, at)).toBe(doc.lastIndexOf('\n', at - 1) + 1);
  });
  it('finds the last colon of a stretch', () => {
    const listed = '主要目标：\n1.营收增长10%；\n2.投资:8亿元';
    const listCtx = { text: listed, sentences: sentenceSpans(listed) } as DocContext;
    const last = (from: number, to: number) => Math.max(listed.lastIndexOf('：', to - 1), listed.lastIndexOf(':', to - 1));
    for (let from = 0; from < listed.length; from++) {
      for (let to = from + 1; to <= listed.length; to++) expect(lastColonIn(listCtx, from, to)).toBe(last(from, to) >= from ? last(from, to) : -1);
    }
  });
});

describe('cue words and terms', () => {
  it('blanks terms in the order given, each where no term before it was found', () => {
    const nul = (n: number) => '\u0000'.repeat(n);
    expect(maskTerms('工业增加值增长,增加值', ['增加值', '工业增加'])).toBe(`工业${nul(3)}增长,${nul(3)}`);
    expect(maskTerms('增加增加增加', ['增加增加'])).toBe(`${nul(4)}增加`);
  });
  it('splits any stretch of a document into the clauses its own marks make', () => {
    const doc = '园区签约项目12个,总投资60亿元;其中,工业项目8个、服务业项目4个。\n二、主要目标:营收增长10%。';
    const ctx = { text: doc, sentences: sentenceSpans(doc) } as DocContext;
    for (let start = 0; start < doc.length; start++) {
      for (let end = start; end <= doc.length; end++) {
        const clauses = clauseSpans(doc, { start, end });
        const sentence = indexAt(ctx.sentences, start);
        if (end <= ctx.sentences[sentence]!.end) expect(clausesIn(ctx, sentence, { start, end })).toEqual(clauses);
        for (let at = start; at < end; at++) expect(clauseStartAt(ctx, start, at)).toBe(spanAt(clauses, at).start);
      }
    }
  });
  it('finds the longest word of a list that starts or ends at a place', () => {
    const words = ['新建', '新建项目', '项目', '目'];
    expect(wordsStarting(words)('新建项目3个', 0)).toBe('新建项目');
    expect(wordsStarting(words)('新建项目3个', 2)).toBe('项目');
    expect(wordsStarting(words)('新建项目3个', 4)).toBeUndefined();
    expect(wordsEnding(words)('新建项目3个', 4)).toBe('新建项目');
    expect(wordsEnding(words)('新建项目3个', 2)).toBe('新建');
    expect(wordsEnding(words)('新建项目3个', 0)).toBeUndefined();
    expect(holdsAny('续建新建项目', words)).toBe(true);
    expect(holdsAny('续建厂房', words)).toBe(false);
    expect([0, 3, 5, 6].map((from) => nextWordAt('续建新建项目', words, from))).toEqual([2, 4, 5, -1]);
  });
  it('finds the cue that ends last, the longest of those that end there, before a given end', () => {
    const words = ['增长', '同比增长', '长', '增速'];
    expect(lastCue('产值同比增长,增速', words)).toEqual({ word: '增速', at: 7 });
    expect(lastCue('产值同比增长,增速', words, 6)).toEqual({ word: '同比增长', at: 2 });
    expect(lastCue('产值同比增长,增速', words, 5)).toBeNull();
    expect(lastCue('增长率增长', words, 5, (_text, end) => end !== 5)).toEqual({ word: '增长', at: 0 });
  });
  it('reads a stretch for cues once and finds in any part of it what lastCue finds there of any list read, asked in any order', () => {
    const lists = [['增长', '同比增长', '长', '增速'], ['增长'], ['速', '比']];
    const text = '产值同比增长,增速;同比增长增长';
    const sliced = (words: string[], from: number, end: number) => {
      const cue = lastCue(text.slice(from, end), words);
      return cue && { word: cue.word, at: from + cue.at };
    };
    const ends = new CueEnds(text, lists.flat(), 1);
    for (const end of [9, 4, text.length, 6]) {
      for (let from = 1; from <= end; from++) for (const words of lists) expect(ends.last(words, from, end)).toEqual(sliced(words, from, end));
    }
  });
  it('finds the target cues of any stretch of a document as lastCue finds them in the stretch alone', () => {
    // the opening blank lies before the first sentence: its stretches are read alone
    const doc = '\n 预计营收增长10%,目前已完成投资8亿元。\n力争到2027年产值增长20%,计划新建项目5个。';
    const ctx = { text: doc, sentences: sentenceSpans(doc), rules: rules() } as DocContext;
    const { governing, local } = ctx.rules.patterns.cues.status.target;
    const targets = [...governing, ...local];
    let found = 0;
    for (let from = 0; from < doc.length; from++) {
      for (let end = from; end <= doc.length; end++) {
        const cue = lastCue(doc.slice(from, end), targets);
        if (cue) found++;
        expect(lastTargetCue(ctx, from, end)).toEqual(cue && { word: cue.word, at: from + cue.at });
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('per-document memos', () => {
  it('works out a per-document value once per document and key, false, null and undefined included', () => {
    const calls: string[] = [];
    const opens = memoPer((doc: { text: string }, at: number) => { calls.push(`${doc.text}@${at}`); return doc.text[at] === '，' ? null : doc.text[at] === '丙' ? undefined : doc.text[at] === '甲'; });
    const [a, b] = [{ text: '甲乙，丙' }, { text: '甲乙，丙' }];
    expect([opens(a, 0), opens(a, 1), opens(a, 2), opens(a, 3), opens(a, 0), opens(a, 1), opens(a, 2), opens(a, 3)]).toEqual([true, false, null, undefined, true, false, null, undefined]);
    expect(opens(b, 1)).toBe(false);
    expect(calls).toEqual(['甲乙，丙@0', '甲乙，丙@1', '甲乙，丙@2', '甲乙，丙@3', '甲乙，丙@1']);
  });
});

describe('metric words', () => {
  it('takes the quotation marks out of a text, and gives back a text with none as it is', () => {
    expect(withoutQuotes('“四上”企业「新增」‘专精特新’\'小巨人\'"园中园"')).toBe('四上企业新增专精特新小巨人园中园');
    const plain = '规上工业产值';
    expect(withoutQuotes(plain)).toBe(plain);
    expect(withoutQuotes('')).toBe('');
  });
  it('strips a phrase once for all: what strip gives back, it gives back unchanged', () => {
    const v = vocabulary({ rules: rules() } as DocContext);
    const phrases = ['累计完成投资', '新建项目', '全年新增规上企业', '已累计', '产值同比增长', '全市', '实现营业收入', '共有', '新开工项目', '园区技改投资'];
    for (const phrase of phrases) expect(strip(strip(phrase, v), v)).toBe(strip(phrase, v));
    expect(phrases.filter((p) => strip(p, v) !== p).length).toBeGreaterThan(2);
  });
});

describe('word lists read in place', () => {
  it('takes the first word of the list, in its order, within the bounds given', () => {
    expect(firstStartingAt('同比增长12%', 0, ['同比', '同比增长'])).toBe('同比');
    expect(firstStartingAt('同比增长12%', 0, ['同比增长'], 3)).toBeUndefined();
    expect(firstEndingAt('比上年增长', 3, ['上年', '比上年'])).toBe('上年');
    expect(firstEndingAt('比上年增长', 3, ['比上年'], 1)).toBeUndefined();
  });

  it('never reads a word that would end before the text starts', () => {
    expect(firstEndingAt('较比2022年', 1, ['较比'], -5)).toBeUndefined();
    expect(firstEndingAt('比2022年', 1, ['比'], -5)).toBe('比');
  });
});

describe('synonyms', () => {
  it('replaces a synonym written with characters a pattern would read as operators', () => {
    expect(withSynonyms('5G+工业互联网项目', [['5G+工业互联网', '工业互联网']])).toBe('工业互联网项目');
    expect(withSynonyms('规上(限上)企业', [['规上(限上)', '规模以上']])).toBe('规模以上企业');
  });
});

describe('per sentence, not per figure', () => {
  it('carries the place of an earlier sentence of a line, else the place opening the line before, up to a heading', () => {
    const doc = '全省开发区活动综述\n\n本报讯 全省共签约项目312个。嘉峪关市推进项目21个。其中签约项目8个。\n开工项目7个,总投资9亿元。\n白银市:集中签约项目16个。\n投产项目11个。\n## 下一步工作\n新开工项目20个。\n';
    expect(figuresOf(doc).map((r) => `${doc.slice(r.start, r.end)} ${r.zone}`)).toEqual([
      '312个 甘肃省', '21个 嘉峪关市', '8个 嘉峪关市', '7个 甘肃省', '9亿元 甘肃省', '16个 白银市', '11个 白银市', '20个 甘肃省',
    ]);
  });
  it('reads a stretch once for the calls in a row that ask of it, and again on another stretch or document', () => {
    const calls: string[] = [];
    const read = lastRead((doc: { text: string }, start: number, end: number) => { calls.push(`${start}-${end}`); return doc.text.slice(start, end); });
    const [a, b] = [{ text: '甲乙丙丁' }, { text: '甲乙丙丁' }];
    expect([read(a, 0, 2), read(a, 0, 2), read(a, 0, 3), read(a, 1, 3), read(b, 1, 3), read(b, 1, 3)]).toEqual(['甲乙', '甲乙', '甲乙丙', '乙丙', '乙丙', '乙丙']);
    expect(calls).toEqual(['0-2', '0-3', '1-3', '1-3']);
  });
  it('blanks a term that ends the text, one character long or more', () => {
    expect(maskTerms('产值增加值', ['增加值'])).toBe('产值\u0000\u0000\u0000');
    expect(maskTerms('产值', ['值'])).toBe('产\u0000');
    expect(maskTerms('产值', ['值产'])).toBe('产值');
  });
});

describe('clean metrics', () => {
  it('takes out every kind of white space and every mark, 《》 included, and keeps the · of a name', () => {
    const marks = '"“”‘’\'「」()（）【】[].,，。、:：;；!?！？#*…《》';
    const spaces = ' \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    expect(cleanMetric(`甲${marks}乙${spaces}丙·丁`)).toBe('甲乙丙·丁');
    const plain = '规上工业产值';
    expect(cleanMetric(plain)).toBe(plain);
    expect(cleanMetric('')).toBe('');
  });
});
