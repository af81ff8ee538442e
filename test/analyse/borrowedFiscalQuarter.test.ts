import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';

// An article of May 2026.
const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const figures = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

describe('a fiscal quarter another clause borrows', () => {
  it('should read a fiscal quarter on the calendar of the company whose figure named it, for a later clause that names none', () => {
    // Microsoft's fiscal second quarter is October–December 2025; the rival's figure told beside it is of those months too.
    expect(figures('Microsoft said Azure sales climbed 41 per cent in its fiscal second quarter, while Alphabet reported Google Cloud growth of 31 per cent.')).toEqual([
      'Azure 41 2025-Q4',
      'Google Cloud 31 2025-Q4',
    ]);
  });

  it('should leave a calendar quarter, and a fiscal quarter the figure’s own company names, as they were', () => {
    // Look-alike: a calendar quarter is the same quarter for every company.
    expect(figures('Microsoft said Azure sales climbed 41 per cent in the fourth quarter of 2025, while Alphabet reported Google Cloud growth of 31 per cent.')).toEqual([
      'Azure 41 2025-Q4',
      'Google Cloud 31 2025-Q4',
    ]);
    // Look-alike: a fiscal quarter in the figure's own clause is read on its own company's calendar.
    expect(figures('Azure sales climbed 41 per cent, while Oracle’s cloud revenue rose 31 per cent in its fiscal second quarter.')).toEqual(['Azure 41 null', 'OCI 31 2025-Q4']);
  });
});
