import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { recordFields } from '../src/emit/fields.js';
import { isGiven } from '../src/cli/v8Flags.js';

const cli = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, ['bin/zone-extract.js', ...args], { input, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'zx-'));
const bulletin = '湖州莫干山高新区规上工业增加值同比增长8.5%,工业投资完成12.4亿元,力争全年增长10%。';

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
      'zone-extract: fixtures/inputs/undecodable.txt: cannot decode: neither UTF-8, UTF-16, GB18030/GBK nor Big5 text',
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('zones: lists the zones found with article and figure counts', () => {
    const r = cli(['zones', '--format', 'json', 'fixtures/segment/multi-article.txt']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows[0]).toEqual({ zone: '湖州莫干山高新技术产业开发区', zone_level: 'zone', articles: 1, figures: 2 });
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
  it('gives the figures of an HTML table the metric and unit of their column and the zone of their row', () => {
    const r = cli(['--format', 'jsonl', '--fields', 'zone,metric,value,unit,measure,line', 'fixtures/html/zone-table.html']);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.slice(0, 4)).toEqual([
      { zone: '绍兴高新技术产业开发区', metric: '工业增加值', value: 120.5, unit: '亿元', measure: 'level', line: 11 },
      { zone: '绍兴高新技术产业开发区', metric: '工业增加值', value: 8.2, unit: '%', measure: 'growth', line: 11 },
      { zone: '绍兴高新技术产业开发区', metric: '营业收入', value: 356.4, unit: '亿元', measure: 'level', line: 11 },
      { zone: '绍兴高新技术产业开发区', metric: '营业收入', value: -5.2, unit: '%', measure: 'growth', line: 11 },
    ]);
    expect(records.filter((x) => x.zone === '浙江台州经济开发区').map((x) => `${x.metric} ${x.value}${x.unit}`)).toEqual(['工业增加值 86.3亿元', '工业增加值 -1.7%', '营业收入 210.9亿元', '营业收入 6.4%']);
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

describe('V8 flags', () => {
  it('leaves a flag the user gave Node as it is, written with - or _', () => {
    expect(isGiven('heap-growing-percent', ['--heap_growing_percent=30'])).toBe(true);
    expect(isGiven('max-inlined-bytecode-size-cumulative', ['--max-inlined-bytecode-size-cumulative=920'])).toBe(true);
    // another flag that starts the same is not the one
    expect(isGiven('max-inlined-bytecode-size-cumulative', ['--max-inlined-bytecode-size=100'])).toBe(false);
    expect(isGiven('turbo-loop-peeling', ['--turbo_loop_peeling'])).toBe(true);
    expect(isGiven('turbo-loop-peeling', ['--no-turbo-loop-peeling'])).toBe(true);
    expect(isGiven('turbo-loop-peeling', ['--noturbo-loop-peeling'])).toBe(true);
    expect(isGiven('turbo-loop-peeling', ['--turbo-loop-peeling-extra'])).toBe(false);
  });
  it('sets a switch on or off, and a number, in the forms V8 takes (it says on stderr what it refuses)', () => {
    const script = `import('./dist/cli/v8Flags.js').then(({ setV8Flags }) => setV8Flags({ 'turbo-loop-peeling': false, 'flush-bytecode': true, 'max-inlined-bytecode-size-cumulative': 200 }))`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
  it('gives the same records when the user sets the inlining budget back to V8\'s', () => {
    const r = spawnSync(process.execPath, ['--max-inlined-bytecode-size-cumulative=920', 'bin/zone-extract.js', '-f', 'jsonl', 'seeds/'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('fixtures/golden/seeds.jsonl', 'utf8'));
  });
});

describe('options fail loudly', () => {
  it.each([
    [['--status', 'TARGET'], /--status.*allowed: actual, target/],
    [['--status', 'bogus'], /--status.*allowed: actual, target/],
    [['--measure', 'growth,bogus'], /--measure.*allowed: level, growth, share, diff/],
  ])('%j: exit 2 naming the allowed values', (args, message) => {
    const r = cli([...args, '-f', 'jsonl', '-'], bulletin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  it('splits a comma list of choices', () => {
    const r = cli(['--measure', 'growth,share', '--status', 'actual', '-f', 'jsonl', '-'], bulletin);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual([8.5]);
  });
  it('prints the version with --version and -V', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const flag of ['--version', '-V']) expect(cli([flag])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
  it('ends help quietly when the reader closes the pipe at once', () => {
    for (let i = 0; i < 3; i++) {
      const r = spawnSync('bash', ['-c', 'node bin/zone-extract.js --help | true'], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
    }
  });
  it.each([
    ['-p', '/nonexistent', /\/nonexistent: no such folder/],
    ['-p', 'fixtures/patterns-bad/misspelt', /fixtures\/patterns-bad\/misspelt\/units\.yaml:3:3: unitz: Unrecognized key/],
    ['-p', 'fixtures/patterns-bad/misnamed', /fixtures\/patterns-bad\/misnamed\/unit\.yaml:1:1: not a rule file \(rule files: numbers\.yaml, units\.yaml/],
  ])('%s %s: exit 2 with file:line:column', (flag, dir, message) => {
    const r = cli([flag, dir, '-f', 'jsonl', '-'], bulletin);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('inputs and outputs', () => {
  it('reads piped standard input without -', () => {
    const r = cli(['-f', 'jsonl'], bulletin);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toMatchObject({ file: '-', value: 8.5 });
    expect(cli([], '').code).toBe(2);
  });
  it('takes the format from the --out extension, and refuses an unknown one', () => {
    const dir = tempDir();
    expect(cli(['--out', join(dir, 'f.xlsx'), '-'], bulletin).code).toBe(0);
    expect(readFileSync(join(dir, 'f.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(cli(['--out', join(dir, 'f.csv'), '-'], bulletin).code).toBe(0);
    expect(readFileSync(join(dir, 'f.csv'), 'utf8')).toMatch(/^\uFEFFfile,zone,zone_level,/);
    const unknown = cli(['--out', join(dir, 'f.dat'), '-'], bulletin);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/f\.dat: cannot tell the format .*\.csv.*give --format/);
    expect(existsSync(join(dir, 'f.dat'))).toBe(false);
  });
  it('honours --fields in json and jsonl', () => {
    const jsonl = cli(['-f', 'jsonl', '--fields', 'metric,value', '-'], bulletin).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl[0]).toEqual({ metric: '规模以上工业增加值', value: 8.5 });
    const json = JSON.parse(cli(['-f', 'json', '--fields', 'value', '-'], bulletin).stdout);
    expect(json[0]).toMatchObject({ zone: '湖州莫干山高新技术产业开发区', figures: [{ value: 8.5 }, { value: 12.4 }, { value: 10 }] });
  });
  it('matches --metric the way records are written (规上 → 规模以上)', () => {
    for (const metric of ['规上工业增加值', '规模以上工业增加值']) {
      const r = cli(['-f', 'jsonl', '--metric', metric, '-'], bulletin);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual([8.5]);
    }
  });
  it('fits a table to an 80-column terminal, with a file column, summaries, and a word when empty', () => {
    const r = cli(['-f', 'table', 'seeds/'], undefined, { COLUMNS: '80' });
    const lines = r.stdout.split('\n');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/^file\s+metric\s+value\s+unit/);
    expect(lines.at(-2)).toMatch(/^\d+ figures: \d+ actual, \d+ target, in \d+ zones from 5 files$/);
    expect(lines.filter((l) => /^\d+ figures?: \d+ actual, \d+ target$/.test(l)).length).toBeGreaterThan(1);
    expect(cli(['-f', 'table', '--status', 'target', 'fixtures/inputs/bom.txt']).stdout).toBe('no figures found\n');
  });
});

describe('check in CI', () => {
  it('with GITHUB_ACTIONS=true, annotations go to stderr and the JSON report stays valid; a step summary is appended', () => {
    const summaryFile = join(tempDir(), 'summary.md');
    writeFileSync(summaryFile, '# before\n');
    const r = cli(['check', '-f', 'json', 'fixtures/check/conflict-fail.txt'], undefined, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^::error file=fixtures\/check\/conflict-fail\.txt,line=\d+,col=\d+,title=conflicting-values::/m);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/^# before\n### zone-extract check\n/);
    expect(summary).toMatch(/^\| error \| conflicting-values \| fixtures\/check\/conflict-fail\.txt:\d+ \|/m);
  });
  it('accepts known findings by rule, zone, metric and period, with a reason', () => {
    expect(cli(['check', 'seeds/']).code).toBe(1);
    const r = cli(['check', '-f', 'json', '--accept', 'fixtures/check/seeds-accepted.yaml', 'seeds/']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, accepted: 2 });
    expect(report.accepted[0]).toMatchObject({ rule: 'conflicting-values', metric: '规模以上工业增加值', period: '2024', reason: expect.stringMatching(/15% target/) });
  });
  it('names an accepted finding no longer reported, and refuses an acceptance without a reason', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'stale.yaml'), '- { rule: conflicting-values, zone: 某某经开区, metric: 工业投资, period: null, reason: checked }\n');
    const stale = cli(['check', '--accept', join(dir, 'stale.yaml'), 'fixtures/check/conflict-pass.txt']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toMatch(/stale\.yaml:1:3: accepted conflicting-values finding no longer reported/);
    writeFileSync(join(dir, 'bad.yaml'), '- rule: conflicting-values\n  zone: null\n  metric: null\n  period: null\n  reasn: typo\n');
    const bad = cli(['check', '--accept', join(dir, 'bad.yaml'), 'fixtures/check/conflict-pass.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:\d+:\d+: /);
  });
  it('lets --patterns change a check rule by its id instead of adding a copy', () => {
    const r = cli(['check', '-p', 'fixtures/patterns-override', 'seeds/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no errors, 2 warnings/);
  });
});

describe('library', () => {
  const node = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  it('exports extract and extractFiles under the package name, with declarations', () => {
    const r = node(`import { extract, extractFiles } from 'zone-extract';
      const one = extract(${JSON.stringify(bulletin)}, { file: 'a.txt' });
      const all = extractFiles(['fixtures/inputs/bom.txt', 'no/such.txt']);
      console.log(JSON.stringify([one.map((x) => x.value), one[0].file, all.records.length, all.problems]));`);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([[8.5, 12.4, 10], 'a.txt', 1, [{ file: 'no/such.txt', reason: 'no such file or folder' }]]);
    const types = readFileSync('dist/index.d.ts', 'utf8');
    expect(types).toMatch(/export declare function extract\(text: string, options\?: TextOptions\): FigureRecord\[\]/);
    expect(types).toMatch(/export declare function extractFiles\(/);
  });
  it('zone-extract schema: a JSON Schema of the record, with every field', () => {
    const schema = JSON.parse(cli(['schema']).stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(recordFields);
    expect(schema.required).toEqual(recordFields);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.measure.enum).toEqual(['level', 'growth', 'share', 'diff']);
  });
});

describe('packaging', () => {
  it('packs what an installed CLI and library need, built before packing', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    for (const f of ['bin/zone-extract.js', 'dist/bundle/main.js', 'dist/bundle/bulletinWorker.js', 'dist/review/client.js', 'dist/index.js', 'dist/index.d.ts', 'dist/dict/jieba.trimmed.utf8', 'patterns/units.yaml']) expect(files).toContain(f);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
  });
  it('the README installs the CI tool from a packed tarball, as scripts/smoke.sh does', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/npm pack/);
    expect(readme).not.toMatch(/npm install -g \.\/tools\/zone-extract\s/);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/scripts\/smoke\.sh/);
  });
});

