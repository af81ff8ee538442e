/**
 * A sentence of no figure that opens on a company ("Nvidia itself is not short of customers.") makes it the topic: the
 * sentence after it in the paragraph that names no company is that company's, not the article's.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '29 May 2026';

describe('a sentence that opens on a company', () => {
  it('should give its company to the sentence after it that names none', () => {
    const lines = paragraphClaimLines('Amazon', 'Nvidia itself is not short of customers. Owen ran through Wednesday’s figures: revenue of $79.3bn for the February-to-April quarter.', DATE);
    expect(lines).toEqual(['NVIDIA revenue 2026-Q1 fact 79300000000']);
  });

  it('should not give it where the sentence names a company of its own, or opens on none', () => {
    expect(paragraphClaimLines('Amazon', 'Nvidia itself is not short of customers. AWS revenue rose to $37.6bn in the first quarter.', DATE)).toEqual(['AWS revenue 2026-Q1 fact 37600000000']);
    expect(paragraphClaimLines('Amazon', 'Analysts still like Nvidia. Revenue rose to $181.5bn in the first quarter.', DATE)).toEqual(['Amazon revenue 2026-Q1 fact 181500000000']);
  });

  it('should not give it from a sentence that names two companies', () => {
    expect(paragraphClaimLines('Amazon', 'Nvidia and Microsoft are not short of customers. Revenue rose to $181.5bn in the first quarter.', DATE)).toEqual(['Amazon revenue 2026-Q1 fact 181500000000']);
  });
});
