import type { Patterns } from '../patterns/schema.js';
import type { ZoneRef } from '../types.js';
import { wordsLongestFirst } from '../recognise/lexicon.js';
import { tokenize } from '../lib/tokenizer.js';
import { WordIndex, WordList, WordStarts } from '../lib/wordIndex.js';
import { firstStartingAt, trieOf } from '../lib/wordSearch.js';
import { codeAt, isHanCode } from '../lib/chars.js';

/** What a mention stands for beyond its name: a province's or city's zones as a whole, the report's own zone, or many zones. */
export type Aggregate = 'province' | 'city' | 'zone' | 'set';

export interface ZoneMention extends ZoneRef {
  start: number;
  end: number;
  printed: string;
  /** a bare suffix (高新区) that names no place by itself */
  bare: boolean;
  park: boolean;
  /** the city and province the place lies in, where known */
  city: string | null;
  province: string | null;
  /** an aggregate word (全省, 我市, 全区, 各开发区, 20个高新区): its place comes from the report */
  aggregate: Aggregate | null;
}

/** A place a name can stand for: a zone, or a division with the level it takes as a subject. */
export interface Place {
  name: string;
  /** zone; city (prefecture or county-level city); province; county (names zones, never a subject) */
  level: 'zone' | 'city' | 'province' | 'county';
  city: string | null;
  province: string | null;
  /** printed with its own suffix (晋中市, 山西省), not short (晋中) */
  full: boolean;
}

/** The facts scripts/derive-gazetteer.mjs compiled into patterns/places.json. */
export interface PlaceData {
  /** [name, level, city, province] */
  places: [string, Place['level'], string, string][];
  /** a zone's printed names → its row */
  zoneNames: Record<string, number>;
  /** a division's printed names → its row × 2, + 1 where printed in full */
  placeNames: Record<string, number>;
}

export interface Gazetteer {
  /** the zone a printed name stands for */
  zone: (printed: string) => Place | undefined;
  /** the division a printed name stands for (short names that are common words left out) */
  place: (printed: string) => Place | undefined;
  /** every printed name of a zone, and of a division */
  zoneNames: WordIndex<Place>;
  placeNames: WordIndex<Place>;
  suffixes: string[];
  parkSuffixes: string[];
  /** the suffixes, park suffixes and aggregate words (with their level), for finding them in a text */
  suffixWords: WordIndex<string>;
  parkSuffixWords: WordIndex<string>;
  aggregateWords: WordIndex<Aggregate>;
  /** where a zone, park, place or aggregate word may start */
  nameStarts: WordStarts;
  rankWords: string[];
  /** characters that may follow a short place name standing alone: 太原、大同两市 */
  shortNameFollowers: string[];
  /** words before a bare zone word that make it many zones: 各开发区, 20个高新区, 6家试点高新区 */
  zoneSetBefore: RegExp;
  notPlaces: string[];
  /** words for a province's or city's zones as a whole, or for many zones (其他开发区) */
  citywide: string[];
  comparisonBefore: string[];
  comparisonAfter: string[];
  /** words after a place that make it a body or an office: 党工委, 管委会 */
  organWords: string[];
}

type PlaceRow = PlaceData['places'][number];
/** The rows of places.json by number; read back from a build's bytes, each is read when first asked for. */
interface PlaceRows {
  count: number;
  at: (row: number) => PlaceRow;
}
const FIELD_SEPARATOR = '\t';

const placeOfRow = (row: PlaceRow, full: boolean): Place =>
  ({ name: row[0], level: row[1], city: row[2] || null, province: row[3] || null, full });

/** A name with its suffix written short: 山西转型综合改革示范区 → 山西转型综改示范区. */
function shortForms(name: string, shortSuffixes: Record<string, string[]>): string[] {
  const suffix = Object.keys(shortSuffixes).sort((a, b) => b.length - a.length).find((s) => name.endsWith(s));
  return suffix ? shortSuffixes[suffix]!.map((s) => name.slice(0, -suffix.length) + s) : [];
}

/**
 * The printed names of zones and divisions, each standing for a number: a zone's place (the
 * zones of zones.yaml first, then the rows of places.json), a division's row × 2, + 1 where
 * printed in full. A build stores them compiled (placeNamesToBytes, dist/places.bin), so a start-up builds
 * neither trie.
 */
export interface PlaceNames {
  places: PlaceRows;
  zones: WordIndex<number>;
  divisions: WordIndex<number>;
}

