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
    [lastKey, lastValue] = [key, value];
    return value;
  };
}
