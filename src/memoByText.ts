/**
 * Bounded caches for pure functions of text. News repeats itself — the same sentence,
 * table or timeline line comes back in article after article — and the stages read
 * each one many times. A cache empties itself when full, so memory stays bounded,
 * and a build empties them all once the analysis is done (`clearTextCaches`).
 */

const everyCache = new Set<Map<string, unknown>>();

/** Empties every cache: at 4,000 articles they hold ~100 MB the render does not need. */
export function clearTextCaches(): void {
  for (const cache of everyCache) cache.clear();
}

/** A cache by string key: `cached(key, compute)` computes once per key. */
export function boundedCache<T>(limit = 100_000): (key: string, compute: () => T) => T {
  const seen = new Map<string, T>();
  everyCache.add(seen);
  return (key, compute) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const result = compute();
    seen.set(key, result);
    return result;
  };
}

/**
 * A cache by text, then by a context key: `cached(text, context, compute)` computes
 * once per pair, and no key string joining the two is built per call (the text, a
 * sentence or a table, is long; the context is built once per article).
 */
export function boundedCacheByContext<T>(limit = 100_000): (text: string, context: string, compute: () => T) => T {
  const byText = boundedCache<Map<string, T>>(limit);
  return (text, context, compute) => {
    const byContext = byText(text, () => new Map());
    let known = byContext.get(context);
    if (known === undefined) byContext.set(context, (known = compute()));
    return known;
  };
}

/** `fn` memoised by its one string argument. */
export function memoByText<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const cached = boundedCache<T>(limit);
  return (text) => cached(text, () => fn(text));
}