export function indexPlaceNames(p: Patterns['zones'], data: PlaceData): PlaceNames {
  // the project's own entries (zones approved or renamed since the national list) come first and win
  const own = p.zones.flatMap((z, k) => [z.name, ...z.aliases, ...shortForms(z.name, p.short_suffixes)].map((word) => ({ word, value: k })));
  const zones = new WordIndex([...own, ...Object.keys(data.zoneNames).map((word) => ({ word, value: p.zones.length + data.zoneNames[word]! }))]);
  const common = new Set(p.common_words);
  const divisions = new WordIndex(Object.keys(data.placeNames).filter((word) => !common.has(word)).map((word) => ({ word, value: data.placeNames[word]! })));
  return { places: { count: data.places.length, at: (row) => data.places[row]! }, zones, divisions };
}

/** Place names as bytes: the two indexes' lengths, the indexes, and the place rows, each row's fields apart by a tab. */
export function placeNamesToBytes(names: PlaceNames): Buffer {
  const [zones, divisions] = [names.zones, names.divisions].map((index) => index.toBytes((code) => code));
  const rows = WordList.of(Array.from({ length: names.places.count }, (_, row) => names.places.at(row).join(FIELD_SEPARATOR)));
  return Buffer.concat([Buffer.from(Int32Array.of(zones!.length, divisions!.length).buffer), zones!, divisions!, rows.toBytes()]);
}

export function placeNamesFromBytes(bytes: Buffer): PlaceNames {
  const zonesEnd = 8 + bytes.readInt32LE(0);
  const divisionsEnd = zonesEnd + bytes.readInt32LE(4);
  const code = (c: number): number => c;
  const rows = WordList.fromBytes(bytes.subarray(divisionsEnd));
  return {
    zones: WordIndex.fromBytes(bytes.subarray(8, zonesEnd), code),
    divisions: WordIndex.fromBytes(bytes.subarray(zonesEnd, divisionsEnd), code),
    places: { count: rows.count, at: (row) => rows.at(row).split(FIELD_SEPARATOR) as PlaceRow },
  };
}

export function buildGazetteer(p: Patterns['zones'], names: PlaceNames): Gazetteer {
  const own = p.zones.map((z): Place => ({ name: z.name, level: 'zone', city: z.city, province: z.province ?? null, full: true }));
  // a row's place short (row × 2) and in full (row × 2 + 1), made when a name of it is first found: the rows are thousands
  const rowPlaces: (Place | undefined)[] = new Array(2 * names.places.count);
  const rowPlace = (code: number): Place => (rowPlaces[code] ??= placeOfRow(names.places.at(code >> 1), (code & 1) === 1));
  const zoneNames = names.zones.map((code) => (code < own.length ? own[code]! : rowPlace(2 * (code - own.length) + 1)));
  const placeNames = names.divisions.map(rowPlace);
  const aggregates = (Object.entries(p.aggregates) as [Aggregate, string[]][]).flatMap(([level, words]) => words.map((word) => ({ word, value: level })));
  const aggregateWords = new WordIndex(aggregates);
  const suffixWords = trieOf(p.suffixes);
  const parkSuffixWords = trieOf(p.park_suffixes);
  return {
    zone: (printed) => zoneNames.get(printed)?.value,
    place: (printed) => placeNames.get(printed)?.value,
    zoneNames,
    placeNames,
    suffixes: wordsLongestFirst(p.suffixes),
    parkSuffixes: wordsLongestFirst(p.park_suffixes),
    suffixWords,
    parkSuffixWords,
    aggregateWords,
    nameStarts: WordIndex.startsOfAny([zoneNames, placeNames, suffixWords, parkSuffixWords, aggregateWords]),
    rankWords: p.rank_words,
    shortNameFollowers: p.short_name_followers,
    zoneSetBefore: zoneSetPattern(p),
    notPlaces: p.not_places,
    citywide: wordsLongestFirst([...p.aggregates.province, ...p.aggregates.city, ...p.zone_sets.flatMap((w) => p.suffixes.map((s) => w + s))]),
    comparisonBefore: wordsLongestFirst(p.comparison_before),
    comparisonAfter: wordsLongestFirst(p.comparison_after),
    organWords: wordsLongestFirst(p.organ_words),
  };
}

/** Words before a bare zone word that make it many zones, rank and kind words skipped. */
export function zoneSetPattern(p: Patterns['zones']): RegExp {
  const skip = p.set_qualifiers.join('|');
  return new RegExp(`(${wordsLongestFirst(p.zone_sets).join('|')}|[\\d一二三四五六七八九十百两几多余]{1,6}(${p.zone_set_counters.join('|')}))(${skip}){0,2}$`);
}

/** Whether a few characters between a place and a zone word can be part of the zone's name (莫干山, 临港). */
export type NamePartTest = (s: string) => boolean;

/** A name part: no non-place word, and no verb, preposition, numeral or pronoun by the tokenizer. */
export function namePartTester(notPlaces: string[]): NamePartTest {
  return (s) => !notPlaces.some((w) => s.includes(w)) && !tokenize(s).some((t) => /^(v|p|c|u|d|m|r|q|t)/.test(t.tag));
}

