/**
 * Times said against the article's date or the quarter it reports ("last September", "the prior quarter", "this time
 * last year"), resolved to the dates they stand for; and the date lines that give an article its date. Sentences of
 * our own, each with a look-alike that must keep its own period.
 */
import { describe, expect, it } from 'vitest';
import { dateLineOf } from '../../src/analyse/articleDate.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { withRelativeTimesDated } from '../../src/analyse/relativeTime.ts';

const inMay = { fallbackSubject: null, articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
const figures = (sentence: string, context: Parameters<typeof readFigures>[1] = inMay) => readFigures(sentence, context).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

describe('times relative to the article', () => {
  it('should date "last September" in a May article as September of the year before', () => {
    expect(figures('Oracle said its order book hit $480 billion on 31 March, up from $300 billion last September.')).toContain('Oracle 300000000000 2025-Q3');
    expect(figures("Oracle's order book stood at $300 billion at the end of last September.")).toEqual(['Oracle 300000000000 2025-Q3']);
    expect(figures('Last November, Anthropic signed a $30 billion compute deal with Microsoft.').map((f) => f.split(' ').at(-1))).toEqual(['2025']);
  });

  it('should date "last September" in an October article as September of the same year', () => {
    const inOctober = { ...inMay, articleQuarter: '2026-Q3', articleMonth: 10 };
    expect(figures("Oracle's order book stood at $300 billion at the end of last September.", inOctober)).toEqual(['Oracle 300000000000 2026-Q3']);
    // Look-alike: "the last September quarter" is a quarter named by its month, left to the quarter reader.
    expect(withRelativeTimesDated('sales in the last September quarter', inOctober)).toBe('sales in the last September quarter');
  });

  it('should date "the prior quarter" as the quarter before the one the article reports', () => {
    expect(figures('In the prior quarter, Google Cloud had grown 31%.')).toEqual(['Google Cloud 31 2025-Q4']);
    // Look-alike: growth measured against the prior quarter is of the quarter reported, not of the one before.
    expect(withRelativeTimesDated('up 6% from the prior quarter', inMay)).toBe('up 6% from the prior quarter');
  });

  it('should date "this time last year" as the reported quarter a year before', () => {
    expect(figures('Azure sales rose 40%, against 31% this time last year.')).toContain('Azure 31 2025-Q1');
    // Without a reported quarter, the last quarter ended by the article's date is the one reported.
    expect(figures('This time last year, Google Cloud grew 28%.', { ...inMay, articleQuarter: null })).toEqual(['Google Cloud 28 2025-Q1']);
    // Look-alike: "last year" alone is the year before, not its quarter.
    expect(figures('Last year Meta spent $72 billion on capex.')).toEqual(['Meta 72000000000 2025']);
  });

  it('should not move a quarter dated in full after "a year earlier," a further year back', () => {
    expect(figures('A year earlier, in the third quarter of 2025, Google Cloud grew 34%.', { ...inMay, articleQuarter: '2026-Q3', articleMonth: 11 })).toEqual(['Google Cloud 34 2025-Q3']);
    // Look-alike: "a year earlier" after a quarter of the sentence's own is the year before that quarter.
    expect(figures('Google Cloud grew 48% in the third quarter of 2026, up from 34% a year earlier.', { ...inMay, articleQuarter: '2026-Q3', articleMonth: 11 })).toContain('Google Cloud 34 2025-Q3');
  });
});

describe('date lines', () => {
  it("should read the date of a research note's header line of fields, however long the line", () => {
    expect(dateLineOf('4 June 2026 | Analyst: Jo Bloggs, CFA | Rating: Hold (unchanged) | Price target: $140 (from $150) | Sector: Software')).toBe('2026-06');
    // Look-alike: a long line of prose with a date in it is no date line.
    expect(dateLineOf('Shares have climbed since 4 June 2026, when the company raised its outlook and told investors that demand for its chips would stay strong.')).toBeNull();
  });

  it('should read the date of a long line that opens with "Published"', () => {
    expect(dateLineOf("📅 Published 4 June 2026 — Oracle's cloud arm reports its biggest quarter yet, and its rivals report the same week")).toBe('2026-06');
    // Look-alike: a long line where the date is a period's end, not the day of writing.
    expect(dateLineOf('Published figures for the quarter ended 31 March 2026 show Oracle booked more cloud contracts than in any quarter before.')).toBeNull();
  });
});
