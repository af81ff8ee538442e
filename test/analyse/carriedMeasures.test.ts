import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set), in the forms the forty-first and forty-second
// dev batches showed the reader missing: a sentence that goes on with the measure of the one before it, and what of that
// measure it keeps. Each rule has a look-alike that must stay as it was.

describe('the measure a sentence carries on', () => {
  it('should carry an adjusted measure to a figure the sentence gives on the reported basis as the reported measure', () => {
    expect(claims('Nvidia', 'Gross margin on an adjusted basis was 68.2% in the quarter. Under generally accepted accounting principles the figure was 67.5%, against 66.9% a year ago.')).toEqual([
      'NVIDIA gross margin (adjusted) 2026-Q3 fact 68.2',
      'NVIDIA gross margin 2026-Q3 fact 67.5',
      'NVIDIA gross margin a year earlier fact 66.9',
    ]);
    // Look-alike: a figure that names no basis keeps the adjusted measure.
    expect(claims('Nvidia', 'Gross margin on an adjusted basis was 68.2% in the quarter. A year ago the figure was 66.9%.')).toEqual(['NVIDIA gross margin (adjusted) 2026-Q3 fact 68.2', 'NVIDIA gross margin (adjusted) a year earlier fact 66.9']);
  });

  it('should not carry a sum to date to a figure whose words name a year of its own', () => {
    // The year to date, in an article of late November on the third quarter's results, is the first nine months (toDateFigures.ts).
    expect(claims('Alphabet', 'Capital expenditures came to $101.5 billion for the year to date. Analysts had penciled in roughly $190 billion for 2027.')).toEqual([
      'Google capex (nine months) 2026 fact 101500000000',
      'Google capex 2027 forecast 190000000000',
    ]);
  });

  it('should read a year’s plan an officer states after a quarter’s figure as the plan, of four quarters’ size', () => {
    expect(claims('Alphabet', 'Capital expenditures were $41.2 billion in the quarter. Finance chief Jane Roe kept the 2026 forecast of $150 billion to $160 billion and said outlays next year would be at least $190 billion.')).toEqual([
      'Google capex 2026-Q3 fact 41200000000',
      'Google capex 2026 plan 150000000000',
      'Google capex 2027 plan 190000000000',
    ]);
    // Look-alike: analysts who raise their forecast forecast.
    expect(claims('Alphabet', 'Morgan Stanley analysts raised their 2027 capital expenditure forecast to $190 billion.')).toEqual(['Google capex 2027 forecast 190000000000']);
  });
});

describe('words that are no company', () => {
  it('should not take "Adjusted" opening a sentence, nor a product in a clause of cause, for the figure’s company', () => {
    expect(claims('Nvidia', 'Adjusted gross margin held at 68.2%; under GAAP it was 67.5%.')).toEqual(['NVIDIA gross margin (adjusted) null fact 68.2', 'NVIDIA gross margin null fact 67.5']);
    expect(claims('Nvidia', 'Gross margin was 68.2% in the quarter. A year ago the figure was 66.9%, as early Rubin production costs weighed.')).toEqual(['NVIDIA gross margin 2026-Q3 fact 68.2', 'NVIDIA gross margin a year earlier fact 66.9']);
  });

  it('should not read stock-based compensation as the share price', () => {
    const read = claims('Nvidia', 'Gross margin was 68.2% in the quarter. Excluding charges it would have been 68.9%, as stock-based compensation weighed.');
    expect(read[0]).toBe('NVIDIA gross margin 2026-Q3 fact 68.2');
    expect(read.filter((c) => c.includes('share price'))).toEqual([]);
    // Look-alike: the stock itself is the share price.
    expect(claims('Nvidia', 'Nvidia stock rose 4% in the quarter.')).toEqual(['NVIDIA share price growth 2026-Q3 fact 4']);
  });
});
