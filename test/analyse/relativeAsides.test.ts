import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

describe('a relative clause set off by commas', () => {
  it('should not make a company it names the owner of the figure after it', async () => {
    const story = await articleOf('suppliers', 'Chip suppliers', ["Broadcom, which designs Google's custom accelerators, has guided for 2026 capital spending of between $6 billion and $7 billion."]);
    const capex = analyse([story]).claims.filter((c) => c.metric === 'capex');
    expect(capex.map((c) => `${c.subject} ${c.period} ${c.value?.amount}`)).toEqual(['Broadcom 2026 6000000000']);
  });

  it('should leave its words out of the distance between a metric and its figure, a list inside it too', async () => {
    const story = await articleOf('bundle', 'Oracle quarter', ['Oracle cloud revenue, which bundles OCI, Fusion applications and NetSuite, reached $7.9 billion in the first quarter of 2026.']);
    const revenue = analyse([story]).claims.filter((c) => c.metric === 'revenue' && c.value?.amount === 7.9e9);
    expect(revenue).toHaveLength(1);
  });

  it('should still give the figure to a company named after the aside closes, and to one the aside itself states a figure of', async () => {
    const after = await articleOf('after', 'Cloud quarter', ["Amazon, which owns AWS, said Microsoft's Azure grew 39% in the first quarter of 2026."]);
    const within = await articleOf('within', 'Cloud quarter', ['Broadcom, which booked revenue of $15 billion in the first quarter of 2026, said demand stayed strong.']);
    const claims = analyse([after, within]).claims;
    expect(claims.filter((c) => c.metric === 'revenue growth').map((c) => c.subject)).toEqual(['Azure']);
    expect(claims.filter((c) => c.metric === 'revenue').map((c) => c.subject)).toEqual(['Broadcom']);
  });
});
