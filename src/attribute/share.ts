import { strip, type Vocabulary } from './metricWords.js';

/** The whole a share is of, without the zone's word for itself (占全区工业产值 → 工业产值; 占全市… stays). */
function shareBase(whole: string, v: Vocabulary): string {
  const own = v.ownScope.find((w) => whole.startsWith(w) && whole.length >= w.length + 2);
  return own ? whole.slice(own.length) : whole;
}

/** A line break: a share's phrase never runs across one. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The words a share's whole may end with: 占全区(的)比重, 占全区(的)比例, 占全区的. */
const WHOLE_ENDINGS = ['的比重', '的比例', '比重', '比例', '的'];

/** The part of a phrase before its share's verb, read on its last line: 工业产值占全区比重 → 工业产值. */
export function beforeShareVerb(phrase: string): string {
  const lastLine = Math.max(...[...'\n\r\u2028\u2029'].map((c) => phrase.lastIndexOf(c))) + 1;
  const verb = phrase.indexOf('占', lastLine);
  return verb < 0 ? phrase : phrase.slice(0, verb);
}

/** Where the share (占Y比重, Y not empty) that ends a phrase starts, or -1. */
export function shareStart(phrase: string): number {
  if (phrase.length < 4 || !phrase.endsWith('比重') || LINE_BREAK.test(phrase)) return -1;
  return phrase.lastIndexOf('占', phrase.length - 4);
}

/** The whole after a share's verb: 比全区工业产值的比重 → 全区工业产值 (never left empty). */
function wholeAfterVerb(afterVerb: string): string {
  const whole = afterVerb.length > 1 && afterVerb.startsWith('比') ? afterVerb.slice(1) : afterVerb;
  const ending = WHOLE_ENDINGS.find((w) => whole.length > w.length && whole.endsWith(w)) ?? '';
  return whole.slice(0, whole.length - ending.length);
}

/**
 * Rewrite share phrasing to one form: X占Y的, X分别占到Y, X在Y占比 → X占Y比重; X占比 with no
 * whole named stays X占比. `subject` stands in for a missing X.
 */
export function shareForm(subject: string, phrase: string, v: Vocabulary): string {
  const p = phrase.replace(v.shareVerb, '占');
  if (LINE_BREAK.test(p)) return subject + phrase;
  const part = (x: string): string => strip(x, v) || beforeShareVerb(subject);
  if (p.endsWith('占比')) {
    const before = p.slice(0, -2);
    const inside = before.indexOf('在');
    if (inside >= 0 && inside < before.length - 1) return `${part(before.slice(0, inside))}占${shareBase(before.slice(inside + 1), v)}比重`;
    return `${part(before)}占比`;
  }
  const verb = p.indexOf('占');
  if (verb < 0 || verb === p.length - 1) return subject + phrase;
  return `${part(p.slice(0, verb))}占${shareBase(wholeAfterVerb(p.slice(verb + 1)), v)}比重`;
}
