import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bulletinText } from '../src/review/text.js';
import type { ReviewBulletin, ReviewFigure } from '../src/review/data.js';

// The review page in a real browser: Debian's chromium, driven by playwright-core. No browser, no pass:
// .ci/run installs it, so this never skips.
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGE_URL = 'http://review.invalid/review.html';
const OUT = 'test-output/review';
const GOLD_FIELDS = ['doc', 'quote', 'occurrence', 'number', 'value', 'value_max', 'unit', 'qualifier', 'zone', 'park', 'metric', 'measure', 'status', 'period', 'optional', 'note'];

interface JsonRecord {
  file: string;
  zone: string | null;
  metric: string | null;
  measure: string;
  status: string;
  start: number;
  end: number;
  quality: string | null;
}

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, ['bin/zone-extract.js', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`zone-extract ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function reviewPage(paths: string[], name: string): string {
  const out = join(OUT, name);
  cli(['review', ...paths, '--out', out]);
  return out;
}

interface Opened {
  page: Page;
  /** every request the page made other than for itself */
  requests: string[];
  /** uncaught errors of the page's script */
  errors: string[];
}

let browser: Browser;

/** The page served from a made-up origin; every other request is recorded and refused. */
async function open(file: string): Promise<Opened> {
  const html = readFileSync(file, 'utf8');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (url !== PAGE_URL && !/^(blob|data):/.test(url) && !requests.includes(url)) requests.push(url);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(PAGE_URL);
  return { page, requests, errors };
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

/** First contentful paint, from the browser's paint timing (ms after navigation began). */
async function firstPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
}

async function exported(page: Page): Promise<Record<string, unknown>[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A record in the gold format of the evaluation: known fields only, of the right types, its quote in the text. */
function expectGold(record: Record<string, unknown>, texts: Map<string, string>): void {
  for (const key of Object.keys(record)) expect(GOLD_FIELDS).toContain(key);
  expect(record).toMatchObject({ doc: expect.any(String), quote: expect.any(String), number: expect.any(String), value: expect.any(Number), unit: expect.any(String), zone: expect.any(String), metric: expect.any(String), period: expect.any(String) });
  expect(['level', 'growth', 'share', 'diff']).toContain(record.measure);
  expect(['actual', 'target']).toContain(record.status);
  const quote = record.quote as string;
  expect(quote.length).toBeGreaterThanOrEqual(6);
  expect(quote.length).toBeLessThanOrEqual(40);
  expect(texts.get(record.doc as string)).toContain(quote);
  expect(quote).toContain(record.number);
}

describe('bulletin text markup', () => {
  const figure = (start: number, end: number): ReviewFigure => ({
    zone: '云岭经济开发区', zone_level: 'zone', park: null, metric: '工业投资', value: 1, unit: '亿元', base_value: 1e8, base_unit: '元', qualifier: null,
    value_max: null, measure: 'level', status: 'actual', period: null, start, end, rule: 'test', quality: null, b: 0, zi: 0,
  });
  const unescape = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

  it('keeps the text as printed, one mark a figure even where figures overlap or an article starts inside one', () => {
    const text = '云岭经济开发区<b>投资</b>12亿元&增长5%。\n云岭园区新增3家。';
    const figures = [figure(17, 21), figure(19, 23), figure(26, 28), figure(36, 38)];
    const bulletin: ReviewBulletin = { file: 'a.txt', doc: 'a.txt', text, figures: [0, 1, 2, 3], articles: [{ start: 0, zone: '云岭经济开发区', zi: 0 }, { start: 20, zone: null, zi: -1 }] };
    const html = bulletinText(bulletin, figures);
    expect(unescape(html)).toBe(text);
    for (const f of figures) expect(html.split(`data-start="${f.start}"`)).toHaveLength(2);
    expect(html).not.toContain('<b>');
    expect(html.match(/class="art/g)).toHaveLength(2);
  });
});

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('review page for seeds/', { timeout: 120_000 }, () => {
  let file: string;
  let records: JsonRecord[];
  let opened: Opened;
  const texts = new Map<string, string>();

  beforeAll(async () => {
    file = reviewPage(['seeds/'], 'seeds.html');
    records = cli(['--format', 'jsonl', 'seeds/']).trim().split('\n').map((l) => JSON.parse(l) as JsonRecord);
    opened = await open(file);
    for (const r of records) texts.set(r.file.split('/').pop()!, readFileSync(r.file, 'utf8'));
  });

  it('is one file under 1 MB, painted in under 1 s, holding no identity number', async () => {
    const size = statSync(file).size;
    const paint = await firstPaint(opened.page);
    writeFileSync(join(OUT, 'timing.json'), JSON.stringify({ bytes: size, firstContentfulPaintMs: paint }, null, 2));
    console.log(`review page for seeds/: ${(size / 1024).toFixed(0)} KB, first contentful paint ${paint.toFixed(0)} ms`);
    expect(size).toBeLessThan(1 << 20);
    expect(paint).toBeLessThan(1000);
    expect(readFileSync(file, 'utf8')).not.toMatch(/\d{15,}/);
    await shot(opened.page, 'bulletins');
  });

  it('has exactly one highlight at the offsets of every record, over the text as printed', async () => {
    const found = await opened.page.evaluate((rs) => rs.map((r) => {
      const pre = [...document.querySelectorAll<HTMLElement>('.bulletin')].find((b) => b.dataset.file === r.file)!.querySelector('pre')!;
      const hits = pre.querySelectorAll(`mark[data-start="${r.start}"]`);
      return { count: hits.length, printed: hits[0]?.textContent ?? '', textLength: pre.textContent!.length };
    }), records);
    expect(found).toHaveLength(records.length);
    records.forEach((r, i) => {
      const text = texts.get(r.file.split('/').pop()!)!;
      expect(found[i]).toEqual({ count: 1, printed: text.slice(r.start, r.end), textLength: text.length });
    });
    expect(await opened.page.locator('mark.fig').count()).toBe(records.length);
  });

  it('shows a figure\'s zone and metric on hover, and on focus from the keyboard', async () => {
    const { page } = opened;
    const r = records.find((x) => x.zone && x.metric && x.start > 500)!;
    const mark = page.locator(`.bulletin[data-file="${r.file}"] mark[data-start="${r.start}"]`);
    await mark.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(r.zone!);
    expect(await tip.textContent()).toContain(r.metric!);
    await shot(page, 'hover');
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await page.locator('mark.fig').first().focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => [...document.querySelectorAll('mark.fig')].indexOf(document.activeElement!))).toBe(1);
    expect(await tip.textContent()).toContain('metric:');
    const zoneButton = page.locator('.bulletin').first().locator('.zones button').last();
    await zoneButton.click();
    const zi = await zoneButton.getAttribute('data-zi');
    expect(await page.evaluate(() => document.activeElement!.className)).toContain(zi === '-1' ? 'zn' : `z${zi}`);
  });

  it('exports a correction as a valid gold JSON Lines record, kept across a reload', async () => {
    const { page } = opened;
    const r = records.find((x) => x.zone && x.metric)!;
    const mark = page.locator(`.bulletin[data-file="${r.file}"] mark[data-start="${r.start}"]`);
    await mark.click();
    await expect.poll(() => page.locator('#editor').isVisible()).toBe(true);
    await page.fill('#editor [name=zone]', '云岭经济技术开发区');
    await page.selectOption('#editor [name=measure]', 'share');
    await shot(page, 'correction');
    await page.click('#editor [type=submit]');
    await page.reload();
    expect(await mark.getAttribute('class')).toContain('fixed');
    const lines = await exported(page);
    for (const line of lines) expectGold(line, texts);
    const doc = r.file.split('/').pop();
    expect(lines.every((l) => l.doc === doc)).toBe(true);
    expect(lines).toHaveLength(records.filter((x) => x.file === r.file).length);
    expect(lines[0]).toMatchObject({ zone: '云岭经济技术开发区', measure: 'share', metric: r.metric, note: 'reviewed: zone, measure' });
  });

  it('adds a missed figure from a selection, and drops a figure marked not a figure', async () => {
    const { page } = opened;
    await page.evaluate(() => {
      const pre = document.querySelector('.bulletin pre')!;
      const plain = [...pre.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.length > 20)!;
      const range = document.createRange();
      range.setStart(plain, 10);
      range.setEnd(plain, 14);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.querySelector('pre')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.click('#add-fig');
    await page.fill('#editor [name=metric]', '测试指标');
    await page.fill('#editor [name=value]', '7');
    await page.fill('#editor [name=unit]', '个');
    await page.click('#editor [type=submit]');
    expect(await page.locator('mark.added').count()).toBe(1);
    const second = page.locator('.bulletin').first().locator('mark.fig:not(.added)').nth(1);
    await second.click();
    await page.check('#editor [name=rejected]');
    await page.click('#editor [type=submit]');
    const lines = await exported(page);
    const first = records.filter((x) => x.file === records[0]!.file);
    expect(lines).toHaveLength(first.length);
    expect(lines.filter((l) => l.note === 'added by a reviewer')).toMatchObject([{ metric: '测试指标', value: 7, unit: '个' }]);
  });

  it('compares zones: one bar per zone for 工业投资, growth rates and targets in charts of their own', async () => {
    const { page } = opened;
    await page.click('.tabs [data-view=summary]');
    await page.selectOption('#metric', '工业投资');
    const investment = records.filter((r) => r.metric === '工业投资' && r.quality !== 'ocr_repeat');
    const zonesOf = (measure: string, status: string) => new Set(investment.filter((r) => r.measure === measure && r.status === status).map((r) => r.zone));
    const bars = page.locator('#charts [data-panel="actual-level"] rect.bar');
    expect(await bars.count()).toBe(zonesOf('level', 'actual').size);
    expect(new Set(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-zone'))))).toEqual(zonesOf('level', 'actual'));
    expect(await page.locator('#charts [data-panel="actual-growth"] rect.bar').count()).toBe(zonesOf('growth', 'actual').size);
    expect(await page.locator('#charts [data-panel^="target-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#view-summary table').count()).toBeGreaterThan(1);
    await shot(page, 'summary');
    await page.locator('#view-summary details').first().evaluate((el) => el.scrollIntoView());
    await shot(page, 'summary-table');
    const link = page.locator('#view-summary a[data-go]').first();
    const go = await link.getAttribute('data-go');
    await link.click();
    expect(await page.locator('#view-bulletins').isVisible()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.i)).toBe(go);
  });

  it('never sends a request off the page, nor fails in its script', () => {
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('review page for a bulletin holding markup', { timeout: 60_000 }, () => {
  it('shows every tag as text and runs none of them', async () => {
    const { page, requests } = await open(reviewPage(['fixtures/review/markup.txt'], 'markup.html'));
    const text = readFileSync('fixtures/review/markup.txt', 'utf8');
    expect(await page.locator('pre.text').textContent()).toBe(text);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('pre.text script, pre.text img, pre.text b, pre.text textarea').count()).toBe(0);
    await page.locator('mark.fig').nth(2).hover();
    expect(await page.locator('#tip').textContent()).toContain('<b>入驻企业</b>');
    await shot(page, 'markup');
    await page.click('.tabs [data-view=summary]');
    expect(await page.locator('#view-summary').textContent()).toContain('<b>入驻企业</b>');
    expect(await page.locator('#view-summary b').count()).toBe(0);
    expect(requests).toEqual([]);
  });
});

describe('review page with 1,000 figures', { timeout: 120_000 }, () => {
  it('paints in under 1 s and steps from figure to figure in well under a frame', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-'));
    const lines = Array.from({ length: 500 }, (_, i) => `${i % 2 ? '云岭' : '星河'}经济技术开发区新增入驻企业${i + 3}家,完成工业投资${(i / 10 + 1).toFixed(1)}亿元。`);
    writeFileSync(join(dir, 'many.txt'), `园区工作简报\n${lines.join('\n')}\n`);
    const { page } = await open(reviewPage([join(dir, 'many.txt')], 'many.html'));
    expect(await page.locator('mark.fig').count()).toBeGreaterThanOrEqual(1000);
    const paint = await firstPaint(page);
    await page.locator('mark.fig').first().focus();
    const perStep = await page.evaluate(() => {
      const started = performance.now();
      for (let i = 0; i < 500; i++) document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
      return (performance.now() - started) / 500;
    });
    console.log(`review page with 1,000 figures: first contentful paint ${paint.toFixed(0)} ms, ${perStep.toFixed(2)} ms a step`);
    expect(await page.evaluate(() => [...document.querySelectorAll('mark.fig')].indexOf(document.activeElement!))).toBe(500);
    expect(paint).toBeLessThan(1000);
    expect(perStep).toBeLessThan(16);
  });
});
