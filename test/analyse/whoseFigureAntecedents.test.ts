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

describe('"The company" and "the chipmaker" opening a sentence or a list item', () => {
  /** An aggregator-format article whose takeaways and technical notes are `takeaways` and `notes`. */
  function aggregatorClaims(takeaways: string[], notes: string[]): string[] {
    const text = ['Oracle and Mistral: a busy week', '💡Both keep spending.', '🔑 Enhanced Key Takeaways', ...takeaways.map((t) => `- •${t}`), '🛠️ Technical Deep Dive', ...notes.map((t) => `- •${t}`), 'Original source: Example ↗'].join('\n');
    return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.value?.amount}`);
  }

  it('should give a list item opening "The company expects" to the company the item before opened with', () => {
    const claims = aggregatorClaims(['Oracle keeps its capex guidance unchanged.'], ['Mistral cut its hiring plans for the year.', 'The company expects capital expenditures of $3 billion this year.']);
    expect(claims).toContain('Mistral capex 3000000000');
    // Negative control: an item that opens with a name of its own keeps it.
    expect(aggregatorClaims([], ['Mistral cut its hiring plans for the year.', 'Oracle expects capital expenditures of $3 billion this year.'])).toContain('Oracle capex 3000000000');
  });

  it('should give "The chipmaker guided" to the chipmaker the sentence before opened with, and not to a company of another kind', () => {
    const claims = claimsOf('Amazon leans on its own silicon', ['Amazon sells more of its own chips every quarter.', 'AMD is still far behind. The chipmaker guided for revenue of about $10 billion in the current quarter.']);
    expect(claims).toContain('AMD revenue 10000000000');
    // Negative control: "the chipmaker" after a sentence that opens with a retailer is not that retailer.
    const retailer = claimsOf('Nvidia sells out', ['Nvidia is shipping every chip it makes.', 'Amazon is still far behind. The chipmaker guided for revenue of about $10 billion in the current quarter.']);
    expect(retailer).not.toContain('Amazon revenue 10000000000');
  });
});

describe('a company named in passing: in a describing word, or by its chief', () => {
  it('should not give a figure to a company named only in a word that describes something else ("AMD-powered")', () => {
    const claims = claimsOf('Neoclouds keep growing', ['Lambda, the San Jose company that rents out AMD-powered servers to model builders, said its revenue reached $2 billion in the quarter.']);
    expect(claims.filter((c) => c.includes('2000000000')).map((c) => c.split(' ')[0])).not.toContain('AMD');
    // Negative control: the company named as itself keeps its figure.
    expect(claimsOf('Chips', ['AMD said its revenue reached $2 billion in the quarter.'])).toContain('AMD revenue 2000000000');
  });

  it('should read "Jensen Huang’s company" and "the Ellison-led firm" as their companies, and not a chief who only speaks', () => {
    expect(claimsOf('Chips and clouds', ['Jensen Huang’s company said its revenue reached $50 billion in the quarter.'])).toContain('NVIDIA revenue 50000000000');
    expect(claimsOf('Chips and clouds', ['The Ellison-led firm said its revenue reached $20 billion in the quarter.'])).toContain('Oracle revenue 20000000000');
    // Negative control: a name that only shares a surname with a chief ("Ma") names no company.
    expect(claimsOf('Chips and clouds', ['Ma’s company said its revenue reached $20 billion in the quarter.']).filter((c) => c.startsWith('Alibaba'))).toEqual([]);
  });
});