const MAX_NAME_PART = 4;

/** A zone named by form after a known place: <place><name part><rank word><suffix>. */
function zoneByForm(text: string, at: number, g: Gazetteer, isNamePart: NamePartTest): { end: number; suffix: string } | null {
  for (let part = 0; part <= MAX_NAME_PART; part++) {
    const from = at + part;
    if (part && !isHanCode(codeAt(text, from - 1))) return null;
    const rank = firstStartingAt(text, from, g.rankWords) ?? '';
    const suffix = g.suffixWords.longestAt(text, from + rank.length)?.word;
    if (!suffix) continue;
    if (part && !isNamePart(text.slice(at, from))) return null;
    return { end: from + rank.length + suffix.length, suffix };
  }
  return null;
}

/** The name a park suffix at `at` follows: the longest run of two to four characters that can be part of a name. */
function nameBefore(text: string, at: number, isNamePart: NamePartTest): string {
  for (let len = MAX_NAME_PART; len >= 2; len--) {
    const name = text.slice(at - len, at);
    if (at - len >= 0 && /^[\u4e00-\u9fff]+$/.test(name) && isNamePart(name)) return name;
  }
  return '';
}

/** Every zone, park, place and aggregate word named in a text, in order. */
export function findZoneMentions(text: string, g: Gazetteer, isNamePart: NamePartTest): ZoneMention[] {
  const out: ZoneMention[] = [];
  // every field written out, in one order: one object shape for all mentions, no spread
  const push = (start: number, end: number, m: Partial<ZoneMention> & ZoneRef): void => {
    out.push({ start, end, printed: text.slice(start, end), bare: m.bare ?? false, park: m.park ?? false, city: m.city ?? null, province: m.province ?? null, aggregate: m.aggregate ?? null, name: m.name, level: m.level });
  };
  for (let i = g.nameStarts.nextStart(text, 0); i < text.length; i = g.nameStarts.nextStart(text, i)) {
    const known = g.zoneNames.longestAt(text, i);
    if (known) {
      const z = known.value;
      push(i, i + known.word.length, { name: z.name, level: 'zone', city: z.city, province: z.province });
      i += known.word.length;
      continue;
    }
    const division = g.placeNames.longestAt(text, i);
    if (division) {
      const d = division.value;
      const after = i + division.word.length;
      const form = zoneByForm(text, after, g, isNamePart);
      // 阳泉市开发区, 湖北高新区: a city's or a province's zones as a whole
      const ownZones = form && (d.full || d.level === 'province') && d.level !== 'county' && form.end === after + form.suffix.length;
      if (form && !ownZones) {
        // 赣州国家级经济技术开发区 is 赣州经济技术开发区 where the gazetteer knows that one
        const printed = text.slice(i, form.end);
        const known = g.zone(g.rankWords.reduce((n, r) => n.replace(r, ''), printed));
        push(i, form.end, known ? { name: known.name, level: 'zone', city: known.city, province: known.province } : { name: printed, level: 'zone', city: d.city, province: d.province });
        i = form.end;
        continue;
      }
      const end = ownZones ? form.end : after;
      // a short name alone is a place only where no word goes on after it (太原理工大学 is no place)
      const alone = d.full || !isHanCode(codeAt(text, after)) || !!g.aggregateWords.longestAt(text, after)
        || firstStartingAt(text, after, g.shortNameFollowers) !== undefined;
      if (d.level !== 'county' && (alone || ownZones)) push(i, end, { name: d.name, level: d.level, city: d.city, province: d.province });
      i = end;
      continue;
    }
    const aggregate = g.aggregateWords.longestAt(text, i);
    if (aggregate) {
      const suffix = g.suffixWords.longestAt(text, i + aggregate.word.length)?.word ?? '';
      const end = i + aggregate.word.length + suffix.length;
      push(i, end, { name: '', level: aggregate.value === 'province' ? 'province' : aggregate.value === 'city' ? 'city' : 'zone', aggregate: aggregate.value });
      i = end;
      continue;
    }
    const suffix = g.suffixWords.longestAt(text, i)?.word;
    if (suffix) {
      const set = g.zoneSetBefore.test(text.slice(Math.max(0, i - 8), i));
      push(i, i + suffix.length, { name: suffix, level: 'zone', bare: true, aggregate: set ? 'set' : null });
      i += suffix.length;
      continue;
    }
    const parkSuffix = g.parkSuffixWords.longestAt(text, i)?.word;
    if (parkSuffix) {
      const name = nameBefore(text, i, isNamePart);
      if (name) push(i - name.length, i + parkSuffix.length, { name: text.slice(i - name.length, i + parkSuffix.length), level: 'zone', park: true });
      i += parkSuffix.length;
      continue;
    }
    i++;
  }
  return out;
}

