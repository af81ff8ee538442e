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

/** `fn` memoised by its one string argument. */
export function memoByText<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const cached = boundedCache<T>(limit);
  return (text) => cached(text, () => fn(text));
}
