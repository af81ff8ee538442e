/**
 * The market's expectation in the words of a results night: "analysts want Azure growth of about 36%", "Meta is expected to
 * report spending of about $31.6bn", "above the $4.8 billion expected" are forecasts, never the company's plan nor its result.
 */
import { describe, expect, it } from 'vitest';
import { asProse, paragraphClaimLines } from '../helpers/inventedArticle.ts';

const lines = (sentence: string) => paragraphClaimLines('Microsoft', asProse(sentence), '28 October 2026').sort();

describe('the market’s expectation', () => {
  it('should read what analysts want as their forecast', () => {
    expect(lines('Expectations are high: analysts want Azure growth of about 36% in constant currency and Microsoft capex of around $45.1bn.')).toEqual([
      'Azure revenue growth (constant currency) null forecast 36',
      'Microsoft capex null forecast 45100000000',
    ]);
  });

  it('should read what investors hope for as their forecast', () => {
    expect(lines('Investors are hoping for Azure growth of 37% in the quarter.')).toEqual(['Azure revenue growth 2026-Q3 forecast 37']);
  });

  it('should read what a company is expected to report as the market’s forecast of its result', () => {
    expect(lines('Meta is expected to report spending of about $31.6bn for the quarter.')).toEqual(['Meta capex 2026-Q3 forecast 31600000000']);
  });

  it('should read a figure the participle alone calls expected as the market’s, beside the result', () => {
    expect(lines('Google Cloud’s operating income reached $5.2 billion in the quarter, above the $4.8 billion expected.')).toEqual([
      'Google Cloud operating profit 2026-Q3 fact 5200000000',
      'Google Cloud operating profit 2026-Q3 forecast 4800000000',
    ]);
  });

  it('should keep a company’s own expectation and what customers want as they were', () => {
    // Negative controls: "is expected" of the company's own figure, and a want that is no analyst's.
    expect(lines('Revenue of $5 billion is expected from the new region, Microsoft said.')).not.toContainEqual(expect.stringContaining('forecast'));
    expect(lines('Customers want capacity of 2 GW by 2027, Microsoft said.')).not.toContainEqual(expect.stringContaining('forecast'));
  });
});
