import type { ZoneRef } from '../types.js';
import type { ZoneMention } from '../segment/gazetteer.js';
import { mentionsWithin, type DocContext, type FigureSite } from './context.js';

/** The city an article's zone belongs to, for figures about a city's zones as a whole. */
function cityOf(ctx: DocContext, zone: ZoneRef | null): ZoneRef | null {
  if (!zone || zone.level === 'city') return zone;
  const entry = ctx.rules.patterns.zones.zones.find((z) => z.name === zone.name);
  return entry ? { name: entry.city, level: 'city' } : zone;
}

/** A bare 高新区 in a city's report: the city's one zone of that kind in the gazetteer, else <city>高新区. */
function cityOwn(ctx: DocContext, printed: string, city: ZoneRef): ZoneRef {
  const mine = ctx.rules.patterns.zones.zones.filter((z) => z.city === city.name && [z.name, ...z.aliases].some((n) => n.endsWith(printed)));
  return { name: mine.length === 1 ? mine[0]!.name : `${city.name.replace(/市$/, '')}${printed}`, level: 'zone' };
}

/**
 * The zone a figure is about: the nearest zone named earlier in its sentence, unless words
 * for a city's zones as a whole (全市, 其他开发区) or an aggregate (…等N个) come after it.
 */
export function attributeZone(ctx: DocContext, site: FigureSite): ZoneRef | null {
  const { figure, sentence, article } = site;
  const articleZone = article.zone;
  const aggregate = /等$/.test(ctx.text.slice(Math.max(sentence.start, figure.start - 2), figure.start).replace(/[超近约]$/, ''));
  if (aggregate) return articleZone;
  // a bare city name (晋城市级, 占高平市总量) is a reference, not the subject, unless the figure
  // follows it directly ((高平市 5 家)); 阳泉市开发区 is one
  const inCity = articleZone?.level === 'city' ? articleZone : null;
  const ownBare = (m: ZoneMention): boolean => !!inCity && m.bare && !m.park && ctx.rules.patterns.zones.bare_in_city.includes(m.printed);
  const mention = mentionsWithin(ctx, sentence.start, figure.start).reverse().find((m) => ownBare(m) || (!m.bare && !m.park
    && (m.level === 'zone' || m.printed !== m.name || !ctx.text.slice(m.end, figure.start).trim())));
  // 全市 in the figure's own clause, or naming zones (全市开发区) anywhere before it, speaks of
  // the city's zones as a whole; 占全市总量, 低于全市 compare with it and do not
  const from = Math.max(mention ? mention.end : sentence.start, site.sentence.start);
  const between = ctx.text.slice(from, figure.start);
  const clauseFrom = Math.max(from, site.clause.start) - from;
  const citywideAfter = ctx.rules.gazetteer.citywide.some((w) => {
    for (let at = between.indexOf(w); at >= 0; at = between.indexOf(w, at + 1)) {
      if (/[占于比和与]/.test(between[at - 1] ?? '')) continue;
      const namesZones = /(开发区|园区|经开区)$/.test(w) || /^[\d\u4e00-\u9fff]{0,6}?(开发区|园区|经开区)/.test(between.slice(at + w.length));
      if (at >= clauseFrom || namesZones) return true;
    }
    return false;
  });
  if (citywideAfter) return cityOf(ctx, articleZone);
  if (mention) return ownBare(mention) ? cityOwn(ctx, mention.printed, inCity!) : { name: mention.name, level: mention.level };
  // in a city's report, a sentence about one zone may name it after the figure:
  // "在设立总规模达6亿元的开发区产业基金基础上,阳泉高新区稳步推进…"
  if (articleZone?.level === 'city') {
    // …as the subject of a later clause, not as an object (推动上党、沁源经开区调区)
    const later = mentionsWithin(ctx, figure.end, sentence.end).filter((m) => !m.bare && !m.park && m.level === 'zone');
    if (!later.some((m) => /[，,；;：:]/.test(ctx.text[m.start - 1] ?? ''))) return articleZone;
    const names = new Set(later.map((m) => m.name));
    if (names.size === 1) return { name: later[0]!.name, level: 'zone' };
  }
  return articleZone;
}
