/**
 * What is not yet a fact: a plan's earlier figure told as the base it moved from (earlierPlans.ts), a goal, and reports said
 * to exist ("There are also reports that …").
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('a plan’s earlier figure', () => {
  it('should be the plan as it stood before, of the plan’s period, where its words say it came before', () => {
    expect(sentenceClaimLines('Oracle', 'Oracle now plans capex of $95 billion for fiscal 2027, up from $85 billion previously.', DATE)).toEqual([
      'Oracle capex FY2027 plan 95000000000',
      'Oracle capex FY2027 plan 85000000000',
    ]);
    expect(sentenceClaimLines('Oracle', 'Oracle lifted its capex plan to $95 billion, up from $85 billion in September.', DATE)).toEqual(['Oracle capex null plan 95000000000', 'Oracle capex null plan 85000000000']);
  });

  it('should stay the actual it was where the base names a time of its own', () => {
    expect(sentenceClaimLines('Amazon', 'Amazon plans roughly $200 billion of capital expenditures in 2026, up from the $131 billion it spent last year.', DATE)).toEqual([
      'Amazon capex 2026 plan 200000000000',
      'Amazon capex 2025 fact 131000000000',
    ]);
    expect(sentenceClaimLines('Oracle', 'Oracle plans capex of $95 billion for fiscal 2027, up from $21.2 billion in fiscal 2025.', DATE)).toEqual([
      'Oracle capex FY2027 plan 95000000000',
      'Oracle capex FY2025 fact 21200000000',
    ]);
  });
});

describe('a goal', () => {
  it('should be a target, as a target is', () => {
    expect(sentenceClaimLines('Amazon', 'Amazon backs X-energy and sets a 5 GW small-reactor goal.', DATE)).toEqual(['Amazon power capacity null plan 5']);
    expect(sentenceClaimLines('Amazon', 'Amazon has a 5 GW goal for small reactors.', DATE)).toEqual(['Amazon power capacity null plan 5']);
  });
});

describe('reports said to exist', () => {
  it('should be hearsay', () => {
    expect(sentenceClaimLines('Dell', 'There are also reports that xAI is close to a server order of about $7 billion with you.', DATE)).toEqual(['xAI orders null rumour 7000000000']);
  });

  it('should not make hearsay of reports said not to exist', () => {
    expect(sentenceClaimLines('Dell', 'There were no reports of a $7 billion order, Dell said.', DATE)).toEqual(['Dell orders null fact 7000000000']);
  });
});
