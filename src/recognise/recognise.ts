import type { Patterns } from '../patterns/schema.js';
import type { Figure } from '../types.js';
import { exclusionsFor } from './exclusions.js';
import type { Lexicon } from './lexicon.js';
import { scanFigures } from './scan.js';

/** Every figure in a normalised text, in order. */
export function recogniseFigures(text: string, lex: Lexicon, rules: Patterns['exclusions']['rules']): Figure[] {
  return scanFigures(text, lex, exclusionsFor(text, rules, lex));
}
