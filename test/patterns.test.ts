import { describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkSync } from 'recheck';
import { builtinPatternsDir, loadPatterns } from '../src/patterns/load.js';
import { PatternError } from '../src/patterns/errors.js';
import { builtDigestFile, builtRules, builtRulesFile, type BuiltFiles } from '../src/patterns/builtin.js';
import { patternRegexes } from '../src/patterns/regexes.js';
import { exclusionsSchema } from '../src/patterns/schema.js';
import { findZoneMentions, namePartTester } from '../src/segment/gazetteer.js';
import { removeChrome } from '../src/normalise/chrome.js';
import { figuresOf, rules, splitExample } from './helpers.js';

interface Example { file: string; path: string; text: string; counter: boolean }

function collect(node: unknown, file: string, path: string[], out: Example[]): void {
  if (Array.isArray(node)) { node.forEach((n, i) => collect(n, file, [...path, String(i)], out)); return; }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'examples' || key === 'counterexamples') && Array.isArray(value)) {
      for (const text of value) out.push({ file, path: path.join('.'), text: String(text), counter: key === 'counterexamples' });
    } else collect(value, file, [...path, key], out);
  }
}

const examples: Example[] = [];
for (const file of readdirSync(builtinPatternsDir).filter((f) => f.endsWith('.yaml'))) {
  collect(parse(readFileSync(join(builtinPatternsDir, file), 'utf8')), file, [], examples);
}

function checkExample(ex: Example): void {
  const { input, expected } = splitExample(ex.text);
  const figures = figuresOf(input);
  switch (ex.file) {
    case 'numbers.yaml':
    case 'units.yaml':
    case 'exclusions.yaml': {
      if (ex.counter) { expect(figures.map((f) => f.text)).toEqual([]); return; }
      const [number, unit, qualifier] = expected.split(' ');
      const printed = figures.map((f) => `${input.slice(f.start, f.start + (number ?? '').length)} ${f.unit} ${f.qualifier ?? ''}`.trim());
      expect(printed).toContain([number, unit, qualifier].filter(Boolean).join(' '));
      return;
    }
    case 'cues.yaml': {
      const last = figures[figures.length - 1]!;
      const [first, value] = expected.split(' ');
      if (first === 'target' || first === 'actual') expect(last.status).toBe(first);
      else { expect(last.measure).toBe(first); expect(last.value).toBe(Number(value)); }
      return;
    }
    case 'periods.yaml': {
      // "text => period P": the last figure covers P ('-' for none); a counterexample must not
      const period = figures[figures.length - 1]!.period ?? '-';
      const named = expected.replace(/^period /, '');
      if (ex.counter) expect(period).not.toBe(named); else expect(period).toBe(named);
      return;
    }
    case 'metrics.yaml':
      expect(figures[figures.length - 1]!.metric).toBe(expected);
      return;
    case 'zones.yaml': {
      const r = rules();
      const mentions = findZoneMentions(input, r.gazetteer, namePartTester(r.gazetteer.notPlaces)).filter((m) => !m.bare && !m.park && !m.aggregate);
      if (ex.counter) expect(mentions).toEqual([]);
      else expect(figuresOf(input)[0]?.zone ?? mentions[0]?.name).toBe(expected);
      return;
    }
    case 'chrome.yaml':
      expect(removeChrome(input, rules().chrome)?.text.trim() ?? input).toBe(ex.counter ? input : expected);
      return;
    default:
      throw new Error(`no runner for examples in ${ex.file}`);
  }
}

describe('every example and counterexample in patterns/', () => {
  it('has some', () => expect(examples.length).toBeGreaterThan(60));
  it.each(examples.map((e) => [`${e.file} ${e.path} ${e.counter ? '✗' : '✓'} ${e.text}`, e]))('%s', (_name, ex) => checkExample(ex as Example));
});

