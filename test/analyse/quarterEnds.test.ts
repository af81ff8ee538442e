import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';

// An article of March 2026.
const context = { articleQuarter: null, articleYear: 2026, articleMonth: 3 };
const period = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, context, subject);
const figures = (sentence: string) => readFigures(sentence, { fallbackSubject: null, ...context }).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

describe('quarters named by the day or month they end', () => {
  it('should read "the three months to 31 October" and "to the end of October" as the quarter ending in October', () => {
    // August to October: the calendar quarter holding most of it is the third.
    expect(period('in the three months to 31 October')).toBe('2025-Q3');
    expect(period('in the three months to the end of October')).toBe('2025-Q3');
    // Look-alike: a quarter ending in another month stays apart.
    expect(period('in the three months to 31 July')).toBe('2025-Q2');
    // Look-alike: "at the end of October" alone is a level at that day, of October's own quarter.
    expect(period('at the end of October')).toBe('2025-Q4');
  });

  it('should read "the quarter that closed on 25 January" as the quarter ending in January, dated by its middle month', () => {
    // November to January: the calendar quarter holding most of it is the fourth of 2025.
    expect(period('in the quarter that closed on January 25')).toBe('2025-Q4');
    expect(period('in the quarter which closed in late October')).toBe('2025-Q3');
    expect(period('for the quarter running through January')).toBe('2025-Q4');
    // Look-alike: a quarter closing in a calendar quarter's last month is that quarter.
    expect(period('in the quarter that closed on December 31')).toBe('2025-Q4');
  });

  it('should read "the June 2025 quarter" with its year, and leave "the June quarter" to the article’s date', () => {
    expect(period('in the June 2025 quarter')).toBe('2025-Q2');
    expect(period('in the December 2024 quarter')).toBe('2024-Q4');
    expect(period('in the June quarter')).toBe('2025-Q2');
  });

  it('should read a balance "at the close of August" as standing at the end of that month’s quarter', () => {
    expect(period('at the close of August')).toBe('2025-Q3');
    expect(figures('Dell’s order backlog was $18.4 billion at the close of August and $14.1 billion at the close of May.')).toEqual(['Dell 18400000000 2025-Q3', 'Dell 14100000000 2025-Q2']);
  });

  it('should read "the last quarter of its fiscal 2026" and "the fourth quarter of what Dell calls fiscal 2026" on the company’s calendar', () => {
    // Dell's fiscal year ends in late January: its fourth quarter of fiscal 2026 is November 2025 to January 2026.
    expect(period('in the last quarter of its fiscal 2026', 'Dell')).toBe('2025-Q4');
    expect(period('in the fourth quarter of what Dell calls fiscal 2026', 'Dell')).toBe('2025-Q4');
    // Look-alike: a calendar quarter of a year is that quarter, whoever's figure it is.
    expect(period('in the fourth quarter of 2026', 'Dell')).toBe('2026-Q4');
    // Look-alike: the same words for a company on the calendar's year.
    expect(period('in the last quarter of its fiscal 2025', 'Amazon')).toBe('2025-Q4');
  });
});
