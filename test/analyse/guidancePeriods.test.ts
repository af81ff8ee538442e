import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

// Sentences written for these tests: guidance whose quarter is named against another (the quarter
// to come, the one after the quarter the sentence reports), and a growth's base named as a quarter.
const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.value.amount} ${f.period} ${f.modality}`);

function claimsOf(lines: string[]) {
  const text = ['Cloud week: the numbers', 'Example Radio · Tech Hour · May 2, 2026', '', ...lines, '', 'Source: Example Radio transcript'].join('\n\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.period ?? '-'} ${c.modality}`);
}

describe('guidance periods and growth bases', () => {
  it('should date guidance for "the June quarter", said of the figure before, to the June quarter to come', () => {
    const claims = claimsOf([
      'MAYA REED: Azure revenue grew 39% in the March quarter.',
      'For the June quarter they guided to thirty-six to thirty-seven percent.',
    ]);
    expect(claims).toEqual(['Azure 2026-Q1 fact', 'Azure 2026-Q2 plan']);
    // Look-alike: a fact said of the figure before is of the December quarter already ended, not the next one.
    expect(claimsOf(['MAYA REED: Azure revenue grew 39% in the March quarter.', 'For the December quarter it was forty percent.'])).toEqual(['Azure 2026-Q1 fact', 'Azure 2025-Q4 fact']);
  });

  it('should date guidance "for the following quarter" to the quarter after the one the sentence reports', () => {
    expect(read('Dell’s revenue for the August–October period was $27 billion, and it guided to about $31 billion for the following quarter.')).toEqual(['Dell 27000000000 2025-Q3 fact', 'Dell 31000000000 2025-Q4 plan']);
    // Look-alike: "the following quarter" with no quarter named before it is the next one, as "next quarter" is.
    expect(read('Dell guided to about $31 billion of revenue for the following quarter.')).toEqual(['Dell 31000000000 2026-Q2 plan']);
  });

  it('should not take a quarter named as a growth’s base ("a 21% increase on the first quarter of 2025") for the growth’s own period', () => {
    expect(read('Google Cloud revenue grew 21% in the first quarter of 2026, an increase on the first quarter of 2025.')).toEqual(['Google Cloud 21 2026-Q1 fact']);
    expect(read('Google Cloud booked a 21% increase on the first quarter of 2025.').map((f) => f.endsWith('2025-Q1 fact'))).toEqual([false]);
    // Look-alike: a growth "in" a quarter is of that quarter.
    expect(read('Google Cloud revenue grew 21% in the first quarter of 2025.')).toEqual(['Google Cloud 21 2025-Q1 fact']);
  });
});

describe('a guide set beside the result of its quarter', () => {
  const inOctober = (sentence: string) => readFigures(sentence, { ...context, articleMonth: 10 }).map((f) => `${f.subject} ${f.value.amount} ${f.period} ${f.modality}`);
  it('should date a guide that names no quarter of its own by the reported quarter its sentence gives a result of, not the next one so named', () => {
    expect(inOctober('Google Cloud grew 34% in the April–June quarter, the top of Alphabet’s 32–34% guide.')).toEqual(['Google Cloud 34 2026-Q2 fact', 'Google Cloud 32 2026-Q2 plan']);
    // Look-alike: a guide that names the quarter itself, with no result of it beside, is of the next such quarter.
    expect(inOctober('Alphabet guided to 32–34% Google Cloud growth in the April–June quarter.')).toEqual(['Google Cloud 32 2027-Q2 plan']);
  });
});
