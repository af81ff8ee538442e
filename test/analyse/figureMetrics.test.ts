import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

// Sentences written for these tests (not copied from the evaluation set): which metric a figure measures where the words
// that name it hold a shorter word of another metric. Each rule has a look-alike that must keep its own metric.
const context = { fallbackSubject: 'Oracle', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.metric.name} ${f.value.amount}${f.value.unit}`);

describe('a metric named by a whole phrase', () => {
  it('should read a sum of committed contracts not yet booked as the backlog, not as money committed to a company', () => {
    expect(read('Oracle ended May with $130 billion of committed contracts it has yet to book as revenue.')).toEqual(['backlog 130000000000USD']);
    expect(read("The group's order book of signed contracts stood at $130 billion at the end of May.")).toEqual(['backlog 130000000000USD']);
    // Negative control: money committed to another company is still an investment.
    expect(read('Oracle committed $2 billion to the start-up in May.')).toEqual(['investment 2000000000USD']);
  });

  it('should keep a word inside a phrase for another unit as the metric of a sum beside it', () => {
    // "lifted its top line 12%" is revenue growth; the sum after it is still the revenue the words "top line" name.
    expect(read('Oracle lifted its top line 12% to $16 billion in the quarter.')).toEqual(['revenue growth 12%', 'revenue 16000000000USD']);
  });
});
