import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** Each claim candidate of an invented article as "amount unit". */
async function figuresOf(sentences: string[]): Promise<string[]> {
  const article = await articleOf('home-dollar', 'Cloud giants spend big', sentences);
  return extractClaims(article).map((c) => `${c.value?.amount} ${c.value?.unit}`);
}

describe('the dollar a bare "$" means', () => {
  const american = 'Contoso now expects capital expenditure of about US$215 billion this year, up from the US$200 billion it flagged in February.';

  it('should read a bare "$" as the home dollar of an outlet that marks the American one and names its country', async () => {
    expect(await figuresOf([american, 'In Australia, Contoso has committed $20 billion to local data centres between 2025 and 2029.'])).toContain('20000000000 AUD');
    expect(await figuresOf([american, 'In Canada, Contoso has pledged $24.8 billion for infrastructure through 2037.'])).toContain('24800000000 CAD');
    // The figures marked US$ stay American.
    expect(await figuresOf([american, 'In Australia, Contoso has committed $20 billion to local data centres.'])).toContain('215000000000 USD');
  });

  it('should keep a bare "$" American where the article marks no US dollar, or names no dollar country of its own, or two', async () => {
    // An American outlet: no "US$" in its text.
    expect(await figuresOf(['Contoso expects capital expenditure of about $215 billion this year.', 'In Australia, Contoso has committed $20 billion to local data centres.'])).toContain('20000000000 USD');
    // "US$" twice, but no country with a dollar of its own named.
    expect(await figuresOf([american, 'In Ohio, Contoso has committed $20 billion to local data centres.'])).toContain('20000000000 USD');
    // Two such countries: which dollar is unclear.
    expect(await figuresOf([american, 'Contoso has committed $20 billion to data centres in Australia and Canada.'])).toContain('20000000000 USD');
  });
});
