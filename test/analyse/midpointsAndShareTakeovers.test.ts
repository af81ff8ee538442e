/**
 * A company's range "at the midpoint", Arm's fiscal year (it ends in March), and a takeover told in Japanese as buying all of
 * a company's shares (全株取得, 完全子会社化).
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('a company’s range at the midpoint', () => {
  it('should read what the range comes to at its middle as the company’s guidance', () => {
    const lines = sentenceClaimLines('Arm', 'For the third quarter of fiscal 2027 we expect revenue of $1.48 billion, plus or minus $50 million. At the midpoint that is growth of roughly 20% year on year.', '6 November 2026');
    expect(lines).toEqual(['Arm revenue 2026-Q4 plan 1480000000', 'Arm revenue growth null plan 20']);
  });

  it('should not make an analyst’s own midpoint the company’s', () => {
    expect(sentenceClaimLines('Arm', 'At the midpoint of our range, we see growth of 18%.', '6 November 2026').filter((line) => line.includes(' plan '))).toEqual([]);
  });
});

describe('Arm’s fiscal year', () => {
  it('should date its fiscal second quarter to July–September', () => {
    expect(sentenceClaimLines('Arm', "Arm's revenue rose 21% to $1.38 billion in its fiscal second quarter.", '6 November 2026')).toEqual(['Arm revenue growth 2026-Q3 fact 21', 'Arm revenue 2026-Q3 fact 1380000000']);
  });
});

describe('buying all of a company’s shares, in Japanese', () => {
  const lines = (text: string) => cjkArticleClaims('中国AIチップ決算', '2026年12月3日', [text]).map((c) => `${c.subject} ${c.metric} ${c.modality} ${c.value!.amount}`);

  it('should be a bid to buy the company, rejected, not the bidder’s revenue', () => {
    expect(lines('海光信息（ハイゴン）の7～9月期の売上高は44.2億元だった。同社が提案していた上海の新興企業、衡芯智算の62億元での全株取得は、11月26日に衡芯智算の株主総会で否決された。')).toEqual([
      'Hygon revenue fact 4420000000',
      'Hygon acquisition offer 6200000000',
    ]);
  });

  it('should read making a company a wholly owned subsidiary as buying it', () => {
    expect(lines('ソフトバンクグループは、米半導体設計のアンペアを65億ドルで完全子会社化すると発表した。')).toEqual(['SoftBank acquisition fact 6500000000']);
  });
});
