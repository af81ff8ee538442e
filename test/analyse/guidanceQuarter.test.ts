import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

const claimsOf = (paragraphs: string[]) =>
  extractClaims(inventedArticle(['Alphabet reports its quarter', '', 'Example Wire | Apr 30, 2026', '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example Wire'].join('\n'))).map(
    (c) => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value?.amount}`,
  );

describe('guidance for "the quarter"', () => {
  it('should date a company’s present-tense guidance "for the quarter" to the quarter after the one the article reports', () => {
    const claims = claimsOf(['Alphabet said revenue rose to $110 billion in the first quarter of 2026.', 'For the quarter, the company expects revenue between $114 billion and $118 billion.']);
    expect(claims).toContain('Google revenue 2026-Q1 fact 110000000000');
    expect(claims).toContain('Google revenue 2026-Q2 plan 114000000000');
  });

  it('should keep a figure "for the quarter" that is no guidance in the quarter reported', () => {
    const claims = claimsOf(['Alphabet said revenue rose to $110 billion in the first quarter of 2026.', 'For the quarter, Google Cloud revenue was $16 billion.']);
    expect(claims).toContain('Google Cloud revenue 2026-Q1 fact 16000000000');
  });

  it('should date a headline’s guidance in "quarterly revenue" to the quarter after the one reported, and guidance told in the past perfect to the one reported', () => {
    const claims = claimsOf(['Alphabet said revenue rose to $110 billion in the first quarter of 2026.', 'Alphabet forecasts $116 billion in quarterly revenue.']);
    expect(claims).toContain('Google revenue 2026-Q2 plan 116000000000');
    // Look-alike: what it had guided for the quarter, told after the results, is the quarter reported.
    const past = claimsOf(['Alphabet said revenue rose to $110 billion in the first quarter of 2026.', 'That beat the $107 billion Alphabet had guided for the quarter.']);
    expect(past).toContain('Google revenue 2026-Q1 plan 107000000000');
  });
});
