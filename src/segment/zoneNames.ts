import type { Patterns } from '../patterns/schema.js';
import { wordsLongestFirst } from '../recognise/lexicon.js';

/** What names a zone's kind: each suffix, full or short, with the full suffixes it may stand for. */
export interface ZoneWords {
  suffixes: string[];
  kinds: Map<string, Set<string>>;
  rankWords: string[];
}

export function zoneWords(p: Pick<Patterns['zones'], 'suffixes' | 'short_suffixes' | 'rank_words'>): ZoneWords {
  const kinds = new Map<string, Set<string>>();
  const add = (printed: string, full: string): void => { kinds.set(printed, new Set([...(kinds.get(printed) ?? []), full])); };
  for (const s of p.suffixes) add(s, s);
  for (const [full, shorts] of Object.entries(p.short_suffixes)) for (const s of shorts) add(s, full);
  return { suffixes: wordsLongestFirst([...kinds.keys()]), kinds, rankWords: p.rank_words };
}

/** A zone name as its place and the kinds its suffix may stand for: 长治高新区 → 长治, {高新技术产业开发区, …}. */
function split(name: string, w: ZoneWords): { place: string; kinds: Set<string> | null } {
  const suffix = w.suffixes.find((s) => name.endsWith(s));
  if (!suffix) return { place: name, kinds: null };
  let place = name.slice(0, -suffix.length);
  for (const r of w.rankWords) if (place.endsWith(r)) place = place.slice(0, -r.length);
  return { place, kinds: w.kinds.get(suffix)! };
}

/**
 * Whether a name asked for (a query, an expectation) names a record's zone: part of its name
 * (平定), or the same place and kind written short or in full, with or without its province
 * (长治高新区 = 长治高新技术产业开发区, 山东临沂经开区 = 临沂经济技术开发区).
 */
export function namesZone(asked: string, zone: string, w: ZoneWords): boolean {
  if (zone.includes(asked)) return true;
  const a = split(asked, w);
  const z = split(zone, w);
  if (a.place.length < 2 || z.place.length < 2 || !(a.place.endsWith(z.place) || z.place.endsWith(a.place))) return false;
  return !a.kinds || !z.kinds || [...a.kinds].some((k) => z.kinds!.has(k));
}
