/** A string as a regular expression matching itself, every character literal. */
export const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
