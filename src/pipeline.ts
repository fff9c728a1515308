import type { FigureRecord, Source } from './types.js';
import type { Rules } from './patterns/compile.js';
import { normalise, toSourceOffset } from './normalise/normalise.js';
import { sentenceSpans } from './segment/sentences.js';
import { splitArticles, articleZone, toArticleSpans, type ArticleSpan } from './segment/articles.js';
import { findZoneMentions, namePartTester, type ZoneMention } from './segment/gazetteer.js';
import { comparisons, docPlaces } from './segment/scope.js';
import { recogniseFigures } from './recognise/recognise.js';
import { markRepeats } from './recognise/repeats.js';
import { attributeFigures } from './attribute/attribute.js';
import { maskTerms } from './attribute/context.js';
import { timeReader } from './segment/timeExpressions.js';
import { articleDates } from './segment/documentDate.js';
import { toRecord } from './emit/record.js';
import { locator } from './lib/position.js';
import { maskPersonalNumbers } from './lib/personalNumbers.js';
import { spansWithin } from './lib/spans.js';

export interface Extraction {
  source: Source;
  records: FigureRecord[];
  /** the articles, offsets into the source text, with their zones */
  articles: ArticleSpan[];
}

/** read → normalise → split → recognise → attribute → records, for one decoded bulletin. */
export function extract(source: Source, rules: Rules): FigureRecord[] {
  return analyse(source, rules).records;
}

/** The records of a bulletin and the articles it was split into. */
export function analyse(source: Source, rules: Rules): Extraction {
  const norm = normalise(source, rules.chrome);
  // personal numbers are starred before any stage reads the text: none can become a figure or a name
  const text = maskPersonalNumbers(norm.text);
  const mentions = findZoneMentions(text, rules.gazetteer, namePartTester(rules.gazetteer.notPlaces));
  const mentionsIn = (start: number, end: number): ZoneMention[] => spansWithin(mentions, start, end);
  const places = docPlaces(mentions, rules.gazetteer);
  const drafts = splitArticles(text, rules.patterns.articles);
  const articles = toArticleSpans(drafts, text.length, (d) => articleZone(d, mentionsIn, places, (ms) => comparisons(text, rules.gazetteer, ms, 0)));
  const figures = markRepeats(text, recogniseFigures(text, rules.lexicon, rules.patterns.exclusions.rules));
  const times = timeReader(text, rules.patterns.periods);
  const dates = articleDates(text, articles, times, rules.patterns);
  const ctx = { text, sentences: sentenceSpans(text), figures, mentions, places, articles, rules, times, dates, masked: maskTerms(text, rules.terms) };
  const sourceArticles = articles.map((a) => ({ ...a, start: toSourceOffset(norm, a.start), end: toSourceOffset(norm, a.end) }));
  const locate = locator(source.markup?.html ?? source.text);
  return { source, records: attributeFigures(ctx).map((a) => toRecord(norm, a, locate)), articles: sourceArticles };
}
