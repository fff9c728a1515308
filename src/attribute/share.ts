import { strip, type Vocabulary } from './metricWords.js';

/** The whole a share is of, without the zone's word for itself (占全区工业产值 → 工业产值; 占全市… stays). */
function shareBase(whole: string, v: Vocabulary): string {
  const own = v.ownScope.find((w) => whole.startsWith(w) && whole.length >= w.length + 2);
  return own ? whole.slice(own.length) : whole;
}

/**
 * Rewrite share phrasing to one form: X占Y的, X分别占到Y, X在Y占比 → X占Y比重; X占比 with no
 * whole named stays X占比. `subject` stands in for a missing X.
 */
export function shareForm(subject: string, phrase: string, v: Vocabulary): string {
  const p = phrase.replace(v.shareVerb, '占');
  const part = (x: string | undefined): string => strip(x ?? '', v) || subject.replace(/占.*$/, '');
  const inside = /^(.*?)在(.+?)占比$/.exec(p);
  if (inside) return `${part(inside[1])}占${shareBase(inside[2]!, v)}比重`;
  const bare = /^(.*?)占比$/.exec(p);
  if (bare) return `${part(bare[1])}占比`;
  const m = /^(.*?)占(?:比)?(.+?)(?:的)?(?:比重|比例)?$/.exec(p);
  if (!m) return subject + phrase;
  return `${part(m[1])}占${shareBase(m[2]!, v)}比重`;
}
