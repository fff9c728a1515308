import { describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Chalk } from 'chalk';
import { recordWriter } from '../src/emit/formats.js';
import { recordFields, parseFields } from '../src/emit/fields.js';
import { groupByZone } from '../src/emit/group.js';
import { filterRecords, queryResolver } from '../src/emit/filter.js';
import { keeper, type Kept } from '../src/emit/keep.js';
import { utf8Bytes } from '../src/lib/utf8.js';
import { recordSchema, recordJsonSchema } from '../src/emit/schema.js';
import stringWidth from 'string-width';
import { defuse } from '../src/emit/delimited.js';
import { maskPersonalNumbers } from '../src/lib/personalNumbers.js';
import { maskRecord } from '../src/emit/mask.js';
import type { FigureRecord } from '../src/types.js';
import { chmodSync, createReadStream, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWhole } from '../src/emit/write.js';
import { extract } from '../src/pipeline.js';
import { formats } from '../src/emit/formats.js';
import { paintFor } from '../src/cli/terminal.js';
import { figuresOf, rules, inFormat } from './helpers.js';

const records = figuresOf('阳泉高新区工业投资完成32.3亿元,同比下降19.4%。平定经开区工业投资完成9.9亿元,力争增长10%。');
const plain = { bom: false, paint: new Chalk({ level: 0 }) };

describe('json and jsonl', () => {
  it('jsonl: one record a line with every field', async () => {
    const lines = String(await inFormat(records, 'jsonl', plain)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0])).toEqual(recordFields);
  });
  it('jsonl: each line the bytes JSON.stringify writes, whatever the strings and numbers', () => {
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().slice(0, 5);
    const real = seeds.flatMap((f) => extract({ file: join('seeds', f), text: readFileSync(join('seeds', f), 'utf8') }, rules()));
    const strings = ['', 'a"b', 'back\\slash', 'nul\u0000', 'tab\tline\nend\r', '\u001f\u007f', 'lone \ud800', 'lone \udc00 after', 'pair 😀', '\u2028\u2029', '高新区', '“全角”'];
    const numbers = [0, -0, -1.5, 0.1, 1 / 3, 1e21, -1e21, 1e-7, 123456789012.5, NaN, Infinity, -Infinity];
    const numeric = new Set(['value', 'base_value', 'value_max', 'start', 'end', 'line', 'column']);
    // every field takes each awkward value twice in a row, then null (the writer keeps its last string)
    const awkward = strings.flatMap((s, i) => [0, 1, 2].map((k) => {
      const r: Record<string, unknown> = {};
      for (const key of recordFields) r[key] = k === 2 ? null : numeric.has(key) ? numbers[(i + k) % numbers.length] : s;
      return r as unknown as FigureRecord;
    }));
    const all = [...real, ...awkward, ...real];
    expect(all.map(recordWriter('jsonl', plain).record).join('')).toBe(all.map((r) => `${JSON.stringify(r)}\n`).join(''));
  });
  it('json: grouped per zone in order of first appearance', async () => {
    const groups = JSON.parse(String(await inFormat(records, 'json', plain)));
    expect(groups.map((g: { zone: string }) => g.zone)).toEqual(['阳泉高新技术产业开发区', '平定经济技术开发区']);
    expect(groupByZone(records)[0]!.figures).toHaveLength(2);
  });
});

describe('written as records come, grouped without one whole-output string', () => {
  /** Everything a writer writes at its end, chunk by chunk, each chunk awaited as a slow reader would. */
  const ending = async (format: 'json' | 'xlsx', all: FigureRecord[]): Promise<(string | Uint8Array)[]> => {
    const writer = recordWriter(format, plain);
    expect(all.map(writer.record).join('')).toBe('');
    const chunks: (string | Uint8Array)[] = [];
    await writer.end(async (chunk) => { await new Promise((resolve) => setTimeout(resolve, 1)); chunks.push(chunk); });
    return chunks;
  };
  it('json: one piece per zone, then the closing bracket', async () => {
    const chunks = await ending('json', records);
    expect(chunks).toHaveLength(groupByZone(records).length + 1);
    expect(chunks.join('')).toBe(JSON.stringify(groupByZone(records), null, 2) + '\n');
  });
  it('xlsx: the zip in many chunks, each awaited, the same bytes as written at once', async () => {
    const many = Array.from({ length: 40 }, (_, k) => records.map((r) => ({ ...r, zone: `${r.zone}${k % 8}`, text: r.text.repeat(20) }))).flat();
    const chunks = await ending('xlsx', many);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Buffer.concat(chunks as Uint8Array[]).equals(await inFormat(many, 'xlsx', plain) as Buffer)).toBe(true);
  });
  it('xlsx: a failed write ends the workbook with that error', async () => {
    const writer = recordWriter('xlsx', plain);
    records.forEach(writer.record);
    await expect(writer.end(async () => { throw new Error('no space left on device'); })).rejects.toThrow('no space left on device');
  });
});

