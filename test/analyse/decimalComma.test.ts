import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { splitSentences } from '../../src/analyse/splitSentences.ts';

const values = (sentence: string) => findValues(sentence).map((f) => `${f.value.amount} ${f.value.unit}`);

describe('a figure with a decimal comma', () => {
  it('should read "37,5 Mrd. $", "2,25 billion euros" and "$1,5 billion" as continental papers write a decimal', () => {
    expect(values("Contoso's capital expenditure came to 37,5 Mrd. $ in the quarter.")).toEqual(['37500000000 USD']);
    expect(values('Fabrikam spent 2,25 billion euros on it.')).toEqual(['2250000000 EUR']);
    expect(values('Contoso raised $1,5 billion.')).toEqual(['1500000000 USD']);
    expect(values('The deal is worth 12,5 Mio. Euro.')).toEqual(['12500000 EUR']);
  });

  it('should keep a comma before three digits a thousands separator', () => {
    // Look-alikes: "37,500" is thirty-seven thousand five hundred, "$37,500 million" $37.5 billion.
    expect(values('Contoso spent $37,500 on it.')).toEqual(['37500 USD']);
    expect(values('Contoso spent $37,500 million.')).toEqual(['37500000000 USD']);
  });

  it('should not end a sentence at a German scale', () => {
    expect(splitSentences('Capex came to 37,5 Mrd. $ in the quarter. It rose.')).toEqual(['Capex came to 37,5 Mrd. $ in the quarter.', 'It rose.']);
  });
});
