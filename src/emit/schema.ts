import { z } from 'zod';
import type { FigureRecord } from '../types.js';

const offset = z.number().int().min(0);

/** One output record, as data: the source of `zone-extract schema` and of the library's JSON Schema. */
export const recordSchema = z.strictObject({
  file: z.string().describe('the bulletin it came from ("-" for standard input)'),
  zone: z.string().nullable().describe('the zone: canonical name where patterns/zones.yaml knows it, else as printed'),
  zone_level: z.enum(['zone', 'city']).nullable().describe('zone, or city for a city\'s zones as a whole'),
  park: z.string().nullable().describe('a park inside the zone the figure is about, else null'),
  metric: z.string().nullable().describe('what is measured, normalised (规上 → 规模以上)'),
  metric_text: z.string().nullable().describe('what is measured, as read'),
  value: z.number().describe('the value in the printed unit, negative for a fall'),
  unit: z.string().describe('the unit as printed, multiplier included (亿元)'),
  base_value: z.number().describe('the value in its base unit (亿元 → 元)'),
  base_unit: z.string().describe('the base unit: 元, m², a count\'s classifier'),
  qualifier: z.enum(['approx', 'over', 'under']).nullable().describe('约, 超过, 不到 and the like'),
  value_max: z.number().nullable().describe('the upper end of a range (1-2个), else null'),
  measure: z.enum(['level', 'growth', 'share', 'diff']).describe('a level, a growth rate, a share or a gap to a target'),
  status: z.enum(['actual', 'target']).describe('an actual figure or a target'),
  period: z.string().nullable().describe('2023, 2024Q1, 2024H1, 2024-01..2024-09, 2023.. (since 2023), or null'),
  start: offset.describe('UTF-16 offset of the figure in the decoded input'),
  end: offset.describe('UTF-16 offset just after the figure'),
  line: z.number().int().min(1).describe('1-based line of the figure'),
  column: z.number().int().min(1).describe('1-based column of the figure'),
  text: z.string().describe('the sentence it came from, identity numbers masked'),
  rule: z.string().describe('the number and unit rule that found it'),
  quality: z.string().nullable().describe('ocr_repeat inside garbled, repeated OCR text, else null'),
}).describe('one figure of a development-zone bulletin, as zone-extract writes it');

/** The record schema and the FigureRecord type must not drift apart: a field added to one fails the build. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<z.infer<typeof recordSchema>, FigureRecord> = true;
void inStep;

/** The JSON Schema (draft 2020-12) of a record. */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(recordSchema) as Record<string, unknown>;
}
