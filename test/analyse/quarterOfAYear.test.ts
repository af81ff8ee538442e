import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** A short post of May 2026, read as an article: each claim as "modality key value". */
const post = (body: string) =>
  extractClaims(inventedArticle(['Meta keeps spending', '', 'Example Wire | Staff', 'May 6, 2026', '', body, '', 'Source: Example Wire'].join('\n'))).map((c) => `${c.modality} ${c.key} ${c.value?.amount}`);
const context = { fallbackSubject: 'Meta', articleQuarter: null, articleYear: 2026, articleMonth: 5 };

describe('a quarter of a year’s figure, and a priced data-center plan', () => {
  it('should read a quarter’s sum after a year’s plan of its measure as that measure, of a quarter’s size', () => {
    expect(post('Management reiterated roughly $120B of 2026 capex. Q1 alone was $25.3B.')).toEqual(['plan figure|meta|capex|2026 120000000000', 'fact figure|meta|capex|2026-q1 25300000000']);
    // Negative control: a sum far below even a quarter's is not known to be of that measure.
    expect(post('Management reiterated roughly $120B of 2026 capex. Q1 alone was $2.1B.')).toEqual(['plan figure|meta|capex|2026 120000000000']);
  });

  it('should read a sum priced right before a hyphenated "data-center" as spending on it', () => {
    expect(readFigures(plainText('Meta withdrew its $1B data-center plan in Louisiana.'), context).map((f) => `${f.metric.name} ${f.modality}`)).toEqual(['capex cancelled']);
    // Negative control: data-center revenue stays revenue.
    expect(readFigures(plainText('Data-center revenue at Meta was $5B.'), context).map((f) => f.metric.name)).toEqual(['data center revenue']);
  });
});
