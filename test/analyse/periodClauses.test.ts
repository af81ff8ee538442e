import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';

const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const figures = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

describe('period clauses', () => {
  it('should read "for the year" of a plan as the year under way when another clause names only a fiscal quarter', () => {
    expect(figures('Oracle booked $12 billion of capex in its fiscal second quarter, and Meta guided to $120 billion to $130 billion for the year.')).toEqual([
      'Oracle 12000000000 2025-Q4',
      'Meta 120000000000 2026',
    ]);
    // Look-alike: a sentence that names the fiscal year gives "for the year" that year, not the year under way.
    expect(figures('On fiscal 2027, Microsoft said capex would be about $140 billion for the year.')).toEqual(['Microsoft 140000000000 FY2027']);
  });

  it('should date a level compared with "of" a quarter by its months ("the 31% of July-September")', () => {
    expect(figures('Google Cloud sales rose 34% in the October-December quarter, faster than the 31% of July-September.')).toEqual([
      'Google Cloud 34 2025-Q4',
      'Google Cloud 31 2025-Q3',
    ]);
    // Look-alike: a span of six months is no quarter, and the level it is compared with stays undated.
    expect(figures('Google Cloud sales rose 34% in the October-December quarter, faster than the 31% of January-June.')).toEqual([
      'Google Cloud 34 2025-Q4',
      'Google Cloud 31 null',
    ]);
  });
});
