/**
 * What a bid for a company names besides its total is offered too: the price a share it offers to buy all shares at
 * ("to acquire all outstanding shares for $71.00 per share"), the enterprise or equity value it implies or puts on the
 * company, and the premium it pays over the share price — each its own measure of the deal (a price a share, a deal's
 * premium), never the total's nor the shares' rise. The market's own prices beside it stay facts.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('the figures of a bid for a company', () => {
  it('should read the price a share and the enterprise value a proposal implies as offered', () => {
    expect(claims('Amazon', ['Bluestem Data Centers said it received an unsolicited proposal from Amazon to acquire all outstanding shares for $71.00 per share in cash, implying an enterprise value of approximately $7.4B including debt.'])).toEqual([
      'Amazon price per share null offer 71',
      'Amazon valuation null offer 7400000000',
    ]);
  });

  it('should read the equity value an offer puts on the company and the premium a bid pays as offered', () => {
    expect(claims('Amazon', ['Bluestem said Amazon had proposed buying it for $71 a share in cash, a 38 per cent premium to its share price before the approach.', 'Excluding net debt, the offer put an equity value of roughly $6.2 billion on the company.'])).toEqual([
      'Amazon price per share null offer 71',
      'Amazon deal premium null offer 38',
      'Amazon valuation null offer 6200000000',
    ]);
  });

  it('should keep the market’s prices beside a bid, and a premium over the offer, facts', () => {
    expect(claims('Amazon', ['Bluestem shares closed at $69 after Amazon’s offer, and trade at a 2% premium to the offer in Frankfurt.'])).toEqual([
      'Amazon share price null fact 69',
      'Amazon share price growth null fact 2',
    ]);
  });
});
