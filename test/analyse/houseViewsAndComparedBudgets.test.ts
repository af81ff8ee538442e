/**
 * Whose figure a first-person view is depends on who writes: in a fund's letter or a broker's note ("Source: Alder Crest
 * Capital Management, quarterly letter to partners (excerpt)", 发现报告, 华衡证券) "our base case assumes AWS revenue of about
 * $158 billion" and 我们预计…2370亿美元 are the house's forecasts; in a newspaper a company's "we expect" is its plan. And a
 * budget "compares with $131 billion of capital expenditure in 2025": the figures it is compared with are what was spent.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

const read = (lines: string[]) => extractClaims(inventedArticle(lines.join('\n\n'))).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`);

describe('a house’s own view and the figures a budget is compared with', () => {
  it('should read a fund letter’s base case as its forecast, its source line long as it is', () => {
    const letter = (source: string) => read(['Alder Crest: First-Quarter 2026 Letter to Partners', 'May 8, 2026', 'Our base case assumes AWS revenue of about $158 billion in 2026, below the Street.', source]);
    expect(letter('Source: Alder Crest Capital Management, quarterly letter to partners (excerpt)')).toEqual(['AWS revenue 2026 forecast 158000000000']);
    // Look-alike: in a newspaper, a plain figure of a year under way is the company's plan.
    expect(letter('Source: The Daily Ledger')).toEqual(['AWS revenue 2026 plan 158000000000']);
  });

  it('should read 我们预计 in a research report as the house’s forecast, and a company’s 预计 as its plan', () => {
    const note = (source: string) => read(['亚马逊深度跟踪：AWS积压订单创新高', '2026-06-15', `我们预计亚马逊2026年资本开支将达2370亿美元，公司预计全年约2000亿美元。`, `来源：${source}`]);
    expect(note('发现报告')).toEqual(['Amazon capex 2026 forecast 237000000000', 'Amazon capex 2026 plan 200000000000']);
    expect(note('华衡证券研究所')).toEqual(['Amazon capex 2026 forecast 237000000000', 'Amazon capex 2026 plan 200000000000']);
  });

  it('should read the figures a budget is compared with as spent, not as the budget', () => {
    expect(read(['Amazon keeps spending', 'May 8, 2026', 'Amazon plans to spend about $200 billion this year. That budget compares with $131 billion of capital expenditure in 2025 and $83 billion in 2024.', 'Source: The Daily Ledger'])).toEqual([
      'Amazon capex 2026 plan 200000000000',
      'Amazon capex 2025 fact 131000000000',
      'Amazon capex 2024 fact 83000000000',
    ]);
  });
});
