// Derives the project's place facts from public tables into patterns/places.json:
//   node scripts/derive-gazetteer.mjs ZONES.csv DIVISIONS.csv SHORT_NAMES.csv
// ZONES: the national classification of economic function zones (GB/T 37028-2018);
// DIVISIONS: provinces, prefectures and counties with their codes and status;
// SHORT_NAMES: short names beside full names (MIT licence, copyright xiangyuecn).
// The suffix abbreviations come from patterns/zones.yaml, so the language stays in one place.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

const [zonesCsv, divisionsCsv, shortNamesCsv] = process.argv.slice(2);
if (!shortNamesCsv) {
  console.error('usage: node scripts/derive-gazetteer.mjs ZONES.csv DIVISIONS.csv SHORT_NAMES.csv');
  process.exit(2);
}
const rows = (path) => parseCsv(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true });
const language = parseYaml(readFileSync('patterns/zones.yaml', 'utf8'));
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const LEVELS = { 省级: 'province', 地级: 'prefecture', 县级: 'county' };

/** Divisions in use, each with its short name, province and prefecture. */
function deriveDivisions() {
  const short = new Map(rows(shortNamesCsv).map((r) => [r.code, r.short_name]));
  const divisions = [];
  for (const r of rows(divisionsCsv)) {
    if (r.status !== '在用') continue;
    // Beijing, Shanghai, Tianjin and Chongqing count as cities
    const level = MUNICIPALITIES.has(r.name) ? 'prefecture' : LEVELS[r.level];
    const prefecture = level === 'county' ? (r.prefecture === '直辖' || !r.prefecture ? r.province : r.prefecture) : level === 'prefecture' ? r.name : '';
    const shortName = short.get(r.code) ?? r.name;
    divisions.push({ name: r.name, short: shortName === r.name ? '' : shortName, level, province: r.province, prefecture });
  }
  return divisions;
}

/** The place a zone name starts with, longest first: its city, or null. */
function cityFinder(divisions) {
  const byProvince = new Map();
  for (const d of divisions) {
    if (d.level === 'province') continue;
    const list = byProvince.get(d.province) ?? [];
    for (const n of [d.name, d.short]) if (n.length >= 2) list.push([n, d.prefecture]);
    byProvince.set(d.province, list);
  }
  for (const list of byProvince.values()) list.sort((a, b) => b[0].length - a[0].length);
  return (province, stem) => (byProvince.get(province) ?? []).find(([n]) => stem.startsWith(n)) ?? null;
}

/** A zone name without the province it starts with: 山西临汾经济开发区 → 临汾经济开发区. */
function withoutProvince(name, province, provinceShort) {
  for (const p of [province, provinceShort]) if (name.startsWith(p) && name.length - p.length >= 5) return name.slice(p.length);
  return name;
}

function deriveZones(divisions) {
  const cityOf = cityFinder(divisions);
  const prefectureByCode = new Map(divisions.filter((d) => d.level !== 'county').map((d) => [d.name, d]));
  const codeToName = new Map(rows(divisionsCsv).map((r) => [r.code, r.name]));
  const suffixes = Object.keys(language.short_suffixes).sort((a, b) => b.length - a.length);
  const zones = [];
  for (const r of rows(zonesCsv)) {
    const bare = withoutProvince(r.name, r.province, r.province_short);
    const found = cityOf(r.province, bare);
    const cityByCode = r.city_code ? codeToName.get(`${r.city_code}00`) : undefined;
    const city = cityByCode && prefectureByCode.has(cityByCode) ? cityByCode : found?.[1] ?? (MUNICIPALITIES.has(r.province) ? r.province : '');
    const aliases = new Set([bare, `${r.province_short}${bare}`]);
    // 太原武宿综合保税区 is also printed 武宿综合保税区
    if (found && bare.length - found[0].length >= 5) aliases.add(bare.slice(found[0].length));
    for (const full of [...aliases]) {
      const suffix = suffixes.find((s) => full.endsWith(s));
      if (!suffix) continue;
      for (const s of language.short_suffixes[suffix]) aliases.add(full.slice(0, -suffix.length) + s);
    }
    aliases.delete(r.name);
    zones.push({ name: r.name, aliases: [...aliases].filter((a) => a.length >= 4), kind: r.kind, level: r.level, city, province: r.province });
  }
  return dropSharedAliases(zones);
}

/** A short form two zones share names neither: 开发区 of two counties is no one's. */
function dropSharedAliases(zones) {
  const owners = new Map();
  for (const z of zones) for (const n of [z.name, ...z.aliases]) owners.set(n, (owners.get(n) ?? 0) + 1);
  return zones.map((z) => ({ ...z, aliases: z.aliases.filter((a) => owners.get(a) === 1) }));
}

const RANK = { province: 3, city: 2, county: 1 };

/**
 * The compiled form the extractor loads: one row per place [name, level, city, province], and
 * the printed names that stand for each (a division's short name marked as such), so that
 * start-up reads one JSON.
 */
function compile(divisions, zones) {
  const places = [];
  const zoneNames = {};
  const placeNames = {};
  for (const z of zones) {
    const at = places.push([z.name, 'zone', z.city, z.province]) - 1;
    for (const n of [z.name, ...z.aliases]) zoneNames[n] = at;
  }
  for (const d of divisions) {
    // county-level cities (高平市) count as cities; other counties only name zones (上党经开区)
    const level = d.level === 'province' ? 'province' : d.level === 'prefecture' || d.name.endsWith('市') ? 'city' : 'county';
    const at = places.push([d.name, level, level === 'city' ? d.name : d.prefecture, d.province]) - 1;
    for (const [n, full] of [[d.name, 1], [d.short, 0]]) {
      if (n.length < 2) continue;
      const had = placeNames[n];
      if (had === undefined || RANK[level] > RANK[places[had >> 1][1]]) placeNames[n] = at * 2 + full;
    }
  }
  return { places, zoneNames: inCodeUnitOrder(zoneNames), placeNames: inCodeUnitOrder(placeNames) };
}

/** Names in the order the extractor's word index sorts them (by code unit): sorting them at start-up then costs next to nothing. */
function inCodeUnitOrder(names) {
  return Object.fromEntries(Object.entries(names).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const divisions = deriveDivisions();
const zones = deriveZones(divisions);
const out = {
  sources: [
    'zones: GB/T 37028-2018, national classification of economic function zones',
    'divisions: Ministry of Civil Affairs division codes (CC0)',
    'short names: division short names, MIT licence, copyright xiangyuecn',
  ],
  ...compile(divisions, zones),
};
// one entry a line, so that a change to the facts reads as a small diff
const J = JSON.stringify;
const block = (key, rows, last = false) => `${J(key)}: ${rows[0]}\n${rows[1].join(',\n')}\n${rows[2]}${last ? '' : ','}`;
const entries = (o) => ['{', Object.entries(o).map(([k, v]) => `${J(k)}: ${J(v)}`), '}'];
writeFileSync('patterns/places.json', ['{', block('sources', ['[', out.sources.map((x) => J(x)), ']']),
  block('places', ['[', out.places.map((x) => J(x)), ']']), block('zoneNames', entries(out.zoneNames)),
  block('placeNames', entries(out.placeNames), true), '}'].join('\n') + '\n');
console.error(`patterns/places.json: ${divisions.length} divisions, ${zones.length} zones`);
