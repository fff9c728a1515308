/**
 * Identity, phone and account numbers: eleven or more digits (ASCII or full-width), maybe
 * grouped by single spaces or hyphens (138 1234 5678, +86 139-1234-5678), an ID's final X.
 */
const PERSONAL_NUMBER = /[0-9０-９](?:[ \u3000\u00a0\-－‐]?[0-9０-９]){10,}[XxＸｘ]?/g;
/** the same, to test a text for one first: a replace with a replacer costs more, even where nothing matches */
const HOLDS_PERSONAL_NUMBER = new RegExp(PERSONAL_NUMBER.source);
/** the fewest characters a personal number takes: a shorter text holds none */
export const SHORTEST_PERSONAL_NUMBER = 11;

/** Personal data: every digit of an identity, phone or account number starred, lengths kept. */
export function maskPersonalNumbers(text: string): string {
  // most record fields are shorter than any such number, and most texts hold none
  if (text.length < SHORTEST_PERSONAL_NUMBER || !HOLDS_PERSONAL_NUMBER.test(text)) return text;
  return text.replace(PERSONAL_NUMBER, (number) => number.replace(/[0-9０-９XxＸｘ]/g, '*'));
}
