/**
 * Bounded caches for pure functions of text. News repeats itself — the same sentence,
 * table or timeline line comes back in article after article — and the stages read
 * each one many times. A cache empties itself when full, so memory stays bounded.
 */

/** A cache by string key: `cached(key, compute)` computes once per key. */
export function boundedCache<T>(limit = 100_000): (key: string, compute: () => T) => T {
  const seen = new Map<string, T>();
  return (key, compute) => {
    if (seen.has(key)) return seen.get(key)!;
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
