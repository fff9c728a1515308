import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Patterns } from './schema.js';
import type { PlaceData } from '../segment/gazetteer.js';
import { PatternError } from './errors.js';
import { lazyRequire } from '../lib/lazy.js';

// only a build, or a start where patterns/ looks newer than the build, takes a digest
const crypto = lazyRequire<typeof import('node:crypto')>('node:crypto');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The project's own rules, shipped beside src/ and dist/. */
export const builtinPatternsDir = join(root, 'patterns');
/** The built-in rules as `npm run build` validated and saved them: loads without YAML parsing or validation. */
export const builtRulesFile = join(root, 'dist', 'rules.json');
/** The digest of patterns/ the built rules were made from (patternsDigest). */
export const builtDigestFile = join(root, 'dist', 'rules.digest');

/** The characters only traditional text uses, worked out at build time from OpenCC's tables (normalise/script.ts). */
export const builtTraditionalFile = join(root, 'dist', 'traditional-only.txt');

/** The place names of the built-in rules, compiled at build time: a start-up reads them instead of building two tries. */
export const builtPlacesFile = join(root, 'dist', 'places.bin');

/** The zone rules of the built-in rules as loaded: builtPlacesFile holds their place names. */
const builtZones = new WeakSet<Patterns['zones']>();

/** A digest of the files of a folder of rules, their names and contents. */
export function patternsDigest(dir = builtinPatternsDir): string {
  const hash = crypto().createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/** Where the built rules are, and the rules they were made from (a test's copies, or the project's own). */
export interface BuiltFiles {
  patternsDir: string;
  rulesFile: string;
  digestFile: string;
}
const projectFiles: BuiltFiles = { patternsDir: builtinPatternsDir, rulesFile: builtRulesFile, digestFile: builtDigestFile };

/**
 * Whether a file of patterns/ changed since the build. A file newer than the build may be a copy
 * of the same (a copy that does not keep file times, such as cp -r): then the digest of their
 * contents decides, so that a copied install starts as fast as the original.
 */
function changedSinceBuild(files: BuiltFiles, built: number): boolean {
  const touched = readdirSync(files.patternsDir).some((name) => statSync(join(files.patternsDir, name)).mtimeMs > built);
  if (!touched) return false;
  try { return readFileSync(files.digestFile, 'utf8') !== patternsDigest(files.patternsDir); } catch { return true; }
}

/** The built-in rules saved at build time, or null when there are none or a file of patterns/ changed since. */
export function builtRules(files = projectFiles): Patterns | null {
  let built: number;
  try { built = statSync(files.rulesFile).mtimeMs; } catch { return null; }
  if (changedSinceBuild(files, built)) return null;
  const builtin = JSON.parse(readFileSync(files.rulesFile, 'utf8')) as Patterns;
  builtZones.add(builtin.zones);
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

/**
 * The place names of the built-in zone rules, as compiled at build time (see placeNamesToBytes in segment/gazetteer.ts);
 * null for other zone rules, or when not built. Rules from --patterns folders without a zones.yaml
 * keep the built-in zone rules, and so their compiled names.
 */
export function builtPlaceNames(zones: Patterns['zones']): Buffer | null {
  if (!builtZones.has(zones)) return null;
  try { return readFileSync(builtPlacesFile); } catch { return null; }
}
