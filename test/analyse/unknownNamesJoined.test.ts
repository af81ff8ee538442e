/**
 * Outlets name a company the vocabulary does not know in full or shortly ("Dominion Energy", "Dominion"): one company,
 * whose figures merge and disagree as one company's. A short name that begins two full names the build has
 * ("Brookfield Infrastructure", "Brookfield Renewable") may be either, and stays its own.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** The claims' keys and their mentions' articles, of one sentence per article. */
async function claimsOf(sentences: string[]): Promise<string[]> {
  const articles = await Promise.all(sentences.map((sentence, i) => articleOf(`a${i}`, `Utilities, week ${i}`, [sentence])));
  return analyse(articles).claims.map((c) => `${c.key} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`);
}

describe('unknown companies named in full and shortly', () => {
  it('should merge the figures of a company named in full by one outlet and shortly by another', async () => {
    const claims = await claimsOf(['Dominion Energy raised its capex plan to $55.6 billion.', 'Dominion raised its capex plan to $55.6 billion.']);
    expect(claims).toEqual(['plan|dominion energy|capex| 55600000000 a0,a1']);
  });

  it('should keep a short name that begins two full names apart from both', async () => {
    const claims = await claimsOf(['Brookfield Infrastructure raised its capex plan to $10.5 billion.', 'Brookfield Renewable raised its capex plan to $10.5 billion.', 'Brookfield raised its capex plan to $10.5 billion.']);
    expect(claims).toHaveLength(3);
  });
});
