/**
 * A supply agreement priced ("a $9 billion HBM4 supply agreement", "a two-year agreement, worth roughly $2 billion, to supply
 * 1.6T transceivers to Amazon", 价值约90亿美元的HBM4供货协议) is goods ordered from the supplier: its orders, of the deal's
 * modality — not money the supplier invests, and not a deal to build something, which is spending.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('supply deals', () => {
  it('should read a priced supply agreement as the supplier’s orders', () => {
    expect(sentenceClaimLines('Samsung', 'Samsung signed a $9 billion HBM4 supply agreement with Nvidia.', DATE)).toEqual(['Samsung orders null fact 9000000000']);
    expect(sentenceClaimLines('Coherent', 'Coherent is said to be close to a two-year agreement, worth roughly $2 billion, to supply 1.6T transceivers to Amazon, according to two people familiar with the negotiations.', DATE)).toEqual(['Coherent orders null rumour 2000000000']);
    expect(cjkArticleLines('三星', '2026年11月20日', ['据知情人士透露，三星电子正接近与英伟达达成一项价值约90亿美元的HBM4供货协议。'])).toEqual(['Samsung orders rumour 9000000000']);
  });

  it('should keep a deal to build something spending', () => {
    expect(sentenceClaimLines('Coherent', 'Coherent signed a two-year agreement with Amazon to build a campus worth $2 billion.', DATE)).toEqual(['Coherent capex null fact 2000000000']);
  });
});
