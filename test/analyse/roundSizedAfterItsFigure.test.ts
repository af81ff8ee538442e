/**
 * The size of a round a company raises has no counterparty, whether the words that say so stand before the figure ("in
 * talks to raise as much as $30 billion") or after it ("the up to $30 billion raise", "an $18 billion equity round"): a
 * compute contract named earlier in the sentence is another deal's.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from '../helpers/inventedArticle.ts';

const keys = (company: string, paragraph: string) => paragraphClaims(company, paragraph).map((c) => `${c.key} ${c.modality} ${c.value!.amount}`);

describe('a round sized before the word that names it', () => {
  it('should give the round no counterparty, and leave the compute contract before it with its cloud', () => {
    expect(keys('Anthropic', 'Anthropic has agreed to buy $30 billion of Azure compute capacity, a purchase commitment that has nothing to do with the up to $30 billion raise people familiar with the matter say it is seeking.')).toEqual([
      'figure|anthropic|investment:azure| fact 30000000000',
      'figure|anthropic|investment| rumour 30000000000',
    ]);
  });

  it('should still give a sum put into a company named after it that company as counterparty', () => {
    expect(keys('Amazon', 'Amazon has invested $8 billion in Anthropic, its biggest bet on a model maker.')).toEqual(['figure|amazon|investment:anthropic| fact 8000000000']);
  });
});
