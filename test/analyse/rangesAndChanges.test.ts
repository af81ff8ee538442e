import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value (with its bound), period and modality: "40000000000USD≥ 2025 plan". */
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit}${f.value.bound === 'min' ? '≥' : ''} ${f.period} ${f.modality}`);

describe('a figure written as a range, or as a change', () => {
  it('should read both ends of a range as one figure, however its scale and currency are written, and mark it a range', () => {
    for (const written of ['$40 billion to $45 billion', '$40B-$45B', '$40 to $45 billion', '40 to 45 billion dollars', '$40bn–$45bn']) {
      const [figure, ...rest] = findValues(`Contoso put its capital spending at ${written}.`);
      expect({ written, amount: figure?.value.amount, bound: figure?.value.bound, range: figure?.range, rest: rest.length }).toEqual({ written, amount: 40e9, bound: 'min', range: true, rest: 0 });
    }
    // Look-alikes: a bound ("more than") and a plus sign are minimums, not ranges.
    expect(findValues('Contoso spent more than $40 billion.').map((f) => [f.value.bound, f.range])).toEqual([['min', undefined]]);
    expect(findValues('Contoso’s backlog is $464B+.').map((f) => [f.value.bound, f.range])).toEqual([['min', undefined]]);
  });

  it('should read a past year’s spending told as a range as the guidance it was, however the range is written', () => {
    // A year's spending is booked as one sum: a range for it is what the company guided to, even for a year gone.
    expect(read('In January Contoso put its 2025 capital spending at $40 billion to $45 billion.')).toEqual(['40000000000USD≥ 2025 plan']);
    expect(read('In January Contoso put its 2025 capital spending at 40 to 45 billion dollars.')).toEqual(['40000000000USD≥ 2025 plan']);
    // Look-alike: one sum for the year gone is its actual.
    expect(read('Contoso’s capital spending came to $45 billion in 2025.')).toEqual(['45000000000USD 2025 fact']);
  });

  it('should read two ends after "from" as a change, whose figure is where it went', () => {
    expect(read('Contoso’s 2025 capex rose from $40 to $45 billion.')).toEqual(['45000000000USD 2025 fact']);
    expect(read('Contoso’s 2025 capex rose from 40 to 45 billion dollars.')).toEqual(['45000000000USD 2025 fact']);
    expect(read('Contoso’s cloud growth in 2025 rose from 20 to 25%.')).toEqual(['25% 2025 fact']);
    // Look-alike: the same ends with no "from" are a range.
    expect(read('Contoso expects cloud growth of 20 to 25% in 2026.')).toEqual(['20%≥ 2026 plan']);
  });
});
