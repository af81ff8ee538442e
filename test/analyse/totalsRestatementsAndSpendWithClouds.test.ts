/**
 * A figure is meant as the words that tell it: "$131B spent in 2025" after a budget was spent; a running total ("…, taking
 * the year-to-date total to $150.7 billion") is meant as the figure that takes it there, not as the consensus set beside
 * that one; a sum told otherwise (", or roughly $9 billion a year") as the sum before it; and a sum a company has agreed to
 * spend with a named cloud is the contract's value, not its plan.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

const told = (company: string, paragraph: string) => claims(company, paragraph, '2 December 2026').map((l) => l.split(' ').slice(-2).join(' '));

describe('totals, restatements and spending with a cloud', () => {
  it('should read a sum its words say was spent as spent, beside a budget', () => {
    expect(told('Amazon', 'Amazon spent $43.2B on property and equipment in Q1, against a full-year budget of roughly $200B and $131B spent in 2025.')).toEqual(['fact 43200000000', 'plan 200000000000', 'fact 131000000000']);
  });

  it('should read a running total as the figure that takes it there is meant', () => {
    expect(told('Amazon', "Amazon's capital spending was US$56.1 billion in the quarter, above the US$54.0 billion analysts had pencilled in, taking the year-to-date total to US$150.7 billion.")).toEqual(['fact 56100000000', 'forecast 54000000000', 'fact 150700000000']);
    // Look-alike: a plan's running total is planned.
    expect(told('Amazon', 'Amazon plans $200 billion of capital spending next year, taking its five-year total to $700 billion.')).toEqual(['plan 200000000000', 'plan 700000000000']);
  });

  it('should read a sum agreed to be spent with a named cloud, and the same sum told a year, as the contract’s value', () => {
    expect(told('Amazon', 'At re:Invent, AWS said Anthropic has agreed to spend $45 billion with AWS over five years, or roughly $9 billion a year.')).toEqual(['fact 45000000000', 'fact 9000000000']);
    // Look-alike: money a company plans to spend on its own buildings is its plan.
    expect(told('Anthropic', 'Anthropic plans to spend $45 billion on its own data centers by 2030.')).toEqual(['plan 45000000000']);
  });
});
