import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { inventedArticle, longFormText } from '../helpers/inventedArticle.ts';

/** Each claim candidate of `sentences`, in an article of its own, as its modality, key and value. */
const read = (headline: string, sentences: string[]) =>
  extractClaims(inventedArticle(longFormText(headline, sentences, '22 November 2026'))).map(
    (c) => `${c.modality} ${c.key} ${c.value!.amount}${c.value!.unit === '%' ? '%' : ` ${c.value!.unit}`}`,
  );

describe('measures in Chinese and Japanese, and a clause of its own after "and"', () => {
  it('should read a million kilowatts as a gigawatt, in Japanese and Chinese, and not a kilowatt-hour price', () => {
    expect(findValues('消費電力は約100万キロワットに達する').map((f) => f.value)).toEqual([{ amount: 1, unit: 'GW', bound: 'approx' }]);
    expect(findValues('装机容量300万千瓦').map((f) => f.value)).toEqual([{ amount: 3, unit: 'GW' }]);
    expect(findValues('最大200兆瓦').map((f) => f.value)).toEqual([{ amount: 0.2, unit: 'GW', bound: 'max' }]);
    expect(findValues('年用电量100万千瓦时').map((f) => f.value.unit)).not.toContain('GW');
    expect(findValues('年間100万キロワット時を使う').map((f) => f.value.unit)).not.toContain('GW');
  });

  it('should read chips a machine is fitted with, of the company that runs it, not the maker of the chips', () => {
    expect(read('xAIがコロッサス2を稼働', ['xAIによると、コロッサス2は米エヌビディア製のＧＰＵを55万個搭載している。'])).toEqual(['fact figure|xai|chips deployed| 550000 chips']);
  });

  it('should read 运营费用 as operating expenses, not the acquisition its sentence names', () => {
    expect(read('AMD第三季度财报', ['按GAAP口径，AMD第三季度运营费用为44亿美元；剔除股权激励和收购相关无形资产摊销后，非GAAP运营费用为33亿美元。'])).toEqual([
      'fact figure|amd|operating cost|2026-q3 4400000000 USD',
      'fact figure|amd|operating cost (adjusted)|2026-q3 3300000000 USD',
    ]);
  });

  it('should not let a consensus before "and up 40%" make the growth and its base a forecast', () => {
    expect(read('AMD beats', ['AMD reported third-quarter revenue of $12.9 billion, ahead of the $12.5 billion consensus and up 40% from $9.2 billion a year earlier.'])).toEqual([
      'fact figure|amd|revenue|2026-q3 12900000000 USD',
      'forecast figure|amd|revenue|2026-q3 12500000000 USD',
      'fact figure|amd|revenue growth|2026-q3 40%',
      'fact figure|amd|revenue|2025-q3 9200000000 USD',
    ]);
  });

  it('should read a business running at a sum a year as its run rate, and a memory type as no company', () => {
    expect(read('Micron results', ['Multiply that by four and HBM is running at more than $25 billion a year for Micron.'])).toEqual(['fact figure|micron|revenue run rate|annual 25000000000 USD']);
    expect(read('AMD results', ['AMD has a GPU business running at more than $16 billion a year.'])).toEqual(['fact figure|amd|revenue run rate|annual 16000000000 USD']);
  });
});
