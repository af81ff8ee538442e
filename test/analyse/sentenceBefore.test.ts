import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** A short story about Amazon, of October 2026, read as an article: each claim as "modality key value". */
const story = (body: string) =>
  extractClaims(inventedArticle(['Amazon keeps spending', '', 'Example Wire | Staff', 'October 8, 2026', '', 'Amazon now expects capital spending of about $215B this year.', '', body, '', 'Source: Example Wire'].join('\n'))).map((c) => `${c.modality} ${c.key} ${c.value?.amount}`);

describe('what a sentence leaves to the one before it', () => {
  it('should give a sentence that names no one the company, and a fact of a flow the quarter, of the sentence before', () => {
    expect(story('Broadcom’s May–July quarter brought in $16.1B. The AI semiconductor segment alone pulled in $5.4B of revenue.')).toContain('fact figure|broadcom|revenue|2026-q2 5400000000');
    expect(story('Google Cloud booked $16.7 billion in sales between July and September. Operating profit at the unit came to $3.9 billion.')).toContain('fact figure|google cloud|operating profit|2026-q3 3900000000');
  });

  it('should leave a sentence with a time of its own, and a plan, undated by the sentence before', () => {
    // Look-alikes: "over the full fiscal year" and "year to date" are times of their own; a plan is of no quarter reported.
    const own = story('Broadcom’s May–July quarter brought in $16.1B. Over the full fiscal year, AI revenue came to $20.1B.');
    expect(own.filter((c) => c.includes('20100000000'))).toEqual([expect.not.stringContaining('2026-q2')]);
    const toDate = story('Google Cloud booked $16.7 billion in sales between July and September. Year to date the unit has booked $8.9 billion of operating income.');
    expect(toDate.filter((c) => c.includes('8900000000'))).toEqual([expect.not.stringContaining('2026-q3')]);
    const plan = story('Google Cloud booked $16.7 billion in sales between July and September. The unit plans to spend $2 billion on new regions.');
    expect(plan.filter((c) => c.includes(' 2000000000'))).toEqual([expect.not.stringContaining('2026-q3')]);
  });

  it('should read a company’s guidance that names no measure as guidance of the measure before', () => {
    expect(story('Broadcom’s May–July quarter brought in $16.1B of revenue. For August–October, Hock Tan’s company is guiding to roughly $17.4B.')).toContain('plan figure|broadcom|revenue|2026-q3 17400000000');
  });
});
