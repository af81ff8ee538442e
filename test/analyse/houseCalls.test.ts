import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** The candidates of an article from `source`, dated October 2026, as subject, metric, period, modality and value. */
function claimsFrom(source: string, lines: string[]): string[] {
  const text = ['Into the quarter', '', `${source} | October 12, 2026`, '', ...lines, '', `Source: ${source}`].join('\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe("a research house's own call", () => {
  it('should read an unquoted "we expect" in a research house\'s note or a fund\'s letter as its forecast, of the quarter it names', () => {
    expect(claimsFrom('Brookvale Research', ['We expect Oracle revenue of $18.2bn in the September quarter.'])).toEqual(['Oracle revenue 2026-Q3 forecast 18200000000USD']);
    expect(claimsFrom('Millbrook Partners, quarterly letter to investors', ["We expect Oracle's fiscal 2027 capital spending to approach $60 billion."])).toEqual(['Oracle capex FY2027 forecast 60000000000USD']);
  });

  it('should keep a company\'s "we expect" its plan: in its own release, quoted in a note, or in a speaker\'s turn', () => {
    // Look-alikes: the same words from a news wire are the company's, as "we" in a release is; and so are an executive's quoted words in a note.
    expect(claimsFrom('Example Wire', ['We expect revenue of $18.2bn in the December quarter, Oracle said.'])).toEqual(['Oracle revenue 2026-Q4 plan 18200000000USD']);
    expect(claimsFrom('Brookvale Research', ['“We expect revenue of $18.2bn in the December quarter,” Oracle’s finance chief said.'])).toEqual(['Oracle revenue 2026-Q4 plan 18200000000USD']);
    expect(claimsFrom('Brookvale Research', ['ORACLE CFO: We expect revenue of $18.2bn in the December quarter.'])).toEqual(['Oracle revenue 2026-Q4 plan 18200000000USD']);
  });
});
