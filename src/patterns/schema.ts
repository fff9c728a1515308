import { z as zod } from 'zod';

/** Every object of a rule file is strict: a misspelt key (unitz:) is an error, not silently ignored. */
const z = { ...zod, object: zod.strictObject };

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

/** What each kind of exclusion rule reads: the fields it needs (one of them, where several) and those it may have. */
const EXCLUSION_FIELDS = {
  year_before: { needs: ['words'], may: [] },
  followed_by: { needs: ['words'], may: [] },
  preceded_by: { needs: ['words'], may: [] },
  unit_followed_by: { needs: ['words'], may: ['families'] },
  unit_followed_by_numeral: { needs: [], may: [] },
  adjacent_chars: { needs: ['before', 'after'], may: [] },
  preceded_by_letter: { needs: [], may: [] },
  inside_quotes: { needs: [], may: ['max_length'] },
  inside_brackets: { needs: [], may: ['open', 'close'] },
  min_digits: { needs: [], may: ['digits'] },
} as const satisfies Record<string, { needs: readonly string[]; may: readonly string[] }>;
const EXCLUSION_KIND_FIELDS = ['words', 'before', 'after', 'open', 'close', 'max_length', 'families', 'digits'] as const;
/** characters, each tested by its code where a number starts or ends */
const chars = z.array(z.string().length(1, { message: 'one character: the rule tests the character next to a number' }));

const exclusionRule = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  kind: z.enum(Object.keys(EXCLUSION_FIELDS) as [keyof typeof EXCLUSION_FIELDS]),
  words: words.optional(),
  before: chars.optional(),
  after: chars.optional(),
  open: z.string().optional(),
  close: z.string().optional(),
  max_length: z.number().int().positive().optional(),
  families: words.optional(),
  digits: z.number().int().positive().optional(),
  examples, counterexamples: examples,
}).superRefine((rule, ctx) => {
  // a field the kind does not read would be silently ignored, a missing one would exclude nothing
  const { needs, may } = EXCLUSION_FIELDS[rule.kind] as { needs: readonly string[]; may: readonly string[] };
  for (const field of EXCLUSION_KIND_FIELDS) {
    if (rule[field] !== undefined && !needs.includes(field) && !may.includes(field)) ctx.addIssue({ code: 'custom', path: [field], message: `a ${rule.kind} rule does not read ${field}` });
  }
  if (needs.length && needs.every((field) => rule[field as keyof typeof rule] === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: `a ${rule.kind} rule needs ${needs.join(' or ')}` });
  }
});
export const exclusionsSchema = z.object({ rules: z.array(exclusionRule) });

export const zonesSchema = z.object({
  suffixes: words,
  rank_words: words,
  short_suffixes: z.record(z.string().min(1), words),
  park_suffixes: words,
  aggregates: z.object({ province: words, city: words, zone: words }),
  zone_sets: words,
  zone_set_counters: words,
  set_qualifiers: words,
  comparison_before: words,
  comparison_after: words,
  subject_lead: words,
  organ_words: words,
  common_words: words,
  short_name_followers: z.array(z.string().min(1)),
  bare_in_city: words,
  not_places: words,
  examples, counterexamples: examples,
  /** zones the derived gazetteer (patterns/places.json) lacks */
  zones: z.array(z.object({
    name: z.string().min(2),
    aliases: words.default([]),
    city: z.string().min(2),
    province: z.string().min(2).optional(),
    level: z.enum(['national', 'provincial']),
  })).default([]),
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
  slogan_classifiers: words,
  share_verb_endings: words,
  own_scope: words,
  count_words: words,
  carried: z.object({ prefix_subject: words, replace_by_subject: words }),
  examples,
});

export const cuesSchema = z.object({
  measure: z.object({
    growth: z.object({ words: literals, negative: words, amount_words: words, examples }),
    diff: z.object({ words, negative: words, units: words, examples }),
    share: z.object({ words, after_words: words, part_words: words, units: words, examples }),
    // progress towards a whole (已完成70%): cues of a share too, kept apart by what they say
    share_progress: words,
  }),
  status: z.object({
    target: z.object({
      governing: words,
      local: words,
      unless_followed_by: z.record(z.string(), words),
      only_followed_by: z.record(z.string(), words),
      before_verb: words,
      before_year: words,
      conditions: words,
      examples, counterexamples: examples,
    }),
    actual: words,
    perfective: words,
    plan_headings: words,
    report_headings: words,
  }),
  respectively: words,
});

const wordRule = z.object({ words: literals, examples, counterexamples: examples });

export const periodsSchema = z.object({
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  since: wordRule.extend({ openers: literals }),
  this_year: wordRule,
  last_year: wordRule,
  whole_year: wordRule,
  comparison_bases: wordRule.extend({ openers: literals }),
  quarters: z.object({ names: z.record(literal, z.enum(['Q1', 'Q2', 'Q3', 'Q4'])), examples, counterexamples: examples }),
  halves: z.object({ names: z.record(literal, z.enum(['H1', 'H2'])), examples, counterexamples: examples }),
  to_date: z.object({ months: z.record(literal, z.number().int().min(1).max(12)), examples, counterexamples: examples }),
  ranges: z.object({ connectors: words, examples, counterexamples: examples }),
  plans: z.object({ first_years: z.record(z.string().min(1), z.number().int().min(1900).max(2200)), spans: words, examples, counterexamples: examples }),
  events: wordRule.extend({ joiners: words }),
  stocks: wordRule,
  sizes: z.object({ after: words, after_families: words, units: words, before: words, examples, counterexamples: examples }),
  deadlines: wordRule,
  sections: z.object({ markers: words, max_length: z.number().int().positive(), examples, counterexamples: examples }),
  plan_titles: wordRule,
  review: wordRule.extend({ months: z.number().int().min(1).max(12) }),
});

export const articlesSchema = z.object({
  datelines: literals,
  byline_prefixes: literals,
  title_max_length: z.number().int().positive(),
  byline_name: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
});

export const chromeSchema = z.object({
  max_line_length: z.number().int().positive(),
  labels: z.object({ words, examples, counterexamples: examples }),
  markers: z.object({ words, examples, counterexamples: examples }),
  menus: z.object({ words, separators: words, breadcrumb_separators: words, examples, counterexamples: examples }),
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
  periods: periodsSchema,
  articles: articlesSchema,
  checks: checksSchema,
  chrome: chromeSchema,
} as const;

export type PatternName = keyof typeof schemas;
export type Patterns = { [K in PatternName]: zod.infer<(typeof schemas)[K]> };
