import type { Rules } from './compile.js';
import { timePattern } from '../attribute/period.js';
import { articleSignals } from '../segment/articles.js';

/** Every regular expression the stages build from rule words, for a ReDoS check. */
export function patternRegexes(rules: Rules): [string, RegExp][] {
  const signals = articleSignals(rules.patterns.articles);
  return [
    ['period: time expressions', timePattern(rules)],
    ['articles: byline', signals.byline],
    ['articles: dateline', signals.dateline],
    ['articles: reporter name', signals.nameEnd],
  ];
}
