import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): halves of a fiscal year that ends in June.

/** The capex candidates of `sentence`, in a story dated 29 January 2026, as subject, period, modality and value. */
function read(sentence: string): string[] {
  const text = ['Half-year spending', '', 'By Jane Doe', 'January 29, 2026', '', sentence, ''].join('\n');
  return extractClaims(inventedArticle(text))
    .filter((c) => c.metric === 'capex')
    .map((c) => `${c.subject} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('a half of a fiscal year', () => {
  it('should read "H1 FY26" of a company whose year ends in June as the calendar half it is, July to December 2025', () => {
    expect(read("Microsoft's capital expenditures totalled $72.4bn in H1 FY26.")).toEqual(['Microsoft 2025-H2 fact 72400000000USD']);
    expect(read("Microsoft's capital expenditures totalled $72.4bn in the first half of fiscal 2026.")).toEqual(['Microsoft 2025-H2 fact 72400000000USD']);
  });

  it('should keep a calendar half as it is written', () => {
    // Look-alikes: "H2 2025" and "the first half of 2025" name no fiscal year.
    expect(read("Microsoft's capital expenditures totalled $72.4bn in H2 2025.")).toEqual(['Microsoft 2025-H2 fact 72400000000USD']);
    expect(read("Amazon's capital expenditures totalled $72.4bn in the first half of 2025.")).toEqual(['Amazon 2025-H1 fact 72400000000USD']);
  });
});
