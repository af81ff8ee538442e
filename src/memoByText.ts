/**
 * Bounded caches for pure functions of text. News repeats itself — the same sentence,
 * table or timeline line comes back in article after article — and the stages read
 * each one many times. A cache forgets what it was not asked for lately, so memory
 * stays bounded, and a build empties them all once the analysis is done (`clearTextCaches`).
 */

/** How to empty each cache. */
const everyCache = new Set<() => void>();

/** Empties every cache: at 4,000 articles they hold ~100 MB the render does not need. */
export function clearTextCaches(): void {
  for (const clear of everyCache) clear();
}

/**
 * A cache by string key: `cached(key, compute)` computes once per key. It keeps two
 * generations: when the young one is full it becomes the old one, and a key found
 * only in the old one moves to the young. What every article asks for (a repeated
 * sentence, a heading) so outlives a run of keys each asked for once (a title, a
 * dateline) — emptied whole instead, a cache of 40,000 articles read all again each
 * time it filled. At most twice `limit` entries.
 */
export function boundedCache<T>(limit = 100_000): (key: string, compute: () => T) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  everyCache.add(() => {
    young = new Map();
    old = new Map();
  });
  return (key, compute) => {
    let known = young.get(key);
    if (known !== undefined) return known;
    known = old.get(key);
    const result = known !== undefined ? known : compute();
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(key, result);
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
