import { z } from 'zod';

const words = z.array(z.string().min(1));
const examples = z.array(z.string().min(1)).optional();
/** a word the stages build a regular expression from: taken literally, so none of the characters a pattern reads as syntax */
const literal = z.string().min(1).refine((w) => !/[\\^$.*+?()[\]{}|/]/.test(w), { message: 'a word is taken literally: no regular-expression characters \\ ^ $ . * + ? ( ) [ ] { } | /' });
const literals = z.array(literal);

export const numbersSchema = z.object({
  digits: z.record(z.string().length(1), z.number().int().min(0).max(9)),
  small_units: z.record(z.string().length(1), z.number().positive()),
  large_units: z.record(z.string().length(1), z.number().positive()),
  lone_numerals: z.array(z.object({
    numeral: z.string().length(1),
    only_before: words,
    examples, counterexamples: examples,
  })),
  qualifiers: z.object({
    before: z.array(z.object({ words, qualifier: z.enum(['approx', 'over', 'under']) })),
    between: z.array(z.object({ words, qualifier: z.enum(['approx', 'over', 'under']) })),
    after: z.array(z.object({ words, qualifier: z.enum(['approx', 'over', 'under']) })),
    examples,
  }),
  range_connectors: words,
});

export const unitsSchema = z.object({
  multipliers: z.record(z.string().min(1), z.number().positive()),
  units: z.array(z.object({
    forms: words,
    base: z.string().min(1).optional(),
    factor: z.number().positive().optional(),
    family: z.enum(['money', 'percent', 'pp', 'area', 'mass', 'power', 'energy', 'voltage', 'length', 'duration', 'count', 'times']),
    examples, counterexamples: examples,
  })),
  compound_separator: z.string().length(1),
});

const exclusionRule = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  kind: z.enum(['year_before', 'followed_by', 'preceded_by', 'unit_followed_by', 'unit_followed_by_numeral', 'adjacent_chars',
    'preceded_by_letter', 'inside_quotes', 'inside_brackets', 'min_digits']),
  words: words.optional(),
  before: words.optional(),
  after: words.optional(),
  open: z.string().optional(),
  close: z.string().optional(),
  max_length: z.number().int().positive().optional(),
  families: words.optional(),
  digits: z.number().int().positive().optional(),
  examples, counterexamples: examples,
});
export const exclusionsSchema = z.object({ rules: z.array(exclusionRule) });

export const zonesSchema = z.object({
  suffixes: words,
  park_suffixes: words,
  citywide: words,
  bare_in_city: words,
  not_places: words,
  examples, counterexamples: examples,
  zones: z.array(z.object({
    name: z.string().min(2),
    aliases: words.default([]),
    city: z.string().min(2),
    level: z.enum(['national', 'provincial']),
  })),
  cities: words,
});

export const metricsSchema = z.object({
  terms: words,
  synonyms: z.record(z.string().min(1), z.string().min(1)),
  strip_leading: words,
  strip_trailing: words,
  stop_words: words,
  cut_verbs: words,
  generic_heads: words,
  capacity_prefixes: z.record(z.string().min(1), z.string().min(1)),
  capacity_strip_trailing: words,
  phrase_breakers: words,
  level_words: literals,
  scope_words: literals,
  carried: z.object({ prefix_subject: words, replace_by_subject: words }),
  examples,
});

export const cuesSchema = z.object({
  measure: z.object({
    growth: z.object({ words: literals, negative: words, examples }),
    diff: z.object({ words, negative: words, units: words, examples }),
    share: z.object({ words, after_words: words, units: words, examples }),
    share_progress: words,
  }),
  status: z.object({
    target: z.object({
      governing: words,
      local: words,
      unless_followed_by: z.record(z.string(), words),
      only_followed_by: z.record(z.string(), words),
      examples, counterexamples: examples,
    }),
    actual: words,
    perfective: words,
    plan_headings: words,
  }),
  respectively: words,
  period: z.object({
    since: literals,
    whole_year: literals,
    this_year: literals,
    last_year: literals,
    comparison_bases: literals,
    quarters: z.record(literal, z.enum(['Q1', 'Q2', 'Q3', 'Q4'])),
    halves: z.record(literal, z.enum(['H1', 'H2'])),
    to_date: z.record(literal, z.number().int().min(1).max(12)),
    no_period: words,
    continues: words,
    examples,
  }),
});

export const articlesSchema = z.object({
  datelines: literals,
  byline_prefixes: literals,
  title_max_length: z.number().int().positive(),
  byline_name: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
});

export const checkIds = ['parts-exceed-total', 'diff-vs-target', 'share-vs-parts', 'percent-out-of-range', 'conflicting-values',
  'missing-metric', 'missing-zone', 'baseline-added', 'baseline-removed', 'baseline-changed'] as const;

export const checksSchema = z.object({
  rules: z.array(z.object({
    id: z.enum(checkIds),
    severity: z.enum(['error', 'warning']),
    description: z.string(),
    part_cues: words.optional(),
    bounded_metric_endings: words.optional(),
    may_exceed_when: words.optional(),
  })),
});

export const schemas = {
  numbers: numbersSchema,
  units: unitsSchema,
  exclusions: exclusionsSchema,
  zones: zonesSchema,
  metrics: metricsSchema,
  cues: cuesSchema,
  articles: articlesSchema,
  checks: checksSchema,
} as const;

export type PatternName = keyof typeof schemas;
export type Patterns = { [K in PatternName]: z.infer<(typeof schemas)[K]> };