describe('fields', () => {
  it('json and jsonl keep only the fields asked for, json still grouped by zone', async () => {
    const fields: (keyof FigureRecord)[] = ['metric', 'value'];
    const lines = String(await inFormat(records, 'jsonl', { ...plain, fields })).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ metric: '工业投资', value: 32.3 });
    const groups = JSON.parse(String(await inFormat(records, 'json', { ...plain, fields })));
    expect(groups[1]).toEqual({ zone: '平定经济技术开发区', zone_level: 'zone', figures: [{ metric: '工业投资', value: 9.9 }, { metric: '工业投资', value: 10 }] });
  });
});

describe('csv and tsv', () => {
  it('round-trips: csv read back equals the records', async () => {
    const csv = String(await inFormat(records, 'csv', plain));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.value)).toEqual(records.map((r) => String(r.value)));
    expect(rows.map((r) => r.text)).toEqual(records.map((r) => r.text));
    expect(rows.map((r) => r.period)).toEqual(records.map((r) => r.period ?? ''));
  });
  it('writes a BOM only when asked', async () => {
    expect(String(await inFormat(records, 'csv', { ...plain, bom: true })).startsWith('\uFEFFfile,')).toBe(true);
    expect(String(await inFormat(records, 'csv', plain)).startsWith('file,')).toBe(true);
  });
  it('writes tab-separated values with the chosen fields', async () => {
    const tsv = String(await inFormat(records, 'tsv', { ...plain, fields: ['zone', 'value', 'unit'] }));
    expect(tsv.split('\n')[0]).toBe('zone\tvalue\tunit');
    expect(tsv.split('\n')[1]).toBe('阳泉高新技术产业开发区\t32.3\t亿元');
  });
  it('defuses cells a spreadsheet would run as formulas, but not plain numbers', () => {
    expect(defuse('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(defuse('@SUM(1)')).toBe(`'@SUM(1)`);
    expect(defuse('-19.4')).toBe('-19.4');
    expect(defuse(-19.4)).toBe(-19.4);
    expect(defuse('\tx')).toBe(`'\tx`);
  });
  it('refuses an unknown field by name', () => {
    expect(() => parseFields('zone,colour')).toThrow(/unknown field colour/);
  });
});

describe('table', () => {
  it('aligns columns by display width, CJK counted double', async () => {
    const text = String(await inFormat(records, 'table', { ...plain, fields: ['metric', 'value', 'unit'] }));
    const lines = text.split('\n').filter((l) => l.includes('亿元'));
    const valueEnds = lines.map((l) => l.indexOf('亿元'));
    expect(new Set(valueEnds).size).toBe(1);
    expect(text).toContain('阳泉高新技术产业开发区');
    expect(text).not.toContain('\x1b[');
  });
  it('colours only when the terminal and the environment allow', async () => {
    expect((await paintFor({ isTTY: true }, {})).level).toBeGreaterThan(0);
    expect((await paintFor({ isTTY: false }, {})).level).toBe(0);
    expect((await paintFor({ isTTY: true }, { NO_COLOR: '1' })).level).toBe(0);
    expect((await paintFor({ isTTY: false }, { FORCE_COLOR: '1' })).level).toBe(1);
    const coloured = String(await inFormat(records, 'table', { ...plain, paint: await paintFor({ isTTY: true }, {}) }));
    expect(coloured).toContain('\x1b[');
  });
});

