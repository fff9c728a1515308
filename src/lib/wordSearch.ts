import { oncePer } from './oncePer.js';
import { WordIndex } from './wordIndex.js';
import { charClass, codeAt } from './chars.js';
import { countBelow, itself } from './spans.js';

/**
 * Words found in a text at an offset: starting there (through a trie, lib/wordIndex.ts), or
 * ending there and searched for backwards (through an index of their last characters).
 */

/** Words by their last character, longest first, and whether any word ends with a character. */
interface CharIndex {
  ends: (code: number) => boolean;
  byChar: Map<number, string[]>;
}

function indexByLast(words: string[]): CharIndex {
  const byChar = new Map<number, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(w.length - 1);
    byChar.set(c, [...(byChar.get(c) ?? []), w]);
  }
  return { ends: charClass([...byChar.keys()].map((c) => String.fromCharCode(c))), byChar };
}

/** The words as an index of themselves, made once per list. */
export const trieOf = oncePer((words: string[]) => new WordIndex(words.map((word) => ({ word, value: word }))));
const byLastChar = oncePer(indexByLast);

/** The longest of an index's words that ends at `end` of a text and starts at `floor` or after. */
function longestEnding(index: CharIndex, text: string, end: number, floor = 0): string | undefined {
  const c = codeAt(text, end - 1);
  if (!index.ends(c)) return undefined; // most characters end none of the words
  // a loop, not find: no closure made for each offset tried
  const words = index.byChar.get(c)!;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length <= end - floor && text.startsWith(w, end - w.length)) return w;
  }
  return undefined;
}

/** Finds the longest of `words` that ends at `end` of a text; built once per list. */
export const wordsEnding = oncePer((words: string[]) => {
  const index = byLastChar(words);
  return (text: string, end: number): string | undefined => longestEnding(index, text, end);
});

/** Finds the longest of `words` that starts at `at` of a text; built once per list. */
export const wordsStarting = oncePer((words: string[]) => {
  const index = trieOf(words);
  return (text: string, at: number): string | undefined => index.longestAt(text, at)?.word;
});

const wordOf = (e: { word: string }): string => e.word;

/** Finds every one of `words` that starts at `at` of a text, the longest first; built once per list. */
export const everyWordStarting = oncePer((words: string[]) => {
  const index = trieOf(words);
  return (text: string, at: number): string[] => index.allAt(text, at).map(wordOf);
});

/** The first offset from `from` on where one of `words` starts, or -1. */
export function nextWordAt(text: string, words: string[], from = 0): number {
  const index = trieOf(words);
  const starts = index.starts;
  // from one offset where a word may start to the next: most characters are passed over by their code and the next one's
  for (let at = starts.nextStart(text, from); at < text.length; at = starts.nextStart(text, at + 1)) if (index.longestAt(text, at)) return at;
  return -1;
}

// Short lists read at a few offsets: a loop over the words, where an index would cost more to build
// and a callback (find, some) would be a closure made at each call.
/** The first of `words`, in their order, that the text has at `at` and that ends by `to`. */
export function firstStartingAt(text: string, at: number, words: readonly string[], to = text.length): string | undefined {
  for (const w of words) if (at + w.length <= to && text.startsWith(w, at)) return w;
  return undefined;
}

/** The first of `words`, in their order, that the text has ending at `at` and starting at `from` or later (never before its start). */
export function firstEndingAt(text: string, at: number, words: readonly string[], from = 0): string | undefined {
  const earliest = Math.max(from, 0);
  for (const w of words) if (at - w.length >= earliest && text.startsWith(w, at - w.length)) return w;
  return undefined;
}

/** Whether any of `words` occurs in `text`. */
export const holdsAny = (text: string, words: string[]): boolean => nextWordAt(text, words) >= 0;

export interface Cue {
  word: string;
  at: number;
}

/**
 * The nearest of `words` in text[0, end), searching backwards: of those that end last, the
 * longest. With `endsWord`, only a word that ends where it says a word may end counts.
 */
export const lastCue = (text: string, words: string[], end = text.length, endsWord?: (text: string, at: number) => boolean): Cue | null =>
  lastCueIn(byLastChar(words), text, end, endsWord);

/** A search of `words` as lastCue makes it, its index found once for callers that search the same list again and again. */
export type CueSearch = (text: string, end: number, endsWord?: (text: string, at: number) => boolean) => Cue | null;

/** lastCue of `words`; built once per list. */
export const cueSearch = oncePer((words: string[]): CueSearch => {
  const index = byLastChar(words);
  return (text, end, endsWord) => lastCueIn(index, text, end, endsWord);
});

function lastCueIn(index: CharIndex, text: string, end: number, endsWord?: (text: string, at: number) => boolean): Cue | null {
  // the text's length read once, not at each character: texts are strings of many kinds, and each read of a property a lookup
  for (let at = Math.min(end, text.length); at > 0; at--) {
    if (!index.ends(text.charCodeAt(at - 1))) continue;
    const word = longestEnding(index, text, at);
    if (word && (!endsWord || endsWord(text, at))) return { word, at: at - word.length };
  }
  return null;
}

/**
 * Where words end in a text from `from` on, each where one lies after `from`: read forwards only
 * as far as a search asks, each character once for all the words, for many backward searches of
 * any list among them.
 */
export class CueEnds {
  private readonly index: CharIndex;
  private readonly ends: number[] = [];
  private readTo: number;

  constructor(private readonly text: string, words: string[], private readonly from: number) {
    this.index = byLastChar(words);
    this.readTo = from;
  }

  /** What lastCue finds of `words`, some of the words read, in text[floor, end), `floor` not before the start; offsets are the text's. */
  last(words: string[], floor: number, end: number): Cue | null {
    this.readUpTo(end);
    let i = this.endingBy(end);
    if (i < 0 || this.ends[i]! <= floor) return null; // most searches find no cue of any list: the list's index is not looked up
    const index = byLastChar(words);
    for (; i >= 0 && this.ends[i]! > floor; i--) {
      const at = this.ends[i]!;
      const word = longestEnding(index, this.text, at, floor);
      if (word) return { word, at: at - word.length };
    }
    return null;
  }

  /** The index of the last end at or before `end` (-1: none). */
  private endingBy(end: number): number {
    return countBelow(this.ends, end + 1, itself) - 1;
  }

  private readUpTo(end: number): void {
    const { text, index, from, ends } = this;
    const last = Math.min(end, text.length); // read once (see lastCueIn)
    for (let at = this.readTo + 1; at <= last; at++) if (index.ends(text.charCodeAt(at - 1)) && longestEnding(index, text, at, from)) ends.push(at);
    this.readTo = Math.max(this.readTo, end);
  }
}
