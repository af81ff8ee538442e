/**
 * A bracketed aside that states a figure of its own dates that figure, not the sentence around it: in "2026年一季度，…同比增长
 * 28%（上年同期增速为17%），…；分部经营利润239亿美元" the 17% is the year before's, while the 28% and the operating profit
 * after it stay the first quarter of 2026's. A bracket that only dates the figure beside it (（截至2026年9月30日）) still does.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

const read = (sentence: string) =>
  extractClaims(inventedArticle(['# 亚马逊跟踪', '', '2026年6月15日', '', sentence].join('\n'))).map((c) => `${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`);

describe('a Chinese bracketed aside with a figure of its own', () => {
  it('should date only the aside’s own figure by the time it names', () => {
    expect(read('2026年一季度，亚马逊云科技（AWS）实现营收376亿美元，同比增长28%（上年同期增速为17%），高于此前市场一致预期的26%；分部经营利润239亿美元，经营利润率约63.6%。')).toEqual([
      'revenue 2026-Q1 fact 37600000000',
      'revenue growth 2026-Q1 fact 28',
      'revenue growth 2025-Q1 fact 17',
      'revenue growth 2026-Q1 forecast 26',
      'operating profit 2026-Q1 fact 23900000000',
      'operating margin 2026-Q1 fact 63.6',
    ]);
  });

  it('should still date a figure by a bracket that only dates it', () => {
    expect(read('微软2027财年第一财季（截至2026年9月30日）资本支出为349亿美元。')).toEqual(['capex 2026-Q3 fact 34900000000']);
  });
});
