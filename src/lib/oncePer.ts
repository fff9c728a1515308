/** `build` run once per key object: later calls with the same key get what the first built. */
export function oncePer<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  // callers ask for the same key many times in a row (one document, one rule set): kept at hand
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue!;
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    // two stores, not a destructuring: that iterates an array made for it, on every change of key
    lastKey = key;
    lastValue = value;
    return value;
  };
}

/**
 * `compute` run once per document and key (a sentence's start, a mention): later calls with the
 * same pair get what the first computed. What a document's figures ask of the same sentence is
 * worked out for the first of them only.
 */
export function memoPer<D extends object, K, V>(compute: (doc: D, key: K) => V): (doc: D, key: K) => V {
  const known = oncePer((_doc: D) => new Map<K, V>());
  return (doc, key) => {
    const values = known(doc);
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      value = compute(doc, key);
      values.set(key, value);
    }
    return value as V;
  };
}

/**
 * `read` of a stretch text[start, end) of a document, the last stretch's value kept: a
 * sentence's or a line's figures come in a row and ask of the same stretch, read once for them.
 */
export function lastRead<D extends object, V>(read: (doc: D, start: number, end: number) => V): (doc: D, start: number, end: number) => V {
  let lastDoc: D | null = null;
  let lastStart = -1;
  let lastEnd = -1;
  let lastValue: V;
  return (doc, start, end) => {
    if (doc !== lastDoc || start !== lastStart || end !== lastEnd) {
      lastValue = read(doc, start, end);
      lastDoc = doc;
      lastStart = start;
      lastEnd = end;
    }
    return lastValue;
  };
}
