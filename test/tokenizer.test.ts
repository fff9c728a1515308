// The tokenizer cuts and tags text as nodejieba does, with the same dictionaries: it is checked
// against nodejieba itself, loaded here with the trimmed dictionary the build wrote.
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtDictionary, loadSegmenter, tokenize, USER_WORD_FREQUENCY, type Token, type UserWord } from '../src/lib/tokenizer.js';
import { tokenizerWords } from '../src/patterns/compile.js';
import { loadPatterns } from '../src/patterns/load.js';
import { rules } from './helpers.js';

const require = createRequire(import.meta.url);
const { DEFAULT_HMM_DICT } = require('nodejieba') as { DEFAULT_HMM_DICT: string };
const jiebaDir = require.resolve('nodejieba/package.json').replace(/package\.json$/, '');

interface NodeJieba {
  load(dict: string, hmm: string, user: string, idf: string, stop: string): boolean;
  tag(text: string): { word: string; tag: string }[];
}

const scratch = mkdtempSync(join(tmpdir(), 'zone-extract-tokenizer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** nodejieba, one instance per worker thread: its tokens, with offsets found as the tokenizer used to find them. */
function nodejieba(userWords: UserWord[]): (text: string) => Token[] {
  const file = (name: string, text: string): string => { const path = join(scratch, name); writeFileSync(path, text); return path; };
  const lib = require(join(jiebaDir, 'build', 'Release', 'nodejieba.node')) as NodeJieba;
  lib.load(builtDictionary.text, DEFAULT_HMM_DICT, file('user.utf8', userWords.map((w) => `${w.word} ${USER_WORD_FREQUENCY} ${w.tag}\n`).join('')), file('idf.utf8', '的 1.0\n'), file('stop.utf8', '的\n'));
  return (text) => {
    let at = 0;
    return lib.tag(text).map(({ word, tag }) => {
      const start = text.indexOf(word, at);
      at = start + word.length;
      return { word, tag, start, end: at };
    });
  };
}

const builtInWords = tokenizerWords(loadPatterns());
const reference = nodejieba(builtInWords);
const segmenter = loadSegmenter(builtInWords);

/** Pieces of a text as the stages ask for them: 8 and 40 characters from every third offset, and each line. */
function piecesOf(text: string): string[] {
  const pieces = text.split('\n');
  for (let at = 0; at < text.length; at += 3) pieces.push(text.slice(at, at + 8), text.slice(at, at + 40));
  return pieces;
}

const textsIn = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));

describe('tokenizer', () => {
  it('cuts and tags every piece of the seeds and the fixtures as nodejieba does', () => {
    const pieces = [...textsIn('seeds'), ...textsIn('fixtures')].flatMap(piecesOf);
    expect(pieces.length).toBeGreaterThan(40_000);
    const differing = pieces.filter((piece) => JSON.stringify(segmenter.tag(piece)) !== JSON.stringify(reference(piece)));
    expect(differing).toEqual([]);
  });

  it('agrees with nodejieba where its rules differ: separators, ASCII words and numbers, characters beyond the BMP, text no word takes', () => {
    const crafted = [
      '', '，', '计划，建设。 新区\t开工\n', 'abc123def', 'R&D投入', '增长12.5%以上', '3.14.15', 'x', '7', 'ab12', '1a',
      '𠀀𠀁产业园', '鑫龘淼焱', '臺灣積體電路製造', '……——', '（一）', '园区GDP达到', '計劃建設', '新建5G基站1200个',
    ];
    for (const text of crafted) expect(segmenter.tag(text), text).toEqual(reference(text));
  });

  it('keeps a user word whole and gives it its own part of speech, over the dictionary\'s', () => {
    const words = [{ word: '增', tag: 'zz' }, { word: '开发区规上', tag: 'nt' }, { word: '计划', tag: 'q' }];
    const mine = loadSegmenter(words);
    const text = '开发区规上工业增加值增，计划建设';
    expect(mine.tag(text).map((t) => `${t.word}/${t.tag}`)).toEqual(['开发区规上/nt', '工业/n', '增加值/n', '增/zz', '，/x', '计划/q', '建设/vn']);
    expect(segmenter.tag(text).map((t) => t.word)).not.toContain('开发区规上');
  });

  it('is loaded by the first tokens asked for, with the words of the rules compiled first', () => {
    rules();
    const tokens = tokenize('规模以上工业增加值增长');
    expect(tokens).toEqual(reference('规模以上工业增加值增长'));
    expect(tokenize('规模以上工业增加值增长')).toBe(tokens);
  });
});
