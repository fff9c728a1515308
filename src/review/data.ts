import { basename } from 'node:path';
import type { Extraction } from '../pipeline.js';
import type { FigureRecord } from '../types.js';
import { maskPersonalNumbers } from '../lib/personalNumbers.js';

/** A figure as the page knows it: its record without the clause, its bulletin and its zone's colour. */
export type ReviewFigure = Omit<FigureRecord, 'file' | 'text' | 'line' | 'column' | 'metric_text'> & {
  /** index of its bulletin */
  b: number;
  /** index of its zone in ReviewData.zones, -1 for none */
  zi: number;
};

export interface ReviewArticle {
  start: number;
  zone: string | null;
  zi: number;
}

export interface ReviewBulletin {
  file: string;
  /** the file's base name, as gold records name it */
  doc: string;
  /** the text as printed, identity numbers masked (same length, so offsets hold) */
  text: string;
  articles: ReviewArticle[];
  /** indices into ReviewData.figures, in order of the text */
  figures: number[];
}

export interface ReviewZone {
  name: string;
  level: string;
}

export interface ReviewData {
  bulletins: ReviewBulletin[];
  figures: ReviewFigure[];
  /** every zone, in order of first appearance; its index picks its colour */
  zones: ReviewZone[];
}

/** The CSS class that gives a zone its colour. */
export const zoneClass = (zi: number): string => (zi < 0 ? 'zn' : `z${zi}`);

export const zoneName = (zones: ReviewZone[], zi: number): string => zones[zi]?.name ?? '(no zone)';

function zoneIndexer(zones: ReviewZone[]): (name: string | null, level: string | null) => number {
  const index = new Map<string, number>();
  return (name, level) => {
    if (!name) return -1;
    const key = `${level}:${name}`;
    if (!index.has(key)) index.set(key, zones.push({ name, level: level ?? '' }) - 1);
    return index.get(key)!;
  };
}

function reviewFigure(r: FigureRecord, b: number, zi: number): ReviewFigure {
  const { file: _file, text: _text, line: _line, column: _column, metric_text: _printed, ...kept } = r;
  return { ...kept, b, zi };
}

/** What the review page needs of the analysed bulletins. */
export function reviewData(extractions: Extraction[]): ReviewData {
  const zones: ReviewZone[] = [];
  const zoneOf = zoneIndexer(zones);
  const figures: ReviewFigure[] = [];
  const bulletins = extractions.map(({ source, records, articles }, b): ReviewBulletin => {
    const ordered = [...records].sort((x, y) => x.start - y.start);
    const first = figures.length;
    for (const r of ordered) figures.push(reviewFigure(r, b, zoneOf(r.zone, r.zone_level)));
    return {
      file: source.file,
      doc: basename(source.file),
      text: maskPersonalNumbers(source.text),
      articles: articles.map((a) => ({ start: a.start, zone: a.zone?.name ?? null, zi: zoneOf(a.zone?.name ?? null, a.zone?.level ?? null) })),
      figures: ordered.map((_, i) => first + i),
    };
  });
  return { bulletins, figures, zones };
}
