import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): quarters named by their months joined by
// "-to-", and a forecast said after a figure compared with in such a quarter.

/** The candidates of `sentences`, in a story dated `date`, as subject, metric, period, modality and value. */
function read(sentences: string, date = 'November 2, 2026'): string[] {
  const text = ['Cloud results', '', 'By Jane Doe', date, '', sentences, ''].join('\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('a quarter named by its months joined by "-to-"', () => {
  it('should read "the July-to-September quarter" as "the July–September quarter" is read', () => {
    expect(read('AWS revenue rose 20% to $33 billion in the July-to-September quarter.')).toEqual(['AWS revenue growth 2026-Q3 fact 20%', 'AWS revenue 2026-Q3 fact 33000000000USD']);
    expect(read('AWS revenue rose 20% to $33 billion in the April-through-June period of 2026.')).toEqual(['AWS revenue growth 2026-Q2 fact 20%', 'AWS revenue 2026-Q2 fact 33000000000USD']);
  });

  it('should not read "from July to September", a span of any length, as a quarter', () => {
    // Look-alike: two months after "from" are a span, with or without hyphens.
    expect(read('AWS revenue rose 20% to $33 billion from July-to-September.')).toEqual(['AWS revenue growth - fact 20%', 'AWS revenue - fact 33000000000USD']);
  });
});

describe('a figure after one compared with in a quarter of its own', () => {
  const lead = 'Microsoft said revenue from Azure and its other cloud services rose 39 per cent in the three months to March 31, the third quarter of its financial year. ';
  it('should not give a forecast the quarter told of the figure compared with before it', () => {
    // "the October-to-December quarter" is the 40 per cent's; the 37.5 per cent analysts expected shares none of it.
    const forecasts = read(`${lead}That was slightly slower than the 40 per cent it recorded in the October-to-December quarter, but ahead of the 37.5 per cent analysts polled by Visible Alpha had pencilled in.`, 'May 2, 2026').filter((c) => c.includes('forecast'));
    expect(forecasts).toEqual(['Azure revenue growth - forecast 37.5%']);
  });

  it('should still give a clause the quarter the clause before tells of its own figure', () => {
    // Look-alike: "grew 39% in the January-to-March quarter, and Google Cloud rose 28%": no comparison, one quarter.
    expect(read('Azure grew 39% in the January-to-March quarter, and Google Cloud rose 28%.', 'May 2, 2026')).toEqual(['Azure revenue growth 2026-Q1 fact 39%', 'Google Cloud revenue growth 2026-Q1 fact 28%']);
  });
});
