import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, ['bin/zone-extract.js', ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('zone-extract', () => {
  it('matches the reviewed golden output on seeds/ (update with npm run golden, and review the diff)', () => {
    const r = cli(['--format', 'jsonl', 'seeds/']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('fixtures/golden/seeds.jsonl', 'utf8'));
  });
  it('never prints an identity number, not even inside text', () => {
    const r = cli(['--format', 'jsonl', 'seeds/']);
    expect(r.stdout).not.toMatch(/\d{15,}/);
    const id = cli(['--format', 'jsonl', '-'], '申请人身份证号码110105194912310021,园区新增企业3家。');
    expect(id.stdout).not.toContain('110105194912310021');
    expect(JSON.parse(id.stdout).text).toContain('******************');
  });
  it('reads standard input with -', () => {
    const r = cli(['--format', 'jsonl', '-'], '高平经开区现入驻企业95户。');
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', value: 95, unit: '户', zone: '高平经济技术开发区' });
  });
  it('reads UTF-8 with a BOM, offsets after the BOM', () => {
    const r = cli(['--format', 'jsonl', 'fixtures/inputs/bom.txt']);
    expect(JSON.parse(r.stdout)).toMatchObject({ value: 95, start: 10 });
  });
  it('names a bad file on one line, exits 2, and still processes the others', () => {
    const r = cli(['--format', 'jsonl', 'fixtures/inputs/undecodable.txt', 'no/such/file.txt', 'fixtures/inputs/bom.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'zone-extract: no/such/file.txt: no such file or folder',
      'zone-extract: fixtures/inputs/undecodable.txt: cannot decode: neither UTF-8, UTF-16 nor GB18030/GBK text',
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('zones: lists the zones found with article and figure counts', () => {
    const r = cli(['zones', '--format', 'json', 'fixtures/segment/multi-article.txt']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows[0]).toEqual({ zone: '湖州莫干山高新区', zone_level: 'zone', articles: 1, figures: 2 });
    expect(rows.find((x: { zone: string }) => x.zone === '绍兴市')).toMatchObject({ zone_level: 'city', articles: 1 });
  });
  it('exits 2 on bad usage', () => {
    expect(cli(['--format', 'xml', 'seeds/']).code).toBe(2);
    expect(cli([]).code).toBe(2);
  });
  it('prints help with examples and exit codes, and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toMatch(/Exit codes: 0 success, 1 .*, 2 usage or input error/);
  });
  it('writes JSON when piped and no format is given', () => {
    expect(JSON.parse(cli(['fixtures/inputs/bom.txt']).stdout)[0].zone).toBe('高平经济技术开发区');
  });
  it('writes a BOM when --out ends in .csv, and filters and picks fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-'));
    const out = join(dir, 'f.csv');
    expect(cli(['--out', out, '--format', 'csv', '--fields', 'zone,metric,value', '--status', 'target', 'seeds/']).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFzone,metric,value\n')).toBe(true);
    expect(csv.split('\n').length).toBeGreaterThan(10);
  });
  it('writes no CSV cell a spreadsheet would run as a formula', () => {
    const r = cli(['--format', 'csv', '--fields', 'text,value', 'fixtures/inputs/injection.txt']);
    const cells = r.stdout.split('\n').slice(1).filter(Boolean).map((line) => line.replace(/^"/, ''));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => !/^[=+@]/.test(c))).toBe(true);
    expect(r.stdout).toContain(`'=HYPERLINK`);
    expect(r.stdout).toMatch(/,-3\.5$/m);
  });
  it('writes xlsx to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-'));
    const out = join(dir, 'f.xlsx');
    expect(cli(['--out', out, '--format', 'xlsx', 'seeds/']).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
  it('reads GB18030 and UTF-16 bulletins', () => {
    const r = cli(['--format', 'jsonl', 'fixtures/inputs/gb18030.txt', 'fixtures/inputs/utf16le-nobom.txt']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual([12.5, 12.5]);
  });
  it('refuses an unknown field with exit 2', () => {
    const r = cli(['--fields', 'zone,colour', 'fixtures/inputs/bom.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown field colour/);
  });
  it('writes --out whole, and leaves no file behind when it fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-'));
    const out = join(dir, 'figures.csv');
    expect(cli(['--format', 'csv', '--out', out, 'fixtures/inputs/bom.txt']).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^\uFEFFfile,zone,zone_level/);
    const missing = join(dir, 'no-such-dir', 'x.json');
    expect(cli(['--out', missing, 'fixtures/inputs/bom.txt']).code).toBe(2);
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(dir)).toEqual(['figures.csv']);
  });
  it('rejects a broken rule folder with file:line', () => {
    const r = cli(['--patterns', 'fixtures/patterns-bad/schema', 'seeds/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fixtures\/patterns-bad\/schema\/cues\.yaml:4:\d+:/);
  });
  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync('bash', ['-c', 'node bin/zone-extract.js --format jsonl seeds/ | head -1'], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
