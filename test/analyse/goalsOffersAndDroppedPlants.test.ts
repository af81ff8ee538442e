/**
 * Three ways a figure's status is told: a goal a company sets itself ("has set a goal of at least $4 billion for 2027") is its
 * target, the one a raised target replaces ("up from the $2.0 billion it had promised") is of the same measure, not money
 * it pledged; a price offered for a company in cash ("made a play for Halvorsen Photonics, offering about $1.6 billion in cash")
 * is an offer to buy it; a plant a company dropped ("dropped its $3.5 billion HBM packaging plant") is called off.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '14 November 2026';

describe('goals, offers in cash and dropped plants', () => {
  it('should read a goal a company sets as its target, and the target it raised from of the same measure', () => {
    expect(sentenceClaimLines('Arista', 'Arista now targets $2.5 billion of AI networking revenue in 2026, and has set a goal of at least $4 billion for 2027.', DATE)).toEqual([
      'Arista revenue (AI) 2026 plan 2500000000',
      'Arista revenue 2027 plan 4000000000',
    ]);
    expect(sentenceClaimLines('Arista', 'Arista now targets $2.5 billion of AI networking revenue in 2026, up from the $2.0 billion it had promised.', DATE)).toEqual([
      'Arista revenue (AI) 2026 plan 2500000000',
      'Arista revenue (AI) 2026 plan 2000000000',
    ]);
    // Look-alike: a sum a company promised a country is money it means to put in.
    expect(sentenceClaimLines('Microsoft', 'Microsoft said the £8bn it promised Britain will fund new data centres.', DATE)).toEqual(['Microsoft investment null plan 8000000000']);
  });

  it('should read a price offered for a company in cash as an offer to buy it', () => {
    expect(sentenceClaimLines('Lumentum', 'Lumentum also made a play for Halvorsen Photonics, the Oslo-listed silicon photonics designer, offering about $1.6 billion in cash.', DATE)).toEqual(['Lumentum acquisition null offer 1600000000']);
  });

  it('should read a plant a company dropped as called off', () => {
    expect(sentenceClaimLines('Samsung', 'Samsung dropped its $3.5 billion HBM packaging plant in Taylor, Texas.', DATE)).toEqual(['Samsung capex null cancelled 3500000000']);
    // Look-alike: a figure that dropped is a fall, not a plant called off.
    expect(sentenceClaimLines('Samsung', 'Samsung’s memory revenue dropped 5% in the third quarter.', DATE)).toEqual(['Samsung revenue growth 2026-Q3 fact -5']);
  });
});
