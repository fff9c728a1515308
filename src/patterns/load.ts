import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { schemas, type PatternName, type Patterns } from './schema.js';
import type { PlaceData } from '../segment/gazetteer.js';

/** The project's own rules, shipped beside src/ and dist/. */
export const builtinPatternsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'patterns');

/** A rule file that cannot be used; the message reads `file:line:column: what`. */
export class PatternError extends Error {}

/** A YAML file's data, and `where(path)`: the file:line:column of the node at a data path. */
export function parseYamlFile(path: string): { data: unknown; where: (p: PropertyKey[]) => string } {
  let source: string;
  try { source = readFileSync(path, 'utf8'); } catch { throw new PatternError(`${path}: cannot be read`); }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new PatternError(`${path}:${line}:${col}: ${firstError.message.split('\n')[0]}`);
  }
  const where = (p: PropertyKey[]): string => {
    for (let depth = p.length; depth >= 0; depth--) {
      const node = doc.getIn(p.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return `${path}:${line}:${col}`;
      }
    }
    return `${path}:1:1`;
  };
  return { data: doc.toJS(), where };
}

/** Arrays add up, maps merge key by key, a scalar is replaced: a user file extends ours. */
function merge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (base && extra && typeof base === 'object' && typeof extra === 'object') {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return extra === undefined ? base : extra;
}

/** A path into merged data, as a path into the file that was merged last (array items shift). */
function pathInLastFile(base: unknown, path: PropertyKey[]): PropertyKey[] {
  let node = base;
  return path.map((key) => {
    const inBase = Array.isArray(node) && typeof key === 'number' && key >= node.length ? key - node.length : key;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
    return inBase;
  });
}

function loadOne(name: PatternName, dirs: string[]): unknown {
  let merged: unknown;
  for (const dir of dirs) {
    const path = join(dir, `${name}.yaml`);
    if (!existsSync(path)) continue;
    const { data, where } = parseYamlFile(path);
    const checked = schemas[name].safeParse(merge(merged, data));
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const local = pathInLastFile(merged, issue.path);
      throw new PatternError(`${where(local)}: ${local.join('.') || '(top)'}: ${issue.message}`);
    }
    merged = checked.data;
  }
  if (merged === undefined) throw new PatternError(`${join(dirs[0]!, `${name}.yaml`)}: rule file missing`);
  return merged;
}

/** Load and validate every rule file: ours first, then each user directory on top. */
export function loadPatterns(userDirs: string[] = []): Patterns {
  const dirs = [builtinPatternsDir, ...userDirs];
  const out: Partial<Record<PatternName, unknown>> = {};
  for (const name of Object.keys(schemas) as PatternName[]) out[name] = loadOne(name, dirs);
  return out as Patterns;
}

/** The place facts that scripts/derive-gazetteer.mjs derived: compiled JSON, read without a schema pass to start fast. */
export function loadPlaces(path = join(builtinPatternsDir, 'places.json')): PlaceData {
  try { return JSON.parse(readFileSync(path, 'utf8')) as PlaceData; } catch (e) { throw new PatternError(`${path}: ${(e as Error).message}`); }
}
