import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';

/** An article of May 2026 that names no quarter of its own. */
const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const figures = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

describe('periods in other words', () => {
  it('should read "the third fiscal quarter", the ordinal before "fiscal", on the company’s calendar', () => {
    expect(figures('Microsoft spent $37.5 billion on capital projects in its third fiscal quarter.')).toEqual(['Microsoft 37500000000 2026-Q1']);
    expect(figures('Oracle booked $12 billion of capex in its second fiscal quarter of 2026.')).toEqual(['Oracle 12000000000 2025-Q4']);
    // Look-alike: a calendar company's third quarter, without "fiscal", is the calendar's.
    expect(figures('Amazon spent $35 billion on capital projects in the third quarter of 2025.')).toEqual(['Amazon 35000000000 2025-Q3']);
  });

  it('should count "next fiscal year" and "this fiscal year" from the fiscal year under way at the article’s date', () => {
    expect(figures('Microsoft will spend about $140 billion next fiscal year.')).toEqual(['Microsoft 140000000000 FY2027']);
    expect(figures('Microsoft will spend about $110 billion this fiscal year.')).toEqual(['Microsoft 110000000000 FY2026']);
    // Look-alike: a company whose fiscal year is the calendar's has no FY of its own.
    expect(figures('Amazon will spend about $220 billion next fiscal year.')).toEqual(['Amazon 220000000000 2027']);
  });

  it('should read a quarter written "to end-March" or "the holiday quarter"', () => {
    expect(figures('Amazon’s capex was $43.2 billion in the three months to end-March.')).toEqual(['Amazon 43200000000 2026-Q1']);
    expect(figures('AWS revenue grew 24% in the holiday quarter.')).toEqual(['AWS 24 2025-Q4']);
    // Look-alike: a holiday sale is no quarter.
    expect(figures('AWS revenue grew 24% during the holiday sale.')).toEqual(['AWS 24 null']);
  });
});

describe('a quarter named by its last month, and an aside that names it again', () => {
  it('should read "the quarter that closed on January 25" and a possessive "March-quarter" as the quarter ending that month', () => {
    expect(figures('Nvidia booked $40 billion of revenue in the quarter that closed on January 25.')).toEqual(['NVIDIA 40000000000 2025-Q4']);
    expect(figures('Meta’s March-quarter capex came to $20 billion.')).toEqual(['Meta 20000000000 2026-Q1']);
    // Look-alike: a month that only dates a deal names no quarter.
    expect(figures('Meta closed on January 25 a deal worth $2 billion.')).toEqual(['Meta 2000000000 null']);
  });

  it('should pass over an aside ", the first of its fiscal 2027," between a metric and its figure', () => {
    expect(figures('Nvidia’s revenue for the February–April quarter, the first of its fiscal 2027, came to $50 billion.')).toEqual(['NVIDIA 50000000000 2026-Q1']);
    // Look-alike: an aside that says something else keeps the metric too far from its figure.
    expect(figures('Nvidia’s revenue for the February–April quarter, when new racks shipped to many more of its customers, came to $50 billion.')).toEqual([]);
  });
});

describe('quarters as brokers write them, and each figure of a list at its own period', () => {
  const reporting = { ...context, articleQuarter: '2026-Q2', articleMonth: 8 };
  const read = (sentence: string) => readFigures(sentence, reporting).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

  it('should read "2Q" and "fiscal 3Q", the number before the letter, as Q2 and fiscal Q3', () => {
    expect(figures('Oracle spent $9.1bn in 2Q26.')).toEqual(['Oracle 9100000000 2026-Q2']);
    expect(figures('Meta spent $19.4bn in 1Q.')).toEqual(['Meta 19400000000 2026-Q1']);
    expect(figures("Microsoft's fiscal 3Q capex was $37.5bn.")).toEqual(['Microsoft 37500000000 2026-Q1']);
    // Look-alike: a chip's name with a Q in it is no quarter.
    expect(figures('Meta spent $19.4bn on the 2QX cluster.')).toEqual(['Meta 19400000000 null']);
  });

  it('should give a figure set after another of its unit the period right after it, and a sum "for the half" the half reported', () => {
    expect(read('Meta spent $21.3bn in Q2 after $19.4bn in Q1, so $40.7bn for the half.')).toEqual(['Meta 21300000000 2026-Q2', 'Meta 19400000000 2026-Q1', 'Meta 40700000000 2026-H1']);
    expect(read("Meta's second-quarter capex was $21.3 billion, after $19.4 billion in the first three months.")).toEqual(['Meta 21300000000 2026-Q2', 'Meta 19400000000 2026-Q1']);
    // Look-alikes: a lone figure keeps the period its clause names; "the last three months" alone are no quarter known.
    expect(read('Meta spent $21.3bn on servers in Q2.')).toEqual(['Meta 21300000000 2026-Q2']);
    expect(read('Meta spent $21.3bn in the last three months.')).toEqual(['Meta 21300000000 null']);
  });
});
