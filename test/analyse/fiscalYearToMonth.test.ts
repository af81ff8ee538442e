/**
 * A fiscal year named by the month it ends in ("the fiscal year to 30 September", "its financial year to May 2027",
 * 2026财年（截至9月30日）) is that company's fiscal year, whether or not the vocabulary knows the company's calendar: the
 * figure beside it is of `FY2026`, and the one "a year earlier" of the fiscal year before.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('a fiscal year named by the month it ends in', () => {
  it('should date a figure of "the fiscal year to 30 September" by that fiscal year, and its year-ago figure by the one before', () => {
    expect(sentenceClaimLines('Siemens Energy', 'Siemens Energy’s orders rose to €63.4 billion in the fiscal year to 30 September from €58.9 billion a year earlier.', '20 November 2026')).toEqual([
      'Siemens Energy orders FY2026 fact 63400000000',
      'Siemens Energy orders FY2025 fact 58900000000',
    ]);
  });

  it('should read 2026财年（截至9月30日） as the same fiscal year', () => {
    const chinese = cjkArticleClaims('西门子能源订单创新高', '2026年11月20日', ['西门子能源2026财年（截至9月30日）订单额为634亿欧元。']);
    expect(chinese.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount}`)).toEqual(['Siemens Energy orders FY2026 63400000000']);
  });

  it('should leave a quarter of such a year, and a year that ends in December, as they were', () => {
    expect(sentenceClaimLines('Microsoft', 'Microsoft spent $37.5 billion in the fourth quarter of the fiscal year ended June 30, 2026.', '20 November 2026')).toEqual(['Microsoft capex 2026-Q2 fact 37500000000']);
    expect(sentenceClaimLines('Amazon', 'Amazon’s revenue was $716.9 billion in the fiscal year ended December 31, 2025.', '20 November 2026')).toEqual(['Amazon revenue 2025 fact 716900000000']);
  });
});
