import { describe, expect, it } from 'vitest';
import { boundedCache, clearTextCaches } from '../src/memoByText.ts';

/** A cache of `limit` whose computations are counted by key. */
function counted(limit: number) {
  const cached = boundedCache<string>(limit);
  const computed = new Map<string, number>();
  const ask = (key: string) => cached(key, () => {
    computed.set(key, (computed.get(key) ?? 0) + 1);
    return key.toUpperCase();
  });
  return { ask, computed };
}

describe('boundedCache', () => {
  it('computes a key once while it keeps being asked for, however many keys pass once', () => {
    const { ask, computed } = counted(3);
    for (let i = 0; i < 50; i++) {
      expect(ask('heading')).toBe('HEADING');
      ask(`title ${i}`);
    }
    expect(computed.get('heading')).toBe(1);
    expect(computed.get('title 7')).toBe(1);
  });

  it('forgets a key not asked for over two generations, and computes it again', () => {
    const { ask, computed } = counted(3);
    ask('once');
    for (let i = 0; i < 7; i++) ask(`other ${i}`);
    expect(ask('once')).toBe('ONCE');
    expect(computed.get('once')).toBe(2);
  });

  it('is emptied by clearTextCaches', () => {
    const { ask, computed } = counted(10);
    ask('sentence');
    clearTextCaches();
    ask('sentence');
    expect(computed.get('sentence')).toBe(2);
  });
});
