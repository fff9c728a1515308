import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Patterns } from './schema.js';
import type { PlaceData } from '../segment/gazetteer.js';
import { PatternError } from './errors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The project's own rules, shipped beside src/ and dist/. */
export const builtinPatternsDir = join(root, 'patterns');
/** The built-in rules as `npm run build` validated and saved them: loads without YAML parsing or validation. */
export const builtRulesFile = join(root, 'dist', 'rules.json');

/** The built-in rules saved at build time, or null when there are none or a file of patterns/ changed since. */
export function builtRules(): Patterns | null {
  let built: number;
  try { built = statSync(builtRulesFile).mtimeMs; } catch { return null; }
  const changed = readdirSync(builtinPatternsDir).some((name) => statSync(join(builtinPatternsDir, name)).mtimeMs > built);
  return changed ? null : (JSON.parse(readFileSync(builtRulesFile, 'utf8')) as Patterns);
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
