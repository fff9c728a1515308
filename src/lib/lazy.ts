import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A CommonJS package loaded on first use instead of at every start-up. */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
