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

  it('should give a gapped clause its own company and the verb it leaves out', () => {
    const { statements } = readTwo('Microsoft has committed $17.5 billion to the country for 2026-2029, Amazon more than $35 billion by 2030 and Google $15 billion over five years.', 'AWS revenue rose 20% in the first quarter of 2026.');
    const investments = statements.filter((s) => s.includes('investment'));
    expect(investments.filter((s) => !s.startsWith('Google'))).toEqual(['Amazon investment plan (by 2030): more than $35B', 'Microsoft investment plan (by 2029): $17.5B']);
    // "Google $15 billion over five years" names no year: which the sentence's other clauses lend it is not the point here.
    expect(investments.filter((s) => s.startsWith('Google'))).toEqual([expect.stringMatching(/^Google investment plan(?: \(by 20\d\d\))?: \$15B$/)]);
    // Negative control: a plain list of investments stays a list of facts, each the company's own.
    expect(readTwo('Microsoft invested $5 billion in Anthropic, Nvidia $10 billion and Amazon $8 billion.', 'AWS revenue rose 20% in the first quarter of 2026.').statements.filter((s) => s.includes('investment'))).toEqual([
      'Amazon investment in Anthropic: $8B', 'Microsoft investment in Anthropic: $5B', 'NVIDIA investment in Anthropic: $10B',
    ]);
  });

  it('should read "no less than" as a floor and "no more than" as a ceiling', () => {
    expect(readTwo("Amazon's cloud arm commits no less than $20 billion to server farms in the Commonwealth.", 'Microsoft will spend no more than $80 billion on capex in fiscal 2026.').statements).toEqual([
      'Amazon investment plan: more than $20B', 'Microsoft capex plan (FY2026): up to $80B',
    ]);
  });

  it('should never dispute two undated run rates, told quarters apart', () => {
    expect(readTwo('At that pace, AWS is now running at roughly $150 billion in annualized sales.', 'Multiply the September quarter by four and AWS has an annualised run rate of about $175.6 billion.').conflicts).toBe(0);
  });

  it('should read an analyst’s quoted view as a forecast, and a chief’s as a plan', () => {
    expect(readTwo('"We see AWS growth staying at 30 percent in the April-June quarter," said Lee Min-hee, an analyst at Kiwoom Securities.', '"We expect capex of about $200 billion in 2026," said Andy Jassy, Amazon\'s chief executive.').statements).toEqual([
      'Amazon capex plan (2026): about $200B', 'Forecast — AWS revenue growth (2026-Q2): 30%',
    ]);
  });

  it('should cancel a project dropped or given up, past a county named with its state', () => {
    expect(readTwo('Power delays hit new sites, such as the $1bn Licking County, Ohio project Microsoft dropped last year.', 'Google gives up on a $1 billion Franklin Township campus in Indianapolis after residents push back.').statements).toEqual([
      'Cancelled — Google capex: $1B', 'Cancelled — Microsoft capex (2025): $1B',
    ]);
  });

  it('should give a purchase of capacity to its buyer, and the deal to the unit its owner’s name stands before', () => {
    const { statements } = readTwo('On Nov. 18, Microsoft said it would invest up to $5 billion in Anthropic, while Anthropic committed to buy $30 billion of computing capacity on Microsoft\'s Azure.', 'AWS revenue rose 20% in the first quarter of 2026.');
    expect(statements).toContain('Anthropic investment in Azure: $30B');
    expect(statements.some((s) => s.startsWith('Microsoft') && s.endsWith('$30B'))).toBe(false);
  });
});
