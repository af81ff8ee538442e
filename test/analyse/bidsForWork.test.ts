/**
 * A bid for work ("G42 has bid US$5.2 billion to build India's sovereign AI campus") is an offer, as a bid for a company is, and
 * so is what it would build; "in a bid to" is an attempt, no offer. What a signed deal is to put in place ("a deal to put 2 GW
 * of GPUs into Microsoft data centres") is still to come.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('bids for work and deals to deploy', () => {
  it('should read a bid to build or run a campus as an offer, its sum and its size', () => {
    expect(sentenceClaimLines('G42', "G42 has bid US$5.2 billion to build India's sovereign AI compute campus.")).toEqual(['G42 capex null offer 5200000000']);
    expect(sentenceClaimLines('G42', 'G42 submitted a US$5.2 billion bid on 24 November to build and run a 600 MW sovereign AI compute campus in Gujarat.').map((l) => l.split(' ').slice(-2).join(' '))).toEqual(['offer 5200000000', 'offer 0.6']);
  });

  it('should not read "in a bid to" as an offer', () => {
    expect(sentenceClaimLines('Amazon', 'Amazon spent $10 billion in a bid to build out its AI capacity.')).toEqual(['Amazon capex null fact 10000000000']);
  });

  it('should read the capacity a signed deal is to put in place as a plan', () => {
    expect(sentenceClaimLines('AMD', 'AMD signed a multi-year deal to put 2 GW of Instinct MI455X GPUs into Microsoft data centres.')).toEqual(['AMD power capacity null plan 2']);
  });
});
