import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set or the pair probes): a valuation said after the
// round that set it, named by its leader, and revenue said as "run-rate revenue".

const article = (outlet: string, sentence: string) => `Contoso figures\n${outlet} | March 3, 2026\n\n${sentence}\n\nSource: ${outlet}\n`;

/** Each claim's key and value from two outlets' sentences, and the number of conflicts. */
function pair(a: string, b: string) {
  const { claims, conflicts } = analyse([inventedArticle(article('Alder Wire', a), 'a.txt'), inventedArticle(article('Birch Journal', b), 'b.txt')]);
  return { keys: claims.map((c) => `${c.key} ${c.value?.amount}`).sort(), conflicts: conflicts.length };
}

describe('a round that set a valuation, and run-rate revenue', () => {
  it('should read a valuation said after its round, led by an investor, as the company’s valuation', () => {
    const two = pair('Anthropic’s post-money valuation after its Microsoft-led funding round is $95 billion, the company said.', 'Anthropic’s latest round values the Claude developer at $85bn.');
    expect(two).toEqual({ keys: ['fact|anthropic|valuation| 85000000000', 'fact|anthropic|valuation| 95000000000'], conflicts: 1 });
    // Look-alike: money raised in a round is the round's sum, and a company that backs another still names it.
    expect(pair('Anthropic raised $12 billion in its Series E, the company said.', 'Anthropic raised $12bn in its Series E round.').keys).toEqual(['fact|anthropic|investment| 12000000000']);
  });

  it('should read run-rate revenue as the revenue run rate', () => {
    const two = pair('Anthropic’s run-rate revenue stood at $11 billion at the end of February 2026, the company said.', 'Anthropic’s annualised revenue run rate reached $15bn at the end of February 2026.');
    expect(two).toEqual({ keys: ['fact|anthropic|revenue run rate|2026-q1 11000000000', 'fact|anthropic|revenue run rate|2026-q1 15000000000'], conflicts: 1 });
    // Look-alike: revenue beside a run rate in one sentence stays revenue.
    expect(pair('Anthropic’s revenue was $3 billion in the fourth quarter of 2025.', 'Anthropic reported revenue of $3bn in the fourth quarter of 2025, a run rate of $12 billion.').keys).toEqual([
      'fact|anthropic|revenue run rate|annual 12000000000',
      'fact|anthropic|revenue|2025-q4 3000000000',
    ]);
  });
});
