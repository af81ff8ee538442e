/**
 * A company that opens a clause of its own after a deal's figure, joined by "and", is the subject of that clause, not a
 * party of the deal: "OpenAI's $38B, seven-year contract is ramping and Anthropic's Trainium3 orders
 * are booked" is OpenAI's contract (with AWS, as its article says elsewhere), never an OpenAI investment in Anthropic.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from '../helpers/inventedArticle.ts';

const keys = (company: string, paragraph: string) => paragraphClaims(company, paragraph, '4 August 2026').map((c) => `${c.key} ${c.value!.amount}`);

describe('a party of its own clause', () => {
  it('should not take the subject of a later clause joined by "and" for a party of the deal', () => {
    expect(keys('Amazon', "OpenAI's $38B, seven-year contract is ramping and Anthropic's Trainium3 orders are booked, so signed business piles up faster than revenue.")).toEqual([
      'figure|openai|investment| 38000000000',
    ]);
    expect(keys('Amazon', 'Microsoft signed a $9.7 billion GPU deal and Nebius is expanding fast, the companies said.')).not.toContain('figure|microsoft|investment:nebius| 9700000000');
  });

  it('should still take a party named after "and" that is no clause of its own', () => {
    expect(keys('Anthropic', 'Microsoft agreed to invest up to $5 billion and Nvidia up to $10 billion in Anthropic, the companies said.')).toEqual([
      'figure|microsoft|investment:anthropic| 5000000000',
      'figure|nvidia|investment:anthropic| 10000000000',
    ]);
  });
});
