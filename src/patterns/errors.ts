/** A rule file that cannot be used; the message reads `file:line:column: what`. */
export class PatternError extends Error {}
