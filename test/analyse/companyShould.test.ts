/**
 * A company's own "should" is its guidance: "Tencent's management said full-year capex should exceed RMB 100 billion",
 * "president Martin Lau reiterated that capex should come in above …" are plans, where analysts' "should" is a guess at the
 * figure, a forecast; and capacity that "should be connected by the end of 2026" is still to come, a plan.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('a company’s own should', () => {
  it('should read what management or an officer says a figure should be as the company’s plan', () => {
    expect(sentenceClaimLines('Tencent', 'Tencent’s management said full-year 2026 capex should exceed RMB 100 billion.', DATE)).toEqual(['Tencent capex 2026 plan 100000000000']);
    expect(sentenceClaimLines('Tencent', 'Tencent president Martin Lau reiterated that full-year 2026 capex should come in above RMB 100 billion.', DATE)).toEqual(['Tencent capex 2026 plan 100000000000']);
    expect(sentenceClaimLines('Tencent', 'The company said fourth-quarter revenue should come in at about RMB 200 billion.', DATE)).toEqual(['Tencent revenue 2026-Q4 plan 200000000000']);
  });

  it('should keep anyone else’s should a forecast', () => {
    expect(sentenceClaimLines('Tencent', 'Analysts said Tencent’s 2026 capex should exceed RMB 90 billion.', DATE)).toEqual(['Tencent capex 2026 forecast 90000000000']);
    expect(sentenceClaimLines('Tencent', 'Bernstein said Tencent’s capex should exceed RMB 95 billion in 2026.', DATE)).toEqual(['Tencent capex 2026 forecast 95000000000']);
    expect(sentenceClaimLines('Tencent', 'Tencent’s 2026 capex should exceed RMB 90 billion, by our estimates.', DATE)).toEqual(['Tencent capex 2026 forecast 90000000000']);
  });

  it('should read capacity that should be connected by a time to come as planned', () => {
    expect(sentenceClaimLines('Nebius', 'Nebius’s contracted power stands at 3.1 GW, of which about 1 GW should be connected by the end of 2026.', DATE)).toEqual([
      'Nebius power capacity null fact 3.1',
      'Nebius power capacity by 2026 plan 1',
    ]);
    // Look-alike: capacity already connected is a fact.
    expect(sentenceClaimLines('Nebius', 'Nebius said about 1 GW was connected by the end of September.', DATE)).toEqual(['Nebius power capacity 2026-Q3 fact 1']);
  });
});
