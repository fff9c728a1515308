// The dictionaries jieba loads, written once at build time into dist/dict (nothing is written per run):
// - a trimmed main dictionary derived from jieba's own: the words bulletins use are frequent ones,
//   and the domain terms come from patterns/ as a user dictionary. Idioms, set phrases, proper
//   nouns and verbal nouns are kept down to a low frequency: without them jieba cuts a rare idiom
//   (日新月异) or a product word (孵化器) into pieces that read as verbs and nouns of a metric.
//   Down to frequency 50 they cost little start-up; below it they add ~0.15 s and no figure.
//   Loads in ~0.1 s instead of ~1 s;
// - the user dictionary of the built-in rules (metric terms, zone names);
// - tiny stand-ins for the keyword-extraction dictionaries, never used.
// And the built-in rules as JSON (dist/rules.json), with the digest of patterns/ they were made from
// (dist/rules.digest) and their place names compiled (dist/places.bin),
// and the characters only traditional text uses (dist/traditional-only.txt).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { loadPatterns } from '../dist/patterns/load.js';
import { builtDigestFile, builtRulesFile, builtPlacesFile, builtTraditionalFile, loadPlaces, patternsDigest } from '../dist/patterns/builtin.js';
import { indexPlaceNames, placeNamesToBytes } from '../dist/segment/gazetteer.js';
import { traditionalOnlyChars } from '../dist/normalise/script.js';
import { tokenizerWords } from '../dist/patterns/compile.js';
import { builtUserDict, standIns, userDictText } from '../dist/lib/tokenizer.js';

const require = createRequire(import.meta.url);
const { DEFAULT_DICT } = require('nodejieba');
const MIN_FREQUENCY = 100;
const MIN_FREQUENCY_OF_WHOLE_PHRASES = 50;
const WHOLE_PHRASE_TAGS = /^(i|l|nz|vn)$/;
const keep = (line) => {
  const [, frequency, tag] = line.split(' ');
  const n = Number(frequency);
  return n >= MIN_FREQUENCY || (n >= MIN_FREQUENCY_OF_WHOLE_PHRASES && WHOLE_PHRASE_TAGS.test(tag ?? ''));
};
const kept = readFileSync(DEFAULT_DICT, 'utf8').split('\n').filter(keep);
mkdirSync('dist/dict', { recursive: true });
writeFileSync('dist/dict/jieba.trimmed.utf8', kept.join('\n') + '\n');
console.error(`dist/dict/jieba.trimmed.utf8: ${kept.length} words`);

rmSync(builtRulesFile, { force: true });
rmSync(builtDigestFile, { force: true });
rmSync(builtPlacesFile, { force: true });
// taken before the rules are read: a file changed during the build then makes the digest differ
const digest = patternsDigest();
const patterns = loadPatterns();
const words = tokenizerWords(patterns);
writeFileSync(builtUserDict, userDictText(words));
writeFileSync(standIns.idfDict, '的 1.0\n');
writeFileSync(standIns.stopWordDict, '的\n');
console.error(`${builtUserDict}: ${words.length} words`);

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
