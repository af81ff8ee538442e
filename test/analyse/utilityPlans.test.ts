/**
 * Utilities tell their spending as a capital plan over years named ("its 2027–2031 capital plan", "$78B (2027–31)"), and
 * raise it each year: this year's five-year plan is not last year's, and a plan named by the years it runs over is the sum
 * through the last of them ("by 2031"), not of the first of them nor of none. The utility may be one the vocabulary does not know, named in a table's row under a corner
 * that says its rows are companies, or opening a sentence before an adverb ("AEP now intends to invest …").
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

/** A paragraph of prose that states no figure: an article is more than a table. */
const PROSE = 'The companies are based in the United States and serve millions of customers across many states and regions.';

describe('utilities’ capital plans', () => {
  it('should read a capital plan named by its years as the plan through the last of them, for the company its row names', () => {
    const table = ['| Utility | New capex plan | Prior plan |', '|---|---|---|', '| AEP | $78B (2027–31) | $72B (2026–30) |', '| Entergy | $43B (2027–30) | $40B (2026–29) |'].join('\n');
    expect(articleClaimLines('Amazon', [PROSE, table], '3 December 2026')).toEqual([
      'AEP capex by 2031 plan 78000000000',
      'AEP capex by 2030 plan 72000000000',
      'Entergy capex by 2030 plan 43000000000',
      'Entergy capex by 2029 plan 40000000000',
    ]);
  });

  it('should read a utility’s capital plan as its capex, and the company that opens the sentence before an adverb as whose', () => {
    expect(sentenceClaimLines('Amazon', 'Dominion Energy lifted its 2027–2031 capital plan to $55.6 billion.', '3 December 2026')).toEqual(['Dominion Energy capex by 2031 plan 55600000000']);
    expect(sentenceClaimLines('Amazon', 'AEP now intends to invest $78 billion in its grid in 2027–2031.', '3 December 2026')).toEqual(['AEP investment by 2031 plan 78000000000']);
  });

  it('should keep two years written as one fiscal year one year, and a row under a corner of quarters the article’s company’s', () => {
    expect(sentenceClaimLines('Infosys', 'Infosys booked revenue of $19 billion in 2025-26.', '3 December 2026').join()).not.toContain('2025-2026');
    const quarters = ['| Quarter | Revenue |', '|---|---|', '| Q3 2026 | $5.0B |'].join('\n');
    expect(articleClaimLines('Amazon', [PROSE, quarters], '3 December 2026')).toEqual(['Amazon revenue 2026-Q3 fact 5000000000']);
  });
});
