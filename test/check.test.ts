import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, ['bin/zone-extract.js', 'check', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const findings = (args: string[]) => JSON.parse(run(['--format', 'json', ...args]).stdout).findings as { rule: string; severity: string; line: number; message: string }[];

describe('consistency rules, each with a passing and a failing bulletin', () => {
  it.each([
    ['parts', 'parts-exceed-total'],
    ['diff', 'diff-vs-target'],
    ['share', 'share-vs-parts'],
    ['range', 'percent-out-of-range'],
    ['conflict', 'conflicting-values'],
  ])('%s: %s', (name, rule) => {
    const pass = run([`fixtures/check/${name}-pass.txt`]);
    expect(pass.stdout).toContain('no errors');
    expect(pass.code).toBe(0);
    const fail = run([`fixtures/check/${name}-fail.txt`]);
    expect(fail.code).toBe(1);
    expect(findings([`fixtures/check/${name}-fail.txt`]).map((f) => f.rule)).toContain(rule);
  });
  it('names the parts that do not add up, and where', () => {
    const f = findings(['fixtures/check/parts-fail.txt']);
    expect(f.map((x) => `${x.line} ${x.message}`)).toEqual([
      '2 parts 20个 + 12个 + 11个 = 43 exceed the total 42个',
      '3 parts 30家 + 55家 = 85 exceed the total 80家',
    ]);
  });
  it('exempts only the share a plan phrase governs, not every share in its sentence', () => {
    expect(findings(['fixtures/check/range-plan.txt']).map((f) => `${f.rule} ${f.message}`)).toEqual(['percent-out-of-range 签约项目开工率 of 250% is above 100%']);
  });
  it('explains a share that is not its parts\' quotient', () => {
    expect(findings(['fixtures/check/share-fail.txt'])[0]!.message).toBe('转型项目投资 18.2亿元 / 工业投资 20.5亿元 is 88.78%, not 92.8%');
  });
});

describe('expectations', () => {
  it('reports a zone article that misses a required metric, and a zone not covered', () => {
    const f = findings(['--expect', 'fixtures/check/expect.yaml', 'fixtures/check/diff-pass.txt']);
    expect(f.map((x) => `${x.rule}: ${x.message}`)).toEqual([
      'missing-metric: 湖州高新区 reports no 工业投资',
      'missing-zone: no article or figure covers 嘉兴经开区',
    ]);
  });
  it('passes when every zone reports what is required', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-'));
    writeFileSync(join(dir, 'e.yaml'), 'metrics: [规模以上工业增加值]\nzones: [湖州高新区]\n');
    expect(run(['--expect', join(dir, 'e.yaml'), 'fixtures/check/diff-pass.txt']).code).toBe(0);
  });
  it('matches an expected zone written in full to the short name a bulletin prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-'));
    writeFileSync(join(dir, 'e.yaml'), 'zones: [湖州高新技术产业开发区, 浙江湖州高新区]\n');
    expect(run(['--expect', join(dir, 'e.yaml'), 'fixtures/check/diff-pass.txt']).code).toBe(0);
  });
  it('rejects a malformed expectations file with file:line and exit 2', () => {
    const r = run(['--expect', 'fixtures/check/expect-bad.yaml', 'fixtures/check/diff-pass.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fixtures\/check\/expect-bad\.yaml:\d+:\d+: .*zone/);
  });
});

describe('baseline', () => {
  const baseline = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'zx-'));
    const out = join(dir, 'base.jsonl');
    spawnSync(process.execPath, ['bin/zone-extract.js', '--format', 'jsonl', '--out', out, 'fixtures/check/diff-pass.txt']);
    return out;
  };
  it('is clean against itself', () => {
    expect(run(['--baseline', baseline(), 'fixtures/check/diff-pass.txt']).stdout).toContain('no errors, 0 warnings');
  });
  it('fails on a changed figure, keyed by zone, metric, measure, status and period', () => {
    const base = baseline();
    const f = findings(['--baseline', base, 'fixtures/check/diff-fail.txt']).filter((x) => x.rule.startsWith('baseline'));
    expect(f.map((x) => `${x.severity} ${x.message}`)).toContain('error changed: 湖州高新区 | 规模以上工业增加值增速较省定目标 | diff | actual | 2023 was 3.5个百分点, now 2.5个百分点');
    expect(run(['--baseline', base, 'fixtures/check/diff-fail.txt', '--fail-on', 'removed']).stdout).toMatch(/warning baseline-changed/);
  });
  it('reports added and removed figures, failing only on the kinds asked for', () => {
    const base = baseline();
    const r = run(['--baseline', base, '--fail-on', 'added', 'fixtures/check/share-pass.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error baseline-added/);
    expect(r.stdout).toMatch(/warning baseline-removed/);
  });
  it('refuses an unknown --fail-on kind', () => {
    expect(run(['--baseline', baseline(), '--fail-on', 'moved', 'fixtures/check/diff-pass.txt']).code).toBe(2);
  });
});

describe('reports', () => {
  it('prints no identity or phone digit in a report or an annotation', () => {
    for (const r of [run(['fixtures/emit/personal.txt'], { GITHUB_ACTIONS: 'true' }), run(['-f', 'json', 'fixtures/emit/personal.txt'])]) {
      expect(r.stdout).toContain('percent-out-of-range');
      expect(r.stdout).not.toMatch(/1101|0519|1231|002X|1381|5678|1234/);
    }
  });
  it('prints GitHub annotations when GITHUB_ACTIONS=true', () => {
    const r = run(['fixtures/check/diff-fail.txt'], { GITHUB_ACTIONS: 'true' });
    expect(r.stderr).toMatch(/^::error file=fixtures\/check\/diff-fail\.txt,line=2,col=\d+,title=diff-vs-target::18\.5%25 less the target 15%25 is 3\.5 points, not 2\.5个百分点$/m);
  });
  it('exits 2 for an unreadable input, after checking the rest', () => {
    const r = run(['no/such.txt', 'fixtures/check/diff-fail.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such.txt: no such file or folder');
    expect(r.stdout).toContain('diff-vs-target');
  });
});
