import type { ZoneRef } from '../types.js';
import type { Aggregate, Gazetteer, ZoneMention } from './gazetteer.js';
import { firstEndingAt, firstStartingAt } from '../lib/wordSearch.js';

/** The places a whole document is about: its province and city, and its zone if it names only one. */
export interface DocPlaces {
  province: string | null;
  city: string | null;
  zone: ZoneRef | null;
}

/** A mention as a place reference (aggregates excepted: they need a report to resolve). */
export const refOf = (m: ZoneMention): ZoneRef => ({ name: m.name, level: m.level, city: m.city, province: m.province });

export function cityOf(ref: ZoneRef | null): string | null {
  if (!ref) return null;
  return ref.level === 'city' ? ref.name : ref.level === 'zone' ? ref.city ?? null : null;
}

export function provinceOf(ref: ZoneRef | null): string | null {
  if (!ref) return null;
  return ref.level === 'province' ? ref.name : ref.province ?? null;
}

/** The word printed most often, if it is printed at least twice and more often than any other. */
function mostFrequent(words: string[]): string | null {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** A bare 高新区 in a city's report: <city>高新区, by its official name where the gazetteer knows it (a county's zone of the city is another). */
export function cityOwn(g: Gazetteer, printed: string, city: ZoneRef): ZoneRef {
  const named = `${city.name.replace(/市$/, '')}${printed}`;
  return { name: g.zone(named)?.name ?? named, level: 'zone', city: city.name, province: city.province ?? null };
}

/**
 * The document's province and city: the first named, else those of its first zone. Its zone: the
 * one zone it names, else, where it names one city and mostly one bare zone word (经开区), that
 * city's own zone.
 */
export function docPlaces(mentions: ZoneMention[], g: Gazetteer): DocPlaces {
  const named = mentions.filter((m) => !m.bare && !m.park && !m.aggregate);
  const zones = new Set(named.filter((m) => m.level === 'zone').map((m) => m.name));
  const cities = new Set(named.filter((m) => m.level === 'city').map((m) => m.name));
  const firstZone = named.find((m) => m.level === 'zone');
  const firstCity = named.find((m) => m.level === 'city');
  const ownWord = mostFrequent(mentions.filter((m) => m.bare && !m.aggregate).map((m) => m.printed));
  const zone = zones.size === 1 && firstZone ? refOf(firstZone)
    : !zones.size && cities.size === 1 && ownWord && firstCity ? cityOwn(g, ownWord, refOf(firstCity)) : null;
  return {
    province: named.map((m) => provinceOf(refOf(m))).find(Boolean) ?? null,
    city: firstCity?.name ?? named.map((m) => m.city).find(Boolean) ?? null,
    zone,
  };
}

/**
 * The place an aggregate word stands for in a report about `around`: 全省 its province, 全市 its
 * city, 全区 the zone itself, 各开发区 or 20个高新区 the city or province whose zones they are.
 */
export function resolveAggregate(kind: Aggregate, around: ZoneRef | null, doc: DocPlaces): ZoneRef | null {
  const province = (): ZoneRef | null => {
    const name = provinceOf(around) ?? doc.province;
    return name ? { name, level: 'province', province: name } : null;
  };
  const city = (): ZoneRef | null => {
    const name = cityOf(around) ?? (around?.level === 'province' ? null : doc.city);
    return name ? { name, level: 'city', city: name, province: provinceOf(around) ?? doc.province } : null;
  };
  switch (kind) {
    case 'province': return province();
    case 'city': return city() ?? province();
    case 'zone': return around;
    case 'set': return around && around.level !== 'zone' ? around : city() ?? province();
  }
}

/** How far before and after a place a word that compares it is looked for. */
const BEFORE = 12;
const AFTER = 4;

/** Whether the text before a place joins it to the place before it: 和, 与, 及 or 、 in the same clause. */
const joinsPrevious = (before: string): boolean => /[和与及、]$/.test(before) && !/[，,；;。]/.test(before);

/** A place after 占, 高于, 居 or before 占比, 总量 is compared with, and so is one joined to it (占A的10%和B的20%). */
export function comparisons(text: string, g: Gazetteer, mentions: ZoneMention[], floor: number): Set<ZoneMention> {
  const out = new Set<ZoneMention>();
  let previous: ZoneMention | null = null;
  for (const m of mentions) {
    const from = Math.max(floor, m.start - BEFORE);
    const compared = firstEndingAt(text, m.start, g.comparisonBefore, from) !== undefined || firstStartingAt(text, m.end, g.comparisonAfter, m.end + AFTER) !== undefined
      || (!!previous && out.has(previous) && joinsPrevious(text.slice(from, m.start)));
    if (compared) out.add(m);
    previous = m;
  }
  return out;
}

