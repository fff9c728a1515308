// The dictionaries jieba loads, written once at build time into dist/dict (nothing is written per run):
// - a trimmed main dictionary derived from jieba's own: the words bulletins use are frequent ones,
//   and the domain terms come from patterns/ as a user dictionary. Loads in ~0.1 s instead of ~1 s;
// - the user dictionary of the built-in rules (metric terms, zone names, place stems);
// - tiny stand-ins for the keyword-extraction dictionaries, never used.
// And the built-in rules as JSON (dist/rules.json).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { loadPatterns } from '../dist/patterns/load.js';
import { builtRulesFile } from '../dist/patterns/builtin.js';
import { buildGazetteer } from '../dist/segment/gazetteer.js';
import { placeStemsOf, tokenizerWords } from '../dist/patterns/compile.js';
import { builtUserDict, standIns, userDictText } from '../dist/lib/tokenizer.js';

const require = createRequire(import.meta.url);
const { DEFAULT_DICT } = require('nodejieba');
const MIN_FREQUENCY = 100;
const kept = readFileSync(DEFAULT_DICT, 'utf8').split('\n').filter((line) => Number(line.split(' ')[1]) >= MIN_FREQUENCY);
mkdirSync('dist/dict', { recursive: true });
writeFileSync('dist/dict/jieba.trimmed.utf8', kept.join('\n') + '\n');
console.error(`dist/dict/jieba.trimmed.utf8: ${kept.length} words`);

rmSync(builtRulesFile, { force: true });
const patterns = loadPatterns();
const gazetteer = buildGazetteer(patterns.zones);
const words = tokenizerWords(patterns.metrics.terms, gazetteer, placeStemsOf(gazetteer, patterns.zones.cities));
writeFileSync(builtUserDict, userDictText(words));
writeFileSync(standIns.idfDict, '的 1.0\n');
writeFileSync(standIns.stopWordDict, '的\n');
console.error(`${builtUserDict}: ${words.length} words`);

// the built-in rules, validated now, saved as JSON: a run loads them without YAML parsing or validation
writeFileSync(builtRulesFile, JSON.stringify(patterns));
console.error(`${builtRulesFile}: the built-in rules`);
