import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** Two outlets' one-paragraph stories of a day: the claims' statements and the conflicts between them. */
function readTwo(first: string, second: string): { statements: string[]; conflicts: number } {
  const story = (outlet: string, sentence: string) => `${outlet} reports\n${outlet} | May 1, 2026\n\n${sentence}\n\nSource: ${outlet}`;
  const { claims, conflicts } = analyse([inventedArticle(story('Baystone Wire', first), 'a.txt'), inventedArticle(story('Pinewick Brief', second), 'b.txt')]);
  return { statements: claims.map((c) => c.statement).sort(), conflicts: conflicts.length };
}

describe('look-alike figures (twenty-first round)', () => {
  it('should keep an operating margin apart from the growth of operating income, in three languages', () => {
    const read = readTwo('AWS operating income rose 20% in the first quarter of 2026 to $11.5 billion.', "Amazon's cloud unit had an operating margin of 37.5% in the March quarter.");
    expect(read.conflicts).toBe(0);
    expect(read.statements).toContain('AWS operating margin (2026-Q1): 37.5%');
    expect(read.statements).toContain('AWS operating profit growth (2026-Q1): 20%');
    expect(readTwo('AWS的营业利润率为37.5%。', 'AWS営業利益率は37.5%だった。').statements.every((s) => s.includes('operating margin'))).toBe(true);
  });

  it('should say that a percentage of capex is how much it grew', () => {
    const read = readTwo("Amazon's capital expenditures rose 40% to $35 billion in the fourth quarter of 2025.", 'Capital spending at Amazon climbed 62% in the December quarter of 2025.');
    expect(read.statements).toEqual(['Amazon capex (2025-Q4): $35B', 'Amazon capex growth (2025-Q4): 40%', 'Amazon capex growth (2025-Q4): 62%']);
  });

  it('should read annualised and recurring revenue as a run rate, never as a quarter’s revenue', () => {
    const read = readTwo("OpenAI's annualized revenue reached $20 billion at the end of 2025.", 'OpenAI generated revenue of $13 billion in 2025.');
    expect(read.conflicts).toBe(0);
    expect(read.statements.find((s) => s.includes('$20B'))).toMatch(/^OpenAI revenue run rate/);
    expect(readTwo("Anthropic's annual recurring revenue hit $14 billion.", 'Anthropic的年化收入已达140亿美元。').statements).toEqual(['Anthropic revenue run rate (annual): $14B']);
  });
});
