/**
 * Memoises a pure function of one string. News repeats itself — the same sentence,
 * table label or timeline line comes back in article after article — and the
 * analysis reads each one many times. Bounded: the cache empties itself when full.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) {
      if (seen.size >= limit) seen.clear();
      result = fn(text);
      seen.set(text, result);
    }
    return result;
  };
}
