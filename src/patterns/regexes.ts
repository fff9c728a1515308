import type { Rules } from './compile.js';
import { timePattern } from '../segment/timeExpressions.js';
import { CHINESE_DATE, FULL_DATE, sectionMarker } from '../segment/documentDate.js';
import { comparisonTail, scopePatterns, shareVerb, sloganCounter } from '../attribute/metricWords.js';
import { articleSignals } from '../segment/articles.js';
import { zoneSetPattern } from '../segment/gazetteer.js';

/** Every regular expression the stages build from rule words, and those run over whole texts, for a ReDoS check. */
export function patternRegexes(rules: Rules): [string, RegExp][] {
  const signals = articleSignals(rules.patterns.articles);
  return [
    ['period: time expressions', timePattern(rules.patterns.periods)],
    ['period: a bulletin\'s full date', FULL_DATE],
    ['period: a full date in Chinese numerals', CHINESE_DATE],
    ['period: a section\'s list number', sectionMarker(rules.patterns.periods)],
    ['metric: the base of a change', comparisonTail(rules)],
    ['metric: a slogan\'s count', sloganCounter(rules)],
    ['metric: the verb of a share', shareVerb(rules)],
    ...scopePatterns(rules.patterns.metrics.scope_words).map(({ w, re }): [string, RegExp] => [`metric: scope ${w}`, re]),
    ['zones: many zones before a zone word', zoneSetPattern(rules.patterns.zones)],
    ['articles: byline', signals.byline],
    ['articles: dateline', signals.dateline],
    ['articles: reporter name', signals.nameEnd],
    ['chrome: labels', rules.chrome.label],
    ['chrome: menu separators', rules.chrome.separators],
  ];
}
