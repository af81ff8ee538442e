import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): the words a story uses for a company
// it has just named — "its", "the company", "the chipmaker" — and the names it gives a company in passing.

/** The claims of a long-form article of `paragraphs` under a headline, as "subject metric value". */
function claimsOf(headline: string, paragraphs: string[]): string[] {
  const text = [headline, '', 'Example Wire | May 8, 2026', '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example Wire'].join('\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.value?.amount}`);
}

describe('"Its" after a sentence that does not open with a company', () => {
  it('should give "Its" to the one company the sentence before names as the subject of a clause', () => {
    const claims = claimsOf('Anthropic weighs a new round', ['Anthropic is talking to investors about a new round.', 'That matters because Azure is catching up. Its revenue climbed 41% in the quarter.']);
    expect(claims).toContain('Azure revenue growth 41');
  });

  it('should not give "Its" to a company the sentence before names only as an object, nor to one of two', () => {
    const object = claimsOf('Anthropic weighs a new round', ['Shares moved after the deal with Oracle. Its revenue climbed 41% in the quarter.']);
    expect(object).not.toContain('Oracle revenue growth 41');
    const two = claimsOf('Anthropic weighs a new round', ['The shift helps Oracle because Azure is short of capacity. Its revenue climbed 41% in the quarter.']);
    expect(two.filter((c) => c.includes('41')).map((c) => c.split(' ')[0])).toEqual(['Anthropic']);
  });
});