describe('table on a terminal', () => {
  const wide: FigureRecord[] = [
    ...records.map((r) => ({ ...r, file: 'issues/2024-09/晋城市开发区工作动态第十二期.txt', metric: `${r.metric}及配套基础设施建设项目完成投资`, park: '光机电产业园' })),
    ...records.map((r) => ({ ...r, file: 'issues/2024-10/第十三期.txt' })),
  ];
  const widthOf = (text: string): number => Math.max(...text.split('\n').map((l) => stringWidth(l)));
  it('fits 80 columns: long texts shortened, the least needed columns dropped, a file column for several files', async () => {
    const natural = String(await inFormat(wide, 'table', plain));
    expect(widthOf(natural)).toBeGreaterThan(80);
    const text = String(await inFormat(wide, 'table', { ...plain, width: 80 }));
    expect(widthOf(text)).toBeLessThanOrEqual(80);
    const header = text.split('\n')[1]!.split(/\s+/);
    expect(header).toEqual(expect.arrayContaining(['file', 'metric', 'value', 'unit', 'measure', 'status']));
    expect(header).not.toContain('park');
    expect(text).toContain('…');
    expect(text).toContain('第十三期');
  });
  it('keeps the columns asked for, shortening only texts', async () => {
    const text = String(await inFormat(wide, 'table', { ...plain, width: 40, fields: ['metric', 'value', 'park'] }));
    const rows = text.split('\n').slice(1, 4);
    expect(rows[0]!.split(/\s+/)).toEqual(['metric', 'value', 'park']);
    expect(widthOf(rows.join('\n'))).toBeLessThanOrEqual(40);
  });
  it('sums up each zone and the whole, and says so when there is nothing', async () => {
    const text = String(await inFormat(records, 'table', plain));
    expect(text.split('\n').filter((l) => /^\d+ figures?:/.test(l))).toEqual([
      '2 figures: 2 actual, 0 target',
      '2 figures: 1 actual, 1 target',
      '4 figures: 3 actual, 1 target, in 2 zones from 1 file',
    ]);
    expect(await inFormat([], 'table', plain)).toBe('no figures found\n');
  });
});

describe('record schema', () => {
  it('describes every record the pipeline writes, and nothing else', () => {
    for (const r of records) expect(recordSchema.parse(r)).toEqual(r);
    expect(() => recordSchema.parse({ ...records[0], colour: 'red' })).toThrow();
    const json = recordJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(Object.keys(json.properties)).toEqual(recordFields);
    expect(Object.values(json.properties).every((p) => p.description)).toBe(true);
  });
});

