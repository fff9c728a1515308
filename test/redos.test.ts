import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { loadPatterns } from '../src/patterns/load.js';
import { PatternError } from '../src/patterns/errors.js';
import { EVERY_STRIPPED } from '../src/attribute/metricWords.js';
import { LAST_CHUNK } from '../src/attribute/phrase.js';
import { CHINESE_DATE } from '../src/segment/documentDate.js';

/** Every regular expression literal in src/, with where it is. */
function regexLiterals(dir: string): { where: string; source: string; flags: string }[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return regexLiterals(path);
    if (!entry.name.endsWith('.ts')) return [];
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const found: { where: string; source: string; flags: string }[] = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file);
        const slash = text.lastIndexOf('/');
        found.push({ where: `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  });
}

describe('regular expression literals in src/', () => {
  const literals = regexLiterals('src');
  it('are found', () => expect(literals.length).toBeGreaterThan(100));
  it('are safe from catastrophic backtracking (recheck)', () => {
    const unsafe = literals.filter((r) => checkSync(r.source, r.flags.replace('g', '')).status !== 'safe');
    expect(unsafe.map((r) => `${r.where}: /${r.source}/`)).toEqual([]);
  }, 120_000);
});

describe('regular expressions src/ builds from fixed pieces (no literal for the test above to find)', () => {
  it('are safe from catastrophic backtracking (recheck)', () => {
    const built = { EVERY_STRIPPED, LAST_CHUNK, CHINESE_DATE };
    const unsafe = Object.entries(built).filter(([, re]) => checkSync(re.source, re.flags.replace(/[gy]/g, '')).status !== 'safe');
    expect(unsafe.map(([name]) => name)).toEqual([]);
  }, 60_000);
});

describe('rule words put into regular expressions', () => {
  it('are refused with file:line:column when they hold regular-expression syntax', () => {
    expect(() => loadPatterns(['fixtures/patterns-bad/regex'])).toThrow(PatternError);
    expect(() => loadPatterns(['fixtures/patterns-bad/regex'])).toThrow(/fixtures\/patterns-bad\/regex\/articles\.yaml:1:19: byline_prefixes\.0: a word is taken literally/);
  });
});
