import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context: SentenceContext = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 10 };
/** Each figure of a sentence as "value unit subject metric period modality". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.period} ${f.modality}`);

describe('a company’s own figure for a year, set at a sum', () => {
  it('should read "has put its full-year figure at" a sum as the company’s plan for the year under way', () => {
    expect(read('Oracle spent 12.1 billion dollars on capital projects in the quarter and has put its full-year figure at about 50 billion dollars.')).toEqual([
      '12100000000USD Oracle capex quarterly fact',
      '50000000000USD Oracle capex FY2027 plan', // Oracle's year ends in May: in October, its fiscal 2027 is under way
    ]);
    // Negative control: a quarter's figure put at a sum is what the quarter booked.
    expect(read('Oracle put its first-quarter capex at $12.1 billion.')).toEqual(['12100000000USD Oracle capex 2026-Q1 fact']);
  });
});