describe('loading rule files', () => {
  it('loads the built-in rules', () => {
    const p = loadPatterns();
    expect(p.units.units.length).toBeGreaterThan(10);
  });
  it('reports a YAML syntax error with file:line:column', () => {
    expect(() => loadPatterns(['fixtures/patterns-bad/syntax'])).toThrow(/fixtures\/patterns-bad\/syntax\/units\.yaml:\d+:\d+: /);
  });
  it('reports a schema error with file:line:column and the field', () => {
    expect(() => loadPatterns(['fixtures/patterns-bad/schema'])).toThrow(PatternError);
    expect(() => loadPatterns(['fixtures/patterns-bad/schema'])).toThrow(/cues\.yaml:4:\d+: measure\.growth\.words\.1: /);
  });
  it('refuses an exclusion rule given what its kind does not read, with file:line:column', () => {
    expect(() => loadPatterns(['fixtures/patterns-bad/exclusion'])).toThrow(/exclusions\.yaml:5:\d+: rules\.0\.before\.0: one character/);
  });
  it.each([
    [{ id: 'no_words', kind: 'followed_by' }, /needs words/],
    [{ id: 'no_chars', kind: 'adjacent_chars' }, /needs before or after/],
    [{ id: 'stray', kind: 'min_digits', words: ['号'] }, /does not read words/],
    [{ id: 'stray', kind: 'followed_by', words: ['号'], families: ['count'] }, /does not read families/],
  ])('an exclusion rule of a kind reads only its own fields: %o', (rule, message) => {
    const r = exclusionsSchema.safeParse({ rules: [rule] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });
  it('takes exclusion rules that give their kind what it reads', () => {
    const ok = [{ id: 'a', kind: 'adjacent_chars', after: ['#'] }, { id: 'b', kind: 'unit_followed_by', words: ['号'], families: ['count'] }, { id: 'c', kind: 'inside_quotes', max_length: 9 }];
    expect(exclusionsSchema.safeParse({ rules: ok }).success).toBe(true);
  });
  it('merges a user folder over the built-in rules (--patterns)', () => {
    const p = loadPatterns(['fixtures/patterns-extra']);
    expect(p.units.units.some((u) => u.forms.includes('标箱'))).toBe(true);
    expect(p.units.units.some((u) => u.forms.includes('亩'))).toBe(true);
  });
});

describe('regular expressions built from the rules', () => {
  it.each(patternRegexes(rules()).map(([name, re]) => [name, re]))('%s is safe from catastrophic backtracking', (_name, re) => {
    const { source, flags } = re as RegExp;
    expect(checkSync(source, flags.replace('g', '')).status).toBe('safe');
  });
});

describe('the rules built at build time', () => {
  /** A copy of patterns/ and of the built rules, the rules written an hour before the patterns, as `cp -r dist patterns` leaves them. */
  function copiedInstall(): { dir: string; files: BuiltFiles } {
    const dir = mkdtempSync(join(tmpdir(), 'zone-extract-built-'));
    const files: BuiltFiles = { patternsDir: join(dir, 'patterns'), rulesFile: join(dir, 'rules.json'), digestFile: join(dir, 'rules.digest') };
    copyFileSync(builtRulesFile, files.rulesFile);
    copyFileSync(builtDigestFile, files.digestFile);
    cpSync(builtinPatternsDir, files.patternsDir, { recursive: true });
    const anHourAgo = new Date(Date.now() - 3600_000);
    utimesSync(files.rulesFile, anHourAgo, anHourAgo);
    return { dir, files };
  }

  it('are used where patterns/ is newer but holds what they were built from (a copy)', () => {
    const { dir, files } = copiedInstall();
    try {
      expect(builtRules(files)).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are not used once a file of patterns/ changed, nor without the digest of what they were built from', () => {
    const { dir, files } = copiedInstall();
    try {
      rmSync(files.digestFile);
      expect(builtRules(files)).toBeNull();
      copyFileSync(builtDigestFile, files.digestFile);
      appendFileSync(join(files.patternsDir, 'units.yaml'), '# edited\n');
      expect(builtRules(files)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
