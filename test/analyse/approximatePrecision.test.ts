import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { compatible } from '../../src/analyse/parseValue.ts';
import { articleOf } from '../helpers/seedArticles.ts';

describe('an approximate figure written precisely', () => {
  it('should agree only within 2% when written to three digits, and within 5% when round', () => {
    const about = (amount: number) => ({ amount, unit: 'USD', bound: 'approx' as const });
    expect(compatible(about(64.2e9), { amount: 61.3e9, unit: 'USD' })).toBe(false);
    expect(compatible(about(64.2e9), { amount: 63.5e9, unit: 'USD' })).toBe(true);
    // Look-alikes: a round figure still admits what rounds near it.
    expect(compatible(about(60e9), { amount: 61.3e9, unit: 'USD' })).toBe(true);
    expect(compatible({ amount: 26, unit: '%', bound: 'approx' }, { amount: 25, unit: '%' })).toBe(true);
  });

  it('should keep two outlets’ counts apart and disputed when one is "about" a precise figure the other misses by more', async () => {
    const one = await articleOf('one', 'Oracle year', ['Oracle revenue was about $64.2 billion in 2025.']);
    const two = await articleOf('two', 'Oracle year', ['Oracle revenue was $61.3 billion in 2025.']);
    const round = await articleOf('round', 'Oracle year', ['Oracle revenue was about $60 billion in 2025.']);
    const apart = analyse([one, two]);
    expect(apart.claims.filter((c) => c.subject === 'Oracle' && c.metric === 'revenue').map((c) => c.value?.amount).sort()).toEqual([61.3e9, 64.2e9]);
    expect(apart.conflicts).toHaveLength(1);
    // Look-alike: "about $60 billion" is the $61.3 billion rounded, one claim.
    expect(analyse([two, round]).claims.filter((c) => c.subject === 'Oracle' && c.metric === 'revenue')).toHaveLength(1);
  });
});
