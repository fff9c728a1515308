import { RewriteBuilder, type Rewrite } from './rewrite.js';

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * A pinyin syllable in brackets right after a Chinese character: 經(jīng), 開（kāi）, 區(qu1), 的(de).
 * The bracket comes first and the character is looked behind it: a pattern that opens with a
 * plain character is searched for fast.
 */
const GLOSS = new RegExp(`[(（](?<=[\\u3400-\\u9fff][(（])([a-zü${TONE_MARKED}]{1,7}[1-5]?)[)）]`, 'g');
const MARKED = new RegExp(`[${TONE_MARKED}1-5]`);
/** A text glossed throughout also glosses neutral-tone syllables without a mark; one stray "(de)" is no gloss. */
const GLOSSED_TEXT = 3;

/** Remove pinyin glosses inserted after characters (經(jīng)濟(jì) → 經濟); null where there are none. */
export function removeGlosses(text: string): Rewrite | null {
  const found = [...text.matchAll(GLOSS)];
  const marked = found.filter((m) => MARKED.test(m[1]!));
  const glosses = marked.length >= GLOSSED_TEXT ? found : marked;
  if (glosses.length === 0) return null;
  const out = new RewriteBuilder(text.length);
  let at = 0;
  for (const m of glosses) {
    out.keep(text, at, m.index);
    at = m.index + m[0].length;
  }
  out.keep(text, at, text.length);
  return out.done(text.length);
}
