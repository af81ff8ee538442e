/**
 * Two ways a plan is told apart from what happened to it: a sentence that calls something off speaks for the figures of
 * the sentence before it in its own paragraph, not for the plan a paragraph before kept ("It is the second time this month
 * that Amazon has walked away from a data center" opens a paragraph on another deal); and a sum invested in a table with a
 * column of when each was announced ("| Project | Announced | Investment |") is a pledge, while financing raised or power
 * bought in such a table stays a fact.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines as claims } from '../helpers/inventedArticle.ts';

const modalities = (lines: string[]) => lines.map((l) => `${l.split(' ').at(-2)} ${l.split(' ').at(-1)}`);

describe('a plan beside a cancellation and in a table of announcements', () => {
  it('should not call off a plan the paragraph before told, when a paragraph opens by calling off another deal', () => {
    expect(modalities(claims('Amazon', ['The company said in January 2025 that it would invest at least $11 billion in data centers in Butts and Douglas counties, and construction there continues.', 'It is the second time this month that Amazon has walked away from a data center in the Southeast.']))).toEqual(['plan 11000000000']);
  });

  it('should still call off the plan of the sentence before in the same paragraph', () => {
    expect(modalities(claims('Amazon', ['The company said in January 2025 that it would invest at least $11 billion in data centers in Butts and Douglas counties. That project was scrapped in November.']))).toEqual(['cancelled 11000000000']);
  });

  it('should read a sum invested in a table of announcements as a plan, and financing in one as a fact', () => {
    const table = (column: string) => ['Amazon keeps building data centers across the Southeast, its spokesperson said on Monday.', `| Project | Announced | ${column} | Status |\n|---|---|---|---|\n| AWS campus, Georgia | January 2025 | $11 billion | Under construction |`];
    expect(modalities(claims('Amazon', table('Investment')))).toEqual(['plan 11000000000']);
    expect(modalities(claims('Amazon', table('Total financing')))).toEqual(['fact 11000000000']);
  });
});