describe('xlsx', () => {
  it('round-trips: a summary sheet and a sheet per zone, numbers as numbers, frozen header', async () => {
    const buffer = await inFormat(records, 'xlsx', plain) as Buffer;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', '阳泉高新技术产业开发区', '平定经济技术开发区']);
    const zone = book.getWorksheet('阳泉高新技术产业开发区')!;
    expect(zone.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (zone.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(recordFields);
    const valueColumn = recordFields.indexOf('value') + 1;
    expect(zone.getRow(2).getCell(valueColumn).value).toBe(32.3);
    expect(zone.getRow(3).getCell(valueColumn).value).toBe(-19.4);
    const rows = zone.getSheetValues().slice(2).map((r) => recordFields.map((_, i) => (r as unknown[])[i + 1] ?? null));
    const expected = records.filter((r) => r.zone === '阳泉高新技术产业开发区').map((r) => recordFields.map((f) => r[f] ?? null));
    expect(rows).toEqual(expected);
    const summary = book.getWorksheet('Summary')!;
    expect((summary.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['zone', 'zone_level', 'metric', 'measure', 'status', 'unit']);
  });
});

describe('xlsx bytes', () => {
  it('are the same whenever the workbook is written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-03-01T08:00:00Z'));
      const first = await inFormat(records, 'xlsx', plain) as Buffer;
      vi.setSystemTime(new Date('2025-07-09T17:31:07Z'));
      const second = await inFormat(records, 'xlsx', plain) as Buffer;
      expect(first.equals(second)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('--out', () => {
  const dir = (): string => mkdtempSync(join(tmpdir(), 'zx-out-'));
  it('keeps the mode of the file it replaces', async () => {
    const out = join(dir(), 'out.jsonl');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    await writeWhole(out, 'new');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toBe('new');
  });
  it('writes through a symbolic link, which stays a link', async () => {
    const d = dir();
    writeFileSync(join(d, 'real.csv'), 'old');
    symlinkSync(join(d, 'real.csv'), join(d, 'link.csv'));
    await writeWhole(join(d, 'link.csv'), 'new');
    expect(lstatSync(join(d, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'real.csv'), 'utf8')).toBe('new');
  });
  it('writes a FIFO (or a device) in place', async () => {
    const fifo = join(dir(), 'out.pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      let got = '';
      createReadStream(fifo, 'utf8').on('data', (d) => { got += String(d); }).on('end', () => resolve(got));
    });
    await writeWhole(fifo, 'figures');
    expect(await reader).toBe('figures');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
  it('names the path it was given when the write fails', async () => {
    await expect(writeWhole('/no/such/folder/out.csv', 'x')).rejects.toThrow(/^cannot write \/no\/such\/folder\/out\.csv: no such file or folder$/);
  });
  it('removes what a killed run left behind', async () => {
    const d = dir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(d, `.out.csv.${gone}.tmp`), 'bulletin text');
    await writeWhole(join(d, 'out.csv'), 'new');
    expect(readdirSync(d)).toEqual(['out.csv']);
  });
  it('removes its temporary file when a signal stops the write', async () => {
    const d = dir();
    const script = `const { writeWhole } = await import(${JSON.stringify(join(process.cwd(), 'dist/emit/write.js'))});
      process.stdout.write('go'); await writeWhole(${JSON.stringify(join(d, 'out.jsonl'))}, Buffer.alloc(400e6, 32));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    while (!readdirSync(d).length) await new Promise((resolve) => setTimeout(resolve, 1));
    child.kill('SIGTERM');
    const signal = await new Promise((resolve) => child.once('exit', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(d).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it.each(['csv', 'json', 'xlsx'])('writes %s, streamed as it comes, through a link, keeping the mode, and a FIFO in place', async (format) => {
    const d = dir();
    const cli = (out: string) => spawnSync(process.execPath, ['bin/zone-extract.js', '-f', format, '--out', out, 'fixtures/inputs/bom.txt']);
    writeFileSync(join(d, 'real'), 'old');
    chmodSync(join(d, 'real'), 0o640);
    symlinkSync(join(d, 'real'), join(d, 'link'));
    expect(cli(join(d, 'link')).status).toBe(0);
    expect(lstatSync(join(d, 'link')).isSymbolicLink()).toBe(true);
    expect(statSync(join(d, 'real')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(d, 'real')).length).toBeGreaterThan(10);
    execFileSync('mkfifo', [join(d, 'fifo')]);
    const reader = spawn('cat', [join(d, 'fifo')]);
    const got = new Promise<Buffer>((resolve) => { const parts: Buffer[] = []; reader.stdout.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve(Buffer.concat(parts))); });
    expect(cli(join(d, 'fifo')).status).toBe(0);
    expect((await got).equals(readFileSync(join(d, 'real')))).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['fifo', 'link', 'real']);
  });
  it('keeps an existing output when no input could be read', () => {
    const out = join(dir(), 'keep.csv');
    writeFileSync(out, 'old');
    const r = spawnSync(process.execPath, ['bin/zone-extract.js', '-f', 'csv', '--out', out, 'missing.txt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(existsSync(out)).toBe(true);
  });
});

describe('what a run keeps of a bulletin', () => {
  it('is its filtered records, or for a line format their lines, as the format writes them', async () => {
    const keepRecords = keeper({ filter: { zone: ['平定'] } }, rules().patterns);
    expect(keepRecords(records)).toEqual({ records: records.filter((r) => r.zone?.startsWith('平定')) });
    const keepLines = keeper({ filter: { status: ['actual'] }, lines: { format: 'csv', fields: ['zone', 'value'] } }, rules().patterns);
    const actual = records.filter((r) => r.status === 'actual');
    expect(actual.length).toBeGreaterThan(0);
    const linesOf = (kept: Kept): string => ('lines' in kept ? new TextDecoder().decode(kept.lines) : 'no lines');
    expect(linesOf(keepLines(records))).toBe(actual.map(recordWriter('csv', { fields: ['zone', 'value'], bom: true }).record).join(''));
    expect(linesOf(keeper({ filter: {}, lines: { format: 'jsonl' } }, rules().patterns)(records))).toBe(String(await inFormat(records, 'jsonl', plain)));
  });
});

describe('lines in UTF-8', () => {
  it('are the bytes Buffer.from writes, short or long, in a buffer of their own that another thread can be handed', () => {
    const long = '园区𠀀a'.repeat(300_000);
    for (const text of ['', 'a', '开发区完成投资12.5亿元\n', '𠀀𪚥\u00e9', '\u0000\u007f\u0080\u07ff\u0800\uffff', 'a\ud800b\udc00', long]) {
      const bytes = utf8Bytes(text);
      expect(Buffer.from(bytes).equals(Buffer.from(text))).toBe(true);
      expect(bytes.byteOffset).toBe(0);
    }
    expect(utf8Bytes(long).buffer.byteLength).toBe(Buffer.byteLength(long));
    for (const text of ['a', 'a\ud800']) expect(utf8Bytes(text).buffer.byteLength).toBe(Buffer.byteLength(text));
  });
});

describe('filters', () => {
  const resolve = queryResolver(rules().patterns);
  it('keeps records by zone, metric, status and measure', () => {
    expect(filterRecords(records, { zone: ['平定'] }, resolve)).toHaveLength(2);
    expect(filterRecords(records, { status: ['target'] }, resolve).map((r) => r.value)).toEqual([10]);
    expect(filterRecords(records, { measure: ['growth'], zone: ['阳泉'] }, resolve).map((r) => r.value)).toEqual([-19.4]);
    expect(filterRecords(records, { metric: ['工业投资'] }, resolve)).toHaveLength(4);
  });
  it('reads a metric asked for the way records are written: synonyms and punctuation', () => {
    const growth = figuresOf('阳泉高新区规上工业增加值同比增长8.2%。');
    expect(resolve.metric('规上工业增加值')).toBe('规模以上工业增加值');
    expect(resolve.metric('“规上”工业')).toBe('规模以上工业');
    expect(filterRecords(growth, { metric: ['规上工业增加值'] }, resolve).map((r) => r.value)).toEqual([8.2]);
  });
  it('finds a zone by a short or full name, as records resolve it', () => {
    for (const zone of ['阳泉高新区', '阳泉高新技术产业开发区', '山西阳泉高新区']) expect(filterRecords(records, { zone: [zone] }, resolve)).toHaveLength(2);
    expect(filterRecords(records, { zone: ['平定高新区'] }, resolve)).toHaveLength(0);
    expect(filterRecords(records, { zone: ['平定开发区'] }, resolve)).toHaveLength(2);
  });
  it('resolves zones asked for with the zone words of the rules in use', () => {
    const { zones } = rules().patterns;
    const withoutShortSuffixes = queryResolver({ ...rules().patterns, zones: { ...zones, short_suffixes: {} } });
    expect(filterRecords(records, { zone: ['阳泉高新区'] }, withoutShortSuffixes)).toHaveLength(0);
  });
});

describe('personal data', () => {
  it('stars every digit of identity, phone and account numbers in all their written forms', () => {
    expect(maskPersonalNumbers('身份证(号码 142625198210075430)')).toBe('身份证(号码 ******************)');
    expect(maskPersonalNumbers('号11010519491231002X的')).toBe('号******************的');
    expect(maskPersonalNumbers('证件１１０１０５１９４９１２３１００２Ｘ')).toBe('证件******************');
    expect(maskPersonalNumbers('110105 19491231 002X')).toBe('****** ******** ****');
    expect(maskPersonalNumbers('电话13812345678,138 1234 5678,+86 139-1234-5678')).toBe('电话***********,*** **** ****,+** ***-****-****');
    expect(maskPersonalNumbers('增长16.6%,2023-08-20,1-6月')).toBe('增长16.6%,2023-08-20,1-6月');
  });
  it('masks each record afresh when a field changes and changes back', () => {
    const [phone, plainText] = ['联系电话13812345678,投资5亿元', '投资5亿元,同比增长8%'];
    const texts = [phone, plainText, phone, phone, plainText].map((t) => maskRecord({ ...personal[0]!, text: t }).text);
    expect(texts).toEqual(['联系电话***********,投资5亿元', plainText, '联系电话***********,投资5亿元', '联系电话***********,投资5亿元', plainText]);
  });
  const text = readFileSync('fixtures/emit/personal.txt', 'utf8');
  const personal = figuresOf(text);
  /** digit groups of the fixture's identity and phone numbers */
  const leaked = (output: string): string[] => ['1101', '0519', '4912', '1231', '002X', '1381', '2345', '5678', '1234', '１１０１', '1391'].filter((g) => output.includes(g));
  it('finds the figures, and none in a phone or identity number', () => {
    expect(personal.map((r) => `${r.value}${r.unit}`)).toEqual(['120%', '5亿元', '8亿元']);
  });
  it.each(formats)('prints no identity or phone digit in %s', async (format) => {
    const output = await inFormat(personal, format, plain);
    if (format !== 'xlsx') { expect(leaked(String(output))).toEqual([]); return; }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(output as Buffer);
    const cells = book.worksheets.flatMap((w) => w.getSheetValues().flatMap((row) => (row as unknown[] | undefined) ?? [])).join('|');
    expect(cells).toContain('开工率');
    expect(leaked(cells)).toEqual([]);
  });
});
