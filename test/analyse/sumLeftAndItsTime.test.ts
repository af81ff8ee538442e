import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): a quarter's sum that rose from the level of the
// same period a year before, its quarter and year named before the verb.

/** The capex candidates of `sentence`, in a story dated 2 May 2026, as period and value. */
function read(sentence: string): string[] {
  const text = ['Cloud results', '', 'By Jane Doe', 'May 2, 2026', '', sentence, ''].join('\n');
  return extractClaims(inventedArticle(text))
    .filter((c) => c.metric === 'capex')
    .map((c) => `${c.period ?? '-'} ${c.value?.amount}${c.value?.unit}`);
}

describe('a sum and the level it rose from', () => {
  it('should date the sum by its own quarter and the level by the same quarter a year before', () => {
    // "from $25 billion in the same period last year" dates the $25 billion (2025-Q1), not the $35 billion (2026-Q1);
    // "the same period last year" is that quarter of 2025, not the whole of 2025.
    expect(read("Amazon's first-quarter 2026 capex rose to $35 billion from $25 billion in the same period last year.")).toEqual(['2026-Q1 35000000000USD', '2025-Q1 25000000000USD']);
    expect(read("Amazon's capex in the first quarter rose to $35 billion, up from $25 billion a year earlier.")).toEqual(['2026-Q1 35000000000USD', '2025-Q1 25000000000USD']);
  });

  it('should keep a year of its own said with "last year" alone', () => {
    // Look-alike: "$131 billion last year", of no quarter, is the year 2025.
    expect(read('Amazon expects capex of about $200 billion in 2026, up from $131 billion last year.')).toEqual(['2026 200000000000USD', '2025 131000000000USD']);
  });
});
