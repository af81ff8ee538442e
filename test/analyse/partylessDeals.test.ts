/**
 * A deal whose sentence names no counterparty ("Anthropic raised $13 billion") joins the one deal of its company and kind
 * that names one only where that deal states its figure: a round raised is no side of a purchase committed to a cloud, and
 * setting the two against each other would tell the reader that outlets disagree.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

describe('a deal that names no counterparty', () => {
  it('should stay apart from the one deal of its kind that names one, where that deal states another figure', async () => {
    const round = await articleOf('round', 'Anthropic funding', ['In September 2025, Anthropic raised $13 billion in a round that valued it at $183 billion.']);
    const azure = await articleOf('azure', 'Anthropic and Azure', ['In November 2025, Anthropic committed to buy $30 billion of computing capacity on Microsoft Azure.']);
    const bought = await articleOf('bought', 'AI deals', ['Anthropic bought $30 billion of Azure compute capacity in 2025.']);
    const { claims, conflicts } = analyse([round, azure, bought]);
    const sums = claims.filter((c) => c.subject === 'Anthropic' && c.metric === 'investment');
    expect(sums.map((c) => c.value!.amount).sort()).toEqual([13e9, 30e9]);
    expect(conflicts.filter((c) => c.claims.some((id) => sums.some((s) => s.id === id)))).toEqual([]);
  });

  it('should still join the one deal of its kind that states its figure', async () => {
    const named = await articleOf('named', 'Anthropic and Azure', ['In November 2025, Anthropic committed to buy $30 billion of computing capacity on Microsoft Azure.']);
    const unnamed = await articleOf('unnamed', 'Anthropic spending', ['In November 2025, Anthropic committed to buy $30 billion of computing capacity.']);
    const sums = analyse([named, unnamed]).claims.filter((c) => c.subject === 'Anthropic' && c.value?.amount === 30e9);
    expect(sums.map((c) => c.mentions.map((m) => m.article).sort().join(','))).toEqual(['named,unnamed']);
  });
});
