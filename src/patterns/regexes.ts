import type { Rules } from './compile.js';
import { FULL_DATE, timePattern } from '../attribute/period.js';
import { comparisonTail, scopePatterns, shareVerb, sloganCounter } from '../attribute/metricWords.js';
import { articleSignals } from '../segment/articles.js';

/** Every regular expression the stages build from rule words, and those run over whole texts, for a ReDoS check. */
export function patternRegexes(rules: Rules): [string, RegExp][] {
  const signals = articleSignals(rules.patterns.articles);
  return [
    ['period: time expressions', timePattern(rules)],
    ['period: a bulletin\'s full date', FULL_DATE],
    ['metric: the base of a change', comparisonTail(rules)],
    ['metric: a slogan\'s count', sloganCounter(rules)],
    ['metric: the verb of a share', shareVerb(rules)],
    ...scopePatterns(rules.patterns.metrics.scope_words).map(({ w, re }): [string, RegExp] => [`metric: scope ${w}`, re]),
    ['articles: byline', signals.byline],
    ['articles: dateline', signals.dateline],
    ['articles: reporter name', signals.nameEnd],
  ];
}
