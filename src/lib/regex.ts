/** A string as a regular expression matching itself, every character literal. */
export const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Any of some strings, one pattern for all, in the order given (an alternation takes the first that matches); an empty list matches nothing. */
export const anyOf = (strings: readonly string[]): string => strings.map(escapeRegExp).join('|') || '[^\\s\\S]';
