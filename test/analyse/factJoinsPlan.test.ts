import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

describe('a told figure joining a plan', () => {
  it('should keep a figure booked apart from a plan whose rounding only admits it', async () => {
    const guide = await articleOf('guide', 'Contoso outlook', ['Contoso expects revenue of about $40 billion in the next quarter.']);
    const booked = await articleOf('booked', 'Contoso sales', ['Contoso booked sales of $41.6 billion.']);
    const revenue = analyse([guide, booked]).claims.filter((c) => c.subject === 'Contoso' && c.metric === 'revenue');
    expect(revenue.map((c) => `${c.modality} ${c.value?.amount}`).sort()).toEqual(['fact 41600000000', 'plan 40000000000']);
  });

  it('should still join a figure told plainly to the plan of its own size', async () => {
    const guide = await articleOf('guide', 'Contoso outlook', ['Contoso expects capital spending of about $40 billion in 2026.']);
    const plain = await articleOf('plain', 'Contoso capex', ["Contoso's $40 billion of capital spending dwarfs its rivals."]);
    const capex = analyse([guide, plain]).claims.filter((c) => c.subject === 'Contoso' && c.metric === 'capex');
    expect(capex.map((c) => `${c.modality} ${c.mentions.length}`)).toEqual(['plan 2']);
  });
});
