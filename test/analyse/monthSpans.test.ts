/**
 * A quarter or a year named by its months: "July–September revenue" is the latest July–September quarter; "fiscal Q2
 * (Jul–Sep)" the quarter those months span; "the year to March 2027", "FY to Mar 2027" and 截至2027年3月的财年 the fiscal year
 * that ends then (not "the year to date").
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '14 November 2026';

describe('periods named by their months', () => {
  it('should read a quarter named by its months', () => {
    expect(sentenceClaimLines('Kioxia', 'Kioxia booked July–September revenue of ¥718 billion.', DATE)).toEqual(['Kioxia revenue 2026-Q3 fact 718000000000']);
    expect(sentenceClaimLines('Kioxia', 'Kioxia reported fiscal Q2 (Jul–Sep) revenue of ¥718 billion.', DATE)).toEqual(['Kioxia revenue 2026-Q3 fact 718000000000']);
  });

  it('should read a year named by the month and year it ends in', () => {
    expect(sentenceClaimLines('Kioxia', 'Kioxia lifted its capital spending budget for the year to March 2027 to ¥620 billion.', DATE)).toEqual(['Kioxia capex FY2027 plan 620000000000']);
    expect(sentenceClaimLines('Kioxia', 'Kioxia expects FY to Mar 2027 revenue of ¥3.1 trillion.', DATE)).toEqual(['Kioxia revenue FY2027 plan 3100000000000']);
    const cjk = cjkArticleClaims('东京电子', '2026年11月20日', ['东京电子方面，公司已将截至2027年3月的财年营收预期上调至2.75万亿日元。']);
    expect(cjk.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`)).toEqual(['Tokyo Electron revenue FY2027 plan 2750000000000']);
    // Look-alike: the year to date is no fiscal year.
    expect(sentenceClaimLines('Kioxia', 'Kioxia’s revenue for the year to date rose 20%.', DATE)).toEqual(['Kioxia revenue growth (year to date) null fact 20']);
  });
});
