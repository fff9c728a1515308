import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { schemas, type PatternName, type Patterns } from './schema.js';
import { PatternError } from './errors.js';
import { builtinPatternsDir, builtRules } from './builtin.js';

export { builtinPatternsDir };

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

type Item = Record<string, unknown>;
const idOf = (item: unknown): unknown => (item && typeof item === 'object' ? (item as Item).id : undefined);

/**
 * Arrays add up, except that an item with the `id` of an earlier one replaces the fields it
 * gives (a user file can change a rule's severity or words); maps merge key by key; a scalar is replaced.
 */
function merge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const out = [...base];
    for (const item of extra) {
      const at = idOf(item) === undefined ? -1 : out.findIndex((old) => idOf(old) === idOf(item));
      if (at < 0) out.push(item);
      else out[at] = { ...(out[at] as Item), ...(item as Item) };
    }
    return out;
  }
  if (base && extra && typeof base === 'object' && typeof extra === 'object') {
    const out: Item = { ...(base as Item) };
    for (const [k, v] of Object.entries(extra as Item)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return extra === undefined ? base : extra;
}

/** Where item `index` of a merged array came from in the file merged last: its own index there, or null (from the base). */
function indexInLastFile(base: unknown[], extra: unknown[], index: number): number | null {
  const replaced = extra.findIndex((item) => idOf(item) !== undefined && idOf(item) === idOf(base[index]));
  if (index < base.length) return replaced < 0 ? null : replaced;
  const added = extra.map((item, i) => ({ item, i })).filter(({ item }) => idOf(item) === undefined || !base.some((old) => idOf(old) === idOf(item)));
  return added[index - base.length]?.i ?? null;
}

/** A path into merged data, as a path into the file that was merged last (array items shift or replace). */
function pathInLastFile(base: unknown, extra: unknown, path: PropertyKey[]): PropertyKey[] {
  const local: PropertyKey[] = [];
  let [b, e] = [base, extra];
  for (const key of path) {
    let k: PropertyKey | null = key;
    if (Array.isArray(b) && Array.isArray(e) && typeof key === 'number') k = indexInLastFile(b, e, key);
    if (k === null) break;
    local.push(k);
    [b, e] = [(b as Item | undefined)?.[key as string], (e as Item | undefined)?.[k as string]];
  }
  return local;
}

/** The issue's path, down to the misspelt key when the issue is an unknown key. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
}

function loadOne(name: PatternName, dirs: string[], base?: unknown): unknown {
  let merged = base;
  for (const dir of dirs) {
    const path = join(dir, `${name}.yaml`);
    if (!existsSync(path)) continue;
    const { data, where } = parseYamlFile(path);
    const checked = schemas[name].safeParse(merge(merged, data));
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const local = pathInLastFile(merged, data, issuePath(issue));
      throw new PatternError(`${where(local)}: ${local.join('.') || '(top)'}: ${issue.message}`);
    }
    merged = checked.data;
  }
  if (merged === undefined) throw new PatternError(`${join(dirs[0]!, `${name}.yaml`)}: rule file missing`);
  return merged;
}

/** A user's rule folder must exist and hold only rule files we know: a misspelt name would be ignored. */
function checkUserDir(dir: string): void {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new PatternError(`${dir}: not a folder of rule files`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof PatternError) throw error;
    throw new PatternError(`${dir}: no such folder`);
  }
  for (const file of names.filter((n) => ['.yaml', '.yml'].includes(extname(n)))) {
    if (!(basename(file, extname(file)) in schemas) || extname(file) !== '.yaml') {
      throw new PatternError(`${join(dir, file)}:1:1: not a rule file (rule files: ${Object.keys(schemas).map((n) => `${n}.yaml`).join(', ')})`);
    }
  }
}

/** Load and validate every rule file: ours first, then each user directory on top. */
export function loadPatterns(userDirs: string[] = []): Patterns {
  userDirs.forEach(checkUserDir);
  // the built-in rules as validated at build time, when patterns/ has not changed since
  const built = builtRules();
  if (built && !userDirs.length) return built;
  const dirs = built ? userDirs : [builtinPatternsDir, ...userDirs];
  const out: Partial<Record<PatternName, unknown>> = {};
  for (const name of Object.keys(schemas) as PatternName[]) out[name] = loadOne(name, dirs, built?.[name]);
  return out as Patterns;
}
