import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

describe('a figure many outlets tell plainly', () => {
  it('should stay a fact when far more articles tell it plainly than one that calls it a plan, and be disputed as one', async () => {
    const plain = await Promise.all(
      ['one', 'two', 'three', 'four'].map((id) => articleOf(`plain-${id}`, `Oracle results ${id}`, ['Oracle revenue grew 31% in the first quarter of 2026.'])),
    );
    const planned = await articleOf('planned', 'Oracle outlook', ['Oracle expects revenue growth of 31% in the first quarter of 2026.']);
    const other = await articleOf('other', 'Oracle wire', ['Oracle revenue grew 24% in the first quarter of 2026.']);
    const { claims, conflicts } = analyse([...plain, planned, other]);
    const growth = claims.filter((c) => c.subject === 'Oracle' && c.metric === 'revenue growth' && c.period === '2026-Q1');
    expect(growth.map((c) => `${c.modality} ${c.value?.amount} ${c.mentions.length}`).sort()).toEqual(['fact 24 1', 'fact 31 4', 'plan 31 1']);
    // The four outlets' 31% against the wire's 24%: a dispute between facts.
    const facts = growth.filter((c) => c.modality === 'fact').map((c) => c.id);
    expect(conflicts.some((x) => facts.every((id) => x.claims.includes(id)))).toBe(true);
  });

  it('should still join a figure a few articles tell plainly to the plan that states it', async () => {
    const plain = await Promise.all(['one', 'two'].map((id) => articleOf(`plain-${id}`, `Contoso capex ${id}`, ["Contoso's $40 billion of capital spending in 2026 dwarfs its rivals."])));
    const planned = await articleOf('planned', 'Contoso outlook', ['Contoso plans capital spending of $40 billion in 2026.']);
    const capex = analyse([...plain, planned]).claims.filter((c) => c.subject === 'Contoso' && c.metric === 'capex');
    expect(capex.map((c) => `${c.modality} ${c.mentions.length}`)).toEqual(['plan 3']);
  });
});

describe('the quarter a story without a year reports on', () => {
  it('should be the quarter its facts name without a year, after the dated quarter they compare with', async () => {
    const story = {
      ...(await articleOf('story', 'Oracle quarter', [
        'Oracle revenue rose 14% to $18.4 billion in the three months to March.',
        'Oracle revenue had grown 11% in the fourth quarter of 2025.',
        'Oracle operating income was $5.1 billion in the quarter.',
      ])),
      date: null,
    };
    const income = analyse([story]).claims.filter((c) => c.subject === 'Oracle' && c.metric === 'operating profit');
    expect(income.map((c) => c.period)).toEqual(['2026-Q1']);
  });

  it('should stay the dated quarter where the story names it more often than the one without a year', async () => {
    const story = {
      ...(await articleOf('story', 'Oracle quarter', [
        'Oracle revenue rose 11% in the fourth quarter of 2025.',
        'Oracle cloud revenue was $7.9 billion in the fourth quarter of 2025.',
        'In the first quarter, Oracle revenue had risen 14%.',
        'Oracle operating income was $5.1 billion in the quarter.',
      ])),
      date: null,
    };
    const income = analyse([story]).claims.filter((c) => c.subject === 'Oracle' && c.metric === 'operating profit');
    expect(income.map((c) => c.period)).toEqual(['2025-Q4']);
  });
});
