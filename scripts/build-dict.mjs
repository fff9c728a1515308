// The tokenizer's dictionaries, written once at build time into dist/dict from nodejieba's:
// - a trimmed main dictionary derived from jieba's own: the words bulletins use are frequent ones,
//   and the domain terms come from patterns/ as user words. Idioms, set phrases, proper
//   nouns and verbal nouns are kept down to a low frequency: without them jieba cuts a rare idiom
//   (日新月异) or a product word (孵化器) into pieces that read as verbs and nouns of a metric.
//   Down to frequency 50 they cost little start-up; below it they add much and no figure.
//   As text (what the tokenizer test gives nodejieba) and compiled (what a run loads, in ~10 ms);
// - jieba's character model, compiled.
// And the built-in rules as JSON (dist/rules.json), with the digest of patterns/ they were made from
// (dist/rules.digest) and their place names compiled (dist/places.bin),
// and the characters only traditional text uses (dist/traditional-only.txt).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { loadPatterns } from '../dist/patterns/load.js';
import { builtDigestFile, builtRulesFile, builtPlacesFile, builtTraditionalFile, loadPlaces, patternsDigest } from '../dist/patterns/builtin.js';
import { indexPlaceNames, placeNamesToBytes } from '../dist/segment/gazetteer.js';
import { traditionalOnlyChars } from '../dist/normalise/script.js';
import { builtCharModel, builtDictionary } from '../dist/lib/tokenizer.js';
import { dictionaryToBytes } from '../dist/lib/jieba/dictionary.js';
import { charModelToBytes, parseCharModel } from '../dist/lib/jieba/charModel.js';

const require = createRequire(import.meta.url);
const { DEFAULT_DICT, DEFAULT_HMM_DICT } = require('nodejieba');
const MIN_FREQUENCY = 100;
const MIN_FREQUENCY_OF_WHOLE_PHRASES = 50;
const WHOLE_PHRASE_TAGS = /^(i|l|nz|vn)$/;
const keep = (line) => {
  const [, frequency, tag] = line.split(' ');
  const n = Number(frequency);
  return n >= MIN_FREQUENCY || (n >= MIN_FREQUENCY_OF_WHOLE_PHRASES && WHOLE_PHRASE_TAGS.test(tag ?? ''));
};
const kept = readFileSync(DEFAULT_DICT, 'utf8').split('\n').filter(keep);
rmSync('dist/dict', { recursive: true, force: true }); // no dictionary of an earlier build left beside the new ones
mkdirSync('dist/dict', { recursive: true });
const trimmed = kept.join('\n') + '\n';
writeFileSync(builtDictionary.text, trimmed);
writeFileSync(builtDictionary.bytes, dictionaryToBytes(trimmed));
console.error(`${builtDictionary.bytes}: ${kept.length} words`);
writeFileSync(builtCharModel, charModelToBytes(parseCharModel(readFileSync(DEFAULT_HMM_DICT, 'utf8'))));
console.error(`${builtCharModel}: jieba's character model`);

rmSync(builtRulesFile, { force: true });
rmSync(builtDigestFile, { force: true });
rmSync(builtPlacesFile, { force: true });
// taken before the rules are read: a file changed during the build then makes the digest differ
const digest = patternsDigest();
const patterns = loadPatterns();

const traditional = traditionalOnlyChars();
writeFileSync(builtTraditionalFile, traditional.join(''));
console.error(`${builtTraditionalFile}: ${traditional.length} characters only traditional text uses`);

writeFileSync(builtPlacesFile, placeNamesToBytes(indexPlaceNames(patterns.zones, loadPlaces())));
console.error(`${builtPlacesFile}: their place names, compiled`);
writeFileSync(builtDigestFile, digest);
// written last: its time tells whether patterns/ changed since, for the files above too (and where
// a file of patterns/ is newer, as in a copy, the digest of their contents)
writeFileSync(builtRulesFile, JSON.stringify(patterns));
console.error(`${builtRulesFile}: the built-in rules`);
