/** A bulletin as read: its path (or "-") and its decoded text. */
export interface Source {
  file: string;
  text: string;
  /** an HTML bulletin: its markup, and for each char of `text` its offset there (for line numbers) */
  markup?: { html: string; offsets: Int32Array };
}

/** Text after normalisation; origin[i] is the offset in the source text of char i. */
export interface NormalText {
  source: Source;
  text: string;
  origin: Int32Array;
  /** a traditional text, simplified for recognition: the characters as printed */
  script?: PrintedScript;
}

/** Where normalisation simplified a traditional text, the characters as printed. */
export interface PrintedScript {
  /** offset in the normalised text → the character printed there */
  printedAt: Map<number, string>;
  /** a simplified character → the character printed for it (the first one seen) */
  printedOf: Map<string, string>;
}

export type Qualifier = 'approx' | 'over' | 'under';
export type Measure = 'level' | 'growth' | 'share' | 'diff';
export type Status = 'actual' | 'target';
export type ZoneLevel = 'zone' | 'city';

/** A number with its unit, as found in the normalised text. Offsets are normalised. */
export interface Figure {
  start: number;
  end: number;
  numberText: string;
  value: number;
  valueMax: number | null;
  unit: string;
  family: string;
  baseValue: number;
  baseUnit: string;
  qualifier: Qualifier | null;
  rule: string;
  quality: string | null;
}

export interface ZoneRef {
  name: string;
  level: ZoneLevel;
}

/** One output record: a figure with everything it means. Offsets are into the source text. */
export interface FigureRecord {
  file: string;
  zone: string | null;
  zone_level: ZoneLevel | null;
  park: string | null;
  metric: string | null;
  metric_text: string | null;
  value: number;
  unit: string;
  base_value: number;
  base_unit: string;
  qualifier: Qualifier | null;
  value_max: number | null;
  measure: Measure;
  status: Status;
  period: string | null;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  rule: string;
  quality: string | null;
}
