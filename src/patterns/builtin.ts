import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Patterns } from './schema.js';
import { WordIndex } from '../lib/wordIndex.js';
import { indexPlaceNames, type PlaceData, type PlaceNames } from '../segment/gazetteer.js';
import { PatternError } from './errors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The project's own rules, shipped beside src/ and dist/. */
export const builtinPatternsDir = join(root, 'patterns');
/** The built-in rules as `npm run build` validated and saved them: loads without YAML parsing or validation. */
export const builtRulesFile = join(root, 'dist', 'rules.json');

/** The characters only traditional text uses, worked out at build time from OpenCC's tables (normalise/script.ts). */
export const builtTraditionalFile = join(root, 'dist', 'traditional-only.txt');

/** The place names of the built-in rules, compiled at build time: a start-up reads them instead of building two tries. */
export const builtPlacesFile = join(root, 'dist', 'places.bin');

/** The built-in rules as last returned: their place names may be read from builtPlacesFile. */
let builtin: Patterns | null = null;

/** The built-in rules saved at build time, or null when there are none or a file of patterns/ changed since. */
export function builtRules(): Patterns | null {
  let built: number;
  try { built = statSync(builtRulesFile).mtimeMs; } catch { return null; }
  const changed = readdirSync(builtinPatternsDir).some((name) => statSync(join(builtinPatternsDir, name)).mtimeMs > built);
  builtin = changed ? null : (JSON.parse(readFileSync(builtRulesFile, 'utf8')) as Patterns);
  return builtin;
}

/** The rules of patterns/ and of the --patterns folders; YAML and validation are loaded only when needed. */
export async function patternsFor(userDirs: string[]): Promise<Patterns> {
  const built = userDirs.length ? null : builtRules();
  return built ?? (await import('./load.js')).loadPatterns(userDirs);
}

/** The place facts that scripts/derive-gazetteer.mjs derived: compiled JSON, read without a schema pass to start fast. */
export function loadPlaces(path = join(builtinPatternsDir, 'places.json')): PlaceData {
  try { return JSON.parse(readFileSync(path, 'utf8')) as PlaceData; } catch (e) { throw new PatternError(`${path}: ${(e as Error).message}`); }
}

/** The place names for a set of rules: compiled at build time for the built-in ones, else indexed now. */
export function placeNamesFor(patterns: Patterns): PlaceNames {
  if (patterns === builtin) {
    try { return placeNamesFromBytes(readFileSync(builtPlacesFile)); } catch { /* not built: index them */ }
  }
  return indexPlaceNames(patterns.zones, loadPlaces());
}

/** Place names as bytes: the two indexes' lengths, the indexes, and the place rows as JSON. */
export function placeNamesToBytes(names: PlaceNames): Buffer {
  const [zones, divisions] = [names.zones, names.divisions].map((index) => index.toBytes((code) => code));
  return Buffer.concat([Buffer.from(Int32Array.of(zones!.length, divisions!.length).buffer), zones!, divisions!, Buffer.from(JSON.stringify(names.places))]);
}

function placeNamesFromBytes(bytes: Buffer): PlaceNames {
  const zonesEnd = 8 + bytes.readInt32LE(0);
  const divisionsEnd = zonesEnd + bytes.readInt32LE(4);
  const code = (c: number): number => c;
  return {
    zones: WordIndex.fromBytes(bytes.subarray(8, zonesEnd), code),
    divisions: WordIndex.fromBytes(bytes.subarray(zonesEnd, divisionsEnd), code),
    places: JSON.parse(bytes.subarray(divisionsEnd).toString()) as PlaceData['places'],
  };
}
