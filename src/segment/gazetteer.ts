import type { Patterns } from '../patterns/schema.js';
import type { ZoneRef } from '../types.js';
import { wordsLongestFirst } from '../recognise/lexicon.js';
import { tokenize } from '../lib/tokenizer.js';

export interface ZoneMention extends ZoneRef {
  start: number;
  end: number;
  printed: string;
  /** a bare suffix (高新区) that names no place by itself */
  bare: boolean;
  park: boolean;
}

export interface Gazetteer {
  canonical: Map<string, string>;
  /** names by their first character, longest first: the scan tries only these */
  byFirstChar: Map<string, string[]>;
  cities: string[];
  suffixes: string[];
  parkSuffixes: string[];
  citywide: string[];
  notPlaces: string[];
  names: string[];
}

export function buildGazetteer(p: Patterns['zones']): Gazetteer {
  const canonical = new Map<string, string>();
  for (const z of p.zones) for (const n of [z.name, ...z.aliases]) canonical.set(n, z.name);
  const byFirstChar = new Map<string, string[]>();
  for (const name of wordsLongestFirst([...canonical.keys(), ...p.cities, ...p.suffixes, ...p.park_suffixes, '市'])) {
    byFirstChar.set(name[0]!, [...(byFirstChar.get(name[0]!) ?? []), name]);
  }
  return {
    canonical,
    byFirstChar,
    cities: wordsLongestFirst(p.cities),
    suffixes: wordsLongestFirst(p.suffixes),
    parkSuffixes: wordsLongestFirst(p.park_suffixes),
    citywide: wordsLongestFirst(p.citywide),
    notPlaces: p.not_places,
    names: wordsLongestFirst(canonical.keys()),
  };
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * The place a suffix at `at` belongs to, read backwards: a gazetteer name ending there, a
 * city (阳泉市开发区), or up to four Chinese characters that are not a known non-place.
 */
function placeBefore(text: string, at: number, g: Gazetteer, isPlace: PlaceTest): string {
  let from = at;
  while (from > 0 && at - from < 6 && CJK.test(text[from - 1]!)) from--;
  for (let s = from; s < at; s++) {
    const candidate = text.slice(s, at);
    if (g.notPlaces.some((w) => candidate.startsWith(w) || candidate.endsWith(w))) continue;
    if (candidate.length >= 2 && isPlace(candidate, /^[\s，,、；;：:。（(“”"]?$/.test(text[s - 1] ?? ''))) return candidate;
  }
  return '';
}

/** Every zone, park and city named in a text, in order. */
export function findZoneMentions(text: string, g: Gazetteer, isPlace: PlaceTest): ZoneMention[] {
  const out: ZoneMention[] = [];
  let i = 0;
  while (i < text.length) {
    if (!g.byFirstChar.has(text[i]!)) { i++; continue; }
    const known = g.names.find((n) => text.startsWith(n, i));
    if (known) {
      out.push({ start: i, end: i + known.length, printed: known, name: g.canonical.get(known)!, level: 'zone', bare: false, park: false });
      i += known.length;
      continue;
    }
    const city = g.cities.find((c) => text.startsWith(c, i));
    if (city) {
      const suffix = g.suffixes.find((s) => text.startsWith(s, i + city.length));
      const end = i + city.length + (suffix?.length ?? 0);
      out.push({ start: i, end, printed: text.slice(i, end), name: city, level: 'city', bare: false, park: false });
      i = end;
      continue;
    }
    if (text[i] === '市') {
      // a city the gazetteer lacks: 绍兴市开发区, 供稿:绍兴市商务局
      const place = placeBefore(text, i, g, isPlace);
      if (place && place.length <= 3 && !g.notPlaces.some((w) => `${place}市`.endsWith(w))) {
        const suffix = g.suffixes.find((s) => text.startsWith(s, i + 1));
        const end = i + 1 + (suffix?.length ?? 0);
        out.push({ start: i - place.length, end, printed: text.slice(i - place.length, end), name: `${place}市`, level: 'city', bare: false, park: false });
        i = end;
        continue;
      }
    }
    const suffix = g.suffixes.find((s) => text.startsWith(s, i)) ?? g.parkSuffixes.find((s) => text.startsWith(s, i));
    if (suffix) {
      const park = !g.suffixes.includes(suffix);
      const place = placeBefore(text, i, g, isPlace);
      const start = i - place.length;
      const printed = text.slice(start, i + suffix.length);
      if (!park || place) out.push({ start, end: i + suffix.length, printed, name: printed, level: 'zone', bare: !place, park });
      i += suffix.length;
      continue;
    }
    i++;
  }
  return out;
}

/** Whether a string is a place name; `opensPhrase`: nothing but punctuation stands before it. */
export type PlaceTest = (s: string, opensPhrase: boolean) => boolean;

/**
 * A place name: a known one, or proper-name tokens (unknown ones after the first); an unknown
 * name alone only where it opens a phrase (";上虞经开区…"), since mid-phrase it is usually a
 * fragment (工业类开发区 → 业类).
 */
export function placeTester(placeStems: Set<string>): PlaceTest {
  return (s, opensPhrase) => {
    if (placeStems.has(s)) return true;
    // jieba tags many place names as person (nr) or other proper names (nz)
    const tokens = tokenize(s);
    const proper = (tag: string): boolean => /^(ns|nr|nrt|nz)/.test(tag);
    if (opensPhrase && s.length <= 3 && !tokens.some((t) => /^(v|p|c|u|d|m|r|q)/.test(t.tag))) return true;
    return proper(tokens[0]?.tag ?? '') && tokens.every((t) => proper(t.tag) || t.tag === 'x');
  };
}
